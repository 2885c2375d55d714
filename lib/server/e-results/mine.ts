/**
 * The electronic results of a citizen's dossier, for their account page: listed only once the result is
 * returned, each with its number, signature and /verify link; the file is downloaded through the one
 * file-access rule (lib/server/files/access.ts).
 */
import { db } from "@/lib/db";
import { UUID_RE } from "@/lib/server/backoffice/scope";

export interface MyResult {
  id: string;
  fileId: string;
  reference: string;
  size: number;
  signed: boolean;
  signerName: string | null;
  signedAt: Date | null;
  issuedAt: Date;
  revokedAt: Date | null;
}

export async function myResults(userId: string, dossierId: string): Promise<MyResult[]> {
  if (!UUID_RE.test(dossierId)) return [];
  const d = await db().dossier.findUnique({ where: { id: dossierId }, select: { applicantId: true, status: true } });
  if (!d || d.applicantId !== userId || d.status !== "RESULT_RETURNED") return [];
  const rows = await db().electronicResult.findMany({
    where: { dossierId },
    orderBy: { issuedAt: "desc" },
    select: { id: true, fileId: true, reference: true, signed: true, signerName: true, signedAt: true, issuedAt: true, revokedAt: true, file: { select: { size: true } } },
  });
  return rows.map(({ file, ...r }) => ({ ...r, size: file.size }));
}

/** Every electronic result of a dossier, for the officer's page (the caller has checked the officer's scope). */
export async function resultsOfDossier(dossierId: string) {
  return db().electronicResult.findMany({
    where: { dossierId },
    orderBy: { issuedAt: "desc" },
    select: { id: true, reference: true, signed: true, signerName: true, revokedAt: true, revokedReason: true },
  });
}
