import { randomInt } from "node:crypto";
import { formatDossierCode, vietnamDay } from "@/lib/domain/dossier-code";
import type { Prisma } from "@/lib/generated/prisma/client";
import { matchesTaggedHash, taggedHash } from "@/lib/server/auth/secret";

/**
 * Gives the next dossier code of an agency for the day (Asia/Ho_Chi_Minh), inside the caller's
 * transaction. One atomic upsert per code: concurrent submissions never get the same number;
 * a rolled-back transaction leaves a gap, which the format tolerates.
 */
export async function allocateDossierCode(tx: Prisma.TransactionClient, agency: { id: string; code: string }, at: Date): Promise<string> {
  const day = vietnamDay(at);
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "DossierCodeSequence" ("agencyId", "day", "last") VALUES (${agency.id}::uuid, ${day}::date, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "last" = "DossierCodeSequence"."last" + 1
    RETURNING "last"`;
  const last = rows[0]?.last;
  if (!last) throw new Error("dossier code sequence returned nothing");
  return formatDossierCode(agency.code, at, Number(last));
}

/** A tracking PIN: 6 random digits. */
export function newTrackingPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * What is stored: a keyed hash (HMAC-SHA256 with a key derived by HKDF from AUTH_SECRET) of code
 * and PIN, naming its key id, so PINs stored before a rotation of the secret still verify.
 */
export function hashTrackingPin(code: string, pin: string): string {
  return `hmac-sha256:${taggedHash("dossier-pin", `${code}:${pin}`)}`;
}

/** For the tracking page: does this PIN open this dossier? Constant-time. */
export function verifyTrackingPin(code: string, pin: string, pinHash: string): boolean {
  if (!pinHash.startsWith("hmac-sha256:")) return false;
  return matchesTaggedHash("dossier-pin", `${code}:${pin.trim()}`, pinHash.slice("hmac-sha256:".length));
}
