/**
 * For the 766 scorecard's digitisation indicator: dossiers received in a period (by the instant they
 * were received, as the statistics count them) with at least one document digitised into the
 * applicant's store or taken from it. Each dossier counts once, however many documents it has.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb } from "@/lib/db";

export async function digitisedDossierCount(range: { from: Date; to: Date; agencyPathPrefix?: string; fieldId?: string }): Promise<number> {
  const conditions: Prisma.Sql[] = [Prisma.sql`d."receivedAt" >= ${range.from} AND d."receivedAt" < ${range.to}`];
  if (range.agencyPathPrefix !== undefined) {
    conditions.push(Prisma.sql`d."receivingAgencyId" IN (SELECT "id" FROM "Agency" WHERE "path" LIKE ${`${range.agencyPathPrefix}%`})`);
  }
  if (range.fieldId !== undefined) {
    conditions.push(Prisma.sql`d."procedureVersionId" IN (SELECT v."id" FROM "ProcedureVersion" v JOIN "Procedure" p ON p."id" = v."procedureId" WHERE p."fieldId" = ${range.fieldId}::uuid)`);
  }
  // From the few dossiers that have such a document to the period's, not the other way: a period of
  // the whole province holds a million dossiers, of which these are a small share.
  const rows = await readDb().$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Dossier" d
     WHERE d."id" IN (SELECT f."dossierId" FROM "DossierFile" f WHERE f."storedDocumentId" IS NOT NULL
                      UNION
                      SELECT s."dossierId" FROM "StoredDocument" s WHERE s."source" = 'DIGITISED' AND s."dossierId" IS NOT NULL)
       AND ${Prisma.join(conditions, " AND ")}`;
  return rows[0]?.n ?? 0;
}
