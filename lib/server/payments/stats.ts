/**
 * Fees collected, for the 766 scorecard's online-payment indicator and the register: paid payment
 * requests in a period (by the instant they were paid), online and at the desk. Each request counts
 * once (one row, paid once); `agencyIds` limits to dossiers received by those agencies.
 */
import { db } from "@/lib/db";

export interface PaymentFigures {
  paidOnline: number;
  paidAtDesk: number;
  amountOnline: number;
  amountTotal: number;
  /** Share of paid requests paid online (0–1); null when nothing was paid. */
  onlineShare: number | null;
}

export async function onlinePaymentFigures(
  range: { from: Date; to: Date; agencyIds?: string[]; agencyPathPrefix?: string; fieldId?: string },
  client: typeof db = db,
): Promise<PaymentFigures> {
  const rows = await client().paymentRequest.groupBy({
    by: ["method"],
    where: {
      status: "PAID",
      paidAt: { gte: range.from, lt: range.to },
      dossier: {
        ...(range.agencyIds ? { receivingAgencyId: { in: range.agencyIds } } : {}),
        ...(range.agencyPathPrefix !== undefined ? { receivingAgency: { path: { startsWith: range.agencyPathPrefix } } } : {}),
        ...(range.fieldId !== undefined ? { procedureVersion: { procedure: { fieldId: range.fieldId } } } : {}),
      },
    },
    _count: { _all: true },
    _sum: { amount: true },
  });
  let paidOnline = 0, paidAtDesk = 0, amountOnline = 0, amountTotal = 0;
  for (const r of rows) {
    const n = r._count._all;
    const amount = r._sum.amount ?? 0;
    amountTotal += amount;
    if (r.method === "ONLINE") {
      paidOnline += n;
      amountOnline += amount;
    } else paidAtDesk += n;
  }
  const total = paidOnline + paidAtDesk;
  return { paidOnline, paidAtDesk, amountOnline, amountTotal, onlineShare: total === 0 ? null : paidOnline / total };
}
