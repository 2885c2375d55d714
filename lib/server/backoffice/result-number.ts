import type { Prisma } from "@/lib/generated/prisma/client";
import { resultSymbolOf, resultYearOf } from "@/lib/domain/result-number";

/**
 * Gives a dossier's result its number and symbol, inside the caller's transaction, once: a dossier
 * that already has one keeps it. The number comes from the deciding agency's sequence of the year
 * (one atomic upsert: two approvals at once never share a number; a rolled-back transaction leaves
 * a gap, as a paper register would show a cancelled number).
 */
export async function numberResult(
  tx: Prisma.TransactionClient,
  dossier: { id: string; resultNumber: number | null },
  agency: { id: string; code: string },
  at: Date,
): Promise<{ resultNumber: number; resultSymbol: string } | null> {
  if (dossier.resultNumber !== null) return null;
  const year = resultYearOf(at);
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "ResultNumberSequence" ("agencyId", "year", "last") VALUES (${agency.id}::uuid, ${year}, 1)
    ON CONFLICT ("agencyId", "year") DO UPDATE SET "last" = "ResultNumberSequence"."last" + 1
    RETURNING "last"`;
  const resultNumber = Number(rows[0]?.last);
  if (!resultNumber) throw new Error("result number sequence returned nothing");
  const resultSymbol = resultSymbolOf(agency.code);
  const done = await tx.dossier.updateMany({ where: { id: dossier.id, resultNumber: null }, data: { resultNumber, resultSymbol, resultNumberedAt: at } });
  return done.count === 1 ? { resultNumber, resultSymbol } : null;
}
