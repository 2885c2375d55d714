/**
 * Inter-agency route (ProcedureVersion.route): ordered legs { agencyKind, agencyCode?, description,
 * timeLimit, timeUnit }. Leg 0 is handled by the agency that received the dossier; each next leg
 * by the agency with that code, or else the nearest agency of that kind in the receiving agency's
 * part of the tree (its own children first, then its ancestors' subtrees).
 */
import { z } from "zod";
import type { TimeLimit } from "@/lib/domain/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";

const legSchema = z.object({
  agencyKind: z.enum(["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "SERVICE_CENTER", "POLICE", "SOCIAL_INSURANCE"]),
  agencyCode: z.string().optional(),
  description: z.string().default(""),
  timeLimit: z.coerce.number().min(0),
  timeUnit: z.enum(["WORKING_DAY", "WORKING_HOUR", "SAME_DAY", "CALENDAR_DAY"]),
});
export type RouteLeg = z.infer<typeof legSchema>;

/** The legs of a route; an absent or malformed route is an ordinary, single-agency procedure. */
export function parseRoute(route: unknown): RouteLeg[] {
  const parsed = z.array(legSchema).safeParse(route);
  return parsed.success ? parsed.data : [];
}

export const legLimit = (leg: RouteLeg | undefined): TimeLimit | null => (leg ? { value: leg.timeLimit, unit: leg.timeUnit } : null);

/** The agency that handles leg `index` of a dossier received by `receivingAgencyId`. */
export async function resolveLegAgency(
  tx: Prisma.TransactionClient,
  leg: RouteLeg,
  receivingAgencyId: string,
): Promise<{ id: string; name: string } | null> {
  if (leg.agencyCode) {
    let agency = await tx.agency.findUnique({ where: { code: leg.agencyCode }, select: { id: true, name: true, active: true, mergedIntoId: true } });
    // A merged agency's work goes on at the agency it merged into.
    for (let i = 0; agency && !agency.active && agency.mergedIntoId && i < 5; i++) {
      agency = await tx.agency.findUnique({ where: { id: agency.mergedIntoId }, select: { id: true, name: true, active: true, mergedIntoId: true } });
    }
    return agency ? { id: agency.id, name: agency.name } : null;
  }
  const receiving = await tx.agency.findUnique({ where: { id: receivingAgencyId }, select: { path: true } });
  if (!receiving) return null;
  const ancestors = receiving.path.split("/").filter(Boolean).reverse(); // self first
  for (const ancestorId of ancestors) {
    const prefix = receiving.path.slice(0, receiving.path.indexOf(`${ancestorId}/`) + ancestorId.length + 1);
    const rows = await tx.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT id, name FROM "Agency"
       WHERE kind = ${leg.agencyKind}::"AgencyKind" AND active AND path LIKE ${`${prefix}%`} AND id <> ${receivingAgencyId}::uuid
       ORDER BY length(path), code LIMIT 1`;
    if (rows[0]) return rows[0];
  }
  return null;
}
