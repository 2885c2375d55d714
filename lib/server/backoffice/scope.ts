/**
 * Who sees which dossier. An officer sees and acts only on dossiers currently at their agency;
 * a leader also on those below it in the agency tree; a citizen only on their own. Anything else
 * answers exactly as a dossier that does not exist.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import type { Actor } from "./types";

export interface ScopedDossier {
  currentAgencyId: string;
  applicantId: string | null;
  currentAgency: { path: string };
}

export function inScope(actor: Actor, d: ScopedDossier): boolean {
  switch (actor.role) {
    case "RECEPTION":
    case "SPECIALIST":
      return actor.agencyId !== null && d.currentAgencyId === actor.agencyId;
    case "LEADER":
      return actor.agencyId !== null && d.currentAgency.path.includes(`/${actor.agencyId}/`);
    case "CITIZEN":
      return d.applicantId !== null && d.applicantId === actor.userId;
    default:
      return false;
  }
}

export function assertInScope(actor: Actor, d: ScopedDossier | null): asserts d is ScopedDossier {
  if (!d || !inScope(actor, d)) throw notFound();
}

export const isOfficer = (actor: Actor): boolean => actor.role === "RECEPTION" || actor.role === "SPECIALIST" || actor.role === "LEADER";

/** The agencies whose dossiers this officer's queue shows. */
export async function queueAgencyIds(tx: Prisma.TransactionClient, actor: Actor): Promise<string[]> {
  if (!isOfficer(actor) || !actor.agencyId) return [];
  if (actor.role !== "LEADER") return [actor.agencyId];
  const rows = await tx.agency.findMany({ where: { path: { contains: `/${actor.agencyId}/` } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/**
 * The agencies plus every agency merged into one of them (at any remove): a merged commune's
 * dossiers keep its code and its receiving agency, and are found under the agency it became part of.
 */
export async function withMergedAgencies(tx: Prisma.TransactionClient, agencyIds: string[]): Promise<string[]> {
  const all = new Set(agencyIds);
  let frontier = agencyIds;
  for (let i = 0; frontier.length && i < 10; i++) {
    const merged = await tx.agency.findMany({ where: { mergedIntoId: { in: frontier } }, select: { id: true } });
    frontier = merged.map((m) => m.id).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
