import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type pg from "pg";
import { deriveKey } from "../../lib/server/auth/secret";

/**
 * Citizens for a load script: each a verified account with a server-side session
 * (lib/server/auth/sessions.ts), returned as the Cookie header a browser would send — the cookie
 * carries only the session's id, sealed with the session key derived from AUTH_SECRET.
 */
export async function citizensWithSessions(db: pg.Client, authSecret: string, count: number, label = "bench"): Promise<Array<{ id: string; cookie: string }>> {
  const secret = deriveKey("session", authSecret).toString("hex");
  const out: Array<{ id: string; cookie: string }> = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    await db.query(`INSERT INTO "User" (id, email, "fullName", role, "emailVerifiedAt", "updatedAt") VALUES ($1, $2, $3, 'CITIZEN', now(), now())`, [
      id,
      `${label}.${i}.${randomBytes(3).toString("hex")}@motcua.test`,
      `Công dân ${i}`,
    ]);
    const sid = randomUUID();
    await db.query(`INSERT INTO "UserSession" (id, "userId", method, "expiresAt") VALUES ($1, $2, 'password', now() + interval '1 hour')`, [sid, id]);
    const token = await encode({ token: { sid }, secret, maxAge: 3600 });
    out.push({ id, cookie: `next-auth.session-token=${token}` });
  }
  return out;
}

/** A valid PDF of about `bytes` bytes (random content, so that no two are alike). */
export function pdf(bytes: number): Buffer {
  const head = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
  const pad = Math.max(0, bytes - head.length - 120);
  return Buffer.concat([
    Buffer.from(`${head}3 0 obj\n<< /Length ${pad} >>\nstream\n`),
    // Digits only: random text could otherwise spell a tag ("<SVG") that the upload inspector refuses.
    randomBytes(pad).map((b) => 0x30 + (b % 10)),
    Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  ]);
}

/** The demo catalog's birth registration, filed through POST /api/v1/dossiers by the load scripts. */
export const BIRTH_REGISTRATION = "1.001193";

/** What a birth registration needs: its required components, an applicant and the form's answers. */
export async function birthRegistration(db: pg.Client) {
  const components = (
    await db.query<{ id: string; required: boolean }>(
      `SELECT c.id, c.required FROM "DossierComponent" c JOIN "Procedure" p ON p."currentVersionId" = c."versionId" WHERE p.code = $1 ORDER BY c.position`,
      [BIRTH_REGISTRATION],
    )
  ).rows.filter((c) => c.required);
  const communes = (await db.query<{ code: string }>(`SELECT code FROM "Agency" WHERE kind = 'COMMUNE' ORDER BY code`)).rows.map((r) => r.code);
  const applicant = {
    onBehalf: "self",
    fullName: "Nguyễn Văn Bền",
    dateOfBirth: "1990-01-01",
    citizenId: "036090009999",
    phone: "0912000999",
    address: { street: "Số 1", commune: communes[0], province: "Ninh Bình" },
    desk: communes[1],
  };
  const answers = {
    childFullName: "Nguyễn Văn Nhỏ",
    childSex: "male",
    childDateOfBirth: "2026-10-01",
    childPlaceOfBirth: "Bệnh viện",
    childEthnicity: "Kinh",
    childNationality: "Việt Nam",
    motherKnown: "no",
    fatherKnown: "no",
    declarantRelation: "father",
  };
  return { components, applicant, answers };
}
