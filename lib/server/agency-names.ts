/**
 * The name an agency bore on a given day. A rename keeps the old name in AgencyFormerName with the
 * instant it ended, so a document issued for a dossier before the rename shows the name of then.
 */
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient | PrismaClient;

/** The name an agency bore at a moment (its current name if it was not renamed since). */
export async function agencyNameAt(agencyId: string, at: Date, client: Client = db()): Promise<{ name: string; nameEn: string } | null> {
  const former = await client.agencyFormerName.findFirst({ where: { agencyId, until: { gt: at } }, orderBy: { until: "asc" }, select: { name: true, nameEn: true } });
  if (former) return former;
  return client.agency.findUnique({ where: { id: agencyId }, select: { name: true, nameEn: true } });
}

/** An agency (and its parent) as named at a moment; everything else as it is. */
export async function asNamedAt<A extends { id: string; name: string; parent: { id: string; name: string } | null }>(agency: A, at: Date): Promise<A> {
  const [own, parent] = await Promise.all([agencyNameAt(agency.id, at), agency.parent ? agencyNameAt(agency.parent.id, at) : null]);
  return { ...agency, name: own?.name ?? agency.name, parent: agency.parent ? { ...agency.parent, name: parent?.name ?? agency.parent.name } : null };
}
