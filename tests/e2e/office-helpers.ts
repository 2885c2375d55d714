/** Back-office e2e helpers: fixtures written to the run's database, sign-in, acting on a dossier. */
import { randomBytes, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const PASSWORD = "MotCua@2026";

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function userId(email: string): Promise<string> {
  return (await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))[0]!.id;
}

export async function agencyOfUser(email: string): Promise<{ id: string; code: string }> {
  return (await sql<{ id: string; code: string }>(`SELECT a.id, a.code FROM "User" u JOIN "Agency" a ON a.id = u."agencyId" WHERE u.email = $1`, [email]))[0]!;
}

/** A dossier filed online by the demo citizen, written straight to the database. */
export async function fileDossier(o: {
  agency: { id: string; code: string };
  versionId?: string;
  status?: string;
  step?: string | null;
  dueAt?: Date | null;
  receivedAt?: Date | null;
  assigneeEmail?: string;
  supplementCount?: number;
}): Promise<{ id: string; code: string }> {
  const citizen = (await sql<{ id: string; fullName: string; email: string }>(`SELECT id, "fullName", email FROM "User" WHERE email = 'congdan@motcua.test'`))[0]!;
  const versionId =
    o.versionId ??
    (await sql<{ id: string }>(
      `SELECT id FROM "ProcedureVersion" WHERE status = 'PUBLISHED' AND level = 'COMMUNE' AND "timeLimitUnit" = 'WORKING_DAY' ORDER BY name LIMIT 1`,
    ))[0]!.id;
  const code = `${o.agency.code}-991231-${randomBytes(3).toString("hex").toUpperCase()}`;
  const status = o.status ?? "NEW";
  const assignee = o.assigneeEmail ? await userId(o.assigneeEmail) : null;
  const rows = await sql<{ id: string }>(
    `INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", "applicantId", applicant, "applicantName", "applicantCitizenId", channel, status,
                            "receivingAgencyId", "currentAgencyId", answers, "receivedAt", "dueAt", step, "assigneeId", "supplementCount", "updatedAt")
     VALUES ($1, $2, 'x', $3, $4, $5, $6, '001090012345', 'ONLINE', $7::"DossierStatus", $8, $8, '{"purpose":"Thử nghiệm"}', $9, $10, $11::"ProcessingStep", $12, $13, now())
     RETURNING id`,
    [
      randomUUID(), code, versionId, citizen.id,
      JSON.stringify({ fullName: citizen.fullName, email: citizen.email, phone: "0912345678", address: "Số 12, đường Lê Lợi" }),
      citizen.fullName, status, o.agency.id,
      o.receivedAt === undefined ? (status === "NEW" ? null : new Date()) : o.receivedAt,
      o.dueAt ?? null, o.step ?? null, assignee, o.supplementCount ?? 0,
    ],
  );
  await sql(`INSERT INTO "StatusEvent" ("dossierId", action, "toStatus", "actorId", "actorRole") VALUES ($1, 'submit', 'NEW', $2, 'CITIZEN')`, [rows[0]!.id, citizen.id]);
  return { id: rows[0]!.id, code };
}

/** A published inter-agency procedure: the commune checks (2 working days), then a department (3). */
export async function routedProcedure(departmentCode: string): Promise<string> {
  const field = (await sql<{ id: string }>(`SELECT id FROM "Field" ORDER BY code LIMIT 1`))[0]!.id;
  const tag = randomBytes(3).toString("hex");
  const procedureId = randomUUID();
  const versionId = randomUUID();
  await sql(`INSERT INTO "Procedure" (id, code, "fieldId") VALUES ($1, $2, $3)`, [procedureId, `E2E.${tag}`, field]);
  await sql(
    `INSERT INTO "ProcedureVersion" (id, "procedureId", version, status, name, level, audience, "onlineLevel", channels, steps, "timeLimitValue", "timeLimitUnit", "timeLimitText", fees, result, "legalBasis", route)
     VALUES ($1, $2, 1, 'DRAFT', $3, 'COMMUNE', 'CITIZEN', 'FULL', ARRAY['ONLINE'], '[]', 5, 'WORKING_DAY', '05 ngày làm việc', '[]', 'Quyết định', '[]', $4)`,
    [
      versionId, procedureId, `Thủ tục liên thông ${tag}`,
      JSON.stringify([
        { agencyKind: "COMMUNE", description: "Xã kiểm tra, xác nhận", timeLimit: 2, timeUnit: "WORKING_DAY" },
        { agencyKind: "DEPARTMENT", agencyCode: departmentCode, description: "Sở thẩm định, quyết định", timeLimit: 3, timeUnit: "WORKING_DAY" },
      ]),
    ],
  );
  await sql(`INSERT INTO "DossierComponent" (id, "versionId", position, name, form) VALUES ($1, $2, 0, 'Tờ khai', 'ORIGINAL')`, [randomUUID(), versionId]);
  await sql(`UPDATE "ProcedureVersion" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [versionId]);
  await sql(`UPDATE "Procedure" SET "currentVersionId" = $1 WHERE id = $2`, [versionId, procedureId]);
  return versionId;
}

/** Signs in through the sign-in page (the shared helper). */
export { signIn } from "./helpers";

/** Opens the action's disclosure on the dossier page, fills it, submits, and waits for "Done". */
export async function act(page: Page, label: string, fill?: (form: ReturnType<Page["locator"]>) => Promise<unknown>): Promise<void> {
  // Start from the plain dossier page, so the confirmation seen below is this action's own.
  const url = new URL(page.url());
  if (url.search) await page.goto(url.pathname);
  const details = page.locator("details", { has: page.locator("summary", { hasText: new RegExp(`^${label}$`) }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  if (fill) await fill(details);
  await details.locator('button[type="submit"]').click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thực hiện" })).toContainText(label);
}
