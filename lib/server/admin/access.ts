/**
 * Who may use the administration, and how far their reach goes.
 *
 * - ADMIN (province): everything.
 * - AGENCY_ADMIN: the same, limited to their agency's subtree; procedures only as drafts.
 * - INSPECTOR: reads everything, changes nothing; every page they open is audited.
 *
 * Everybody else gets "not found" from every administration page and use case.
 * Checks are explicit role lists, never "is staff".
 */
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { notFound } from "@/lib/server/errors";

export const ADMINISTRATION_ROLES = ["ADMIN", "AGENCY_ADMIN", "INSPECTOR"] as const satisfies readonly Role[];
export type AdministrationRole = (typeof ADMINISTRATION_ROLES)[number];
/** Roles that may change something in the administration. */
export const CHANGING_ROLES = ["ADMIN", "AGENCY_ADMIN"] as const satisfies readonly AdministrationRole[];

export interface AdminActor {
  userId: string;
  role: AdministrationRole;
  agencyId: string | null;
  /** Materialized path of the actor's agency ("/…/"), for subtree checks; null for none. */
  agencyPath: string | null;
}

export const isAdministrationRole = (role: string): role is AdministrationRole =>
  (ADMINISTRATION_ROLES as readonly string[]).includes(role);

/** Re-reads the user and returns them as an administration actor, or throws not found. */
export async function loadAdminActor(userId: string): Promise<AdminActor> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true, agencyId: true, agency: { select: { path: true } } } });
  if (!user?.active || !isAdministrationRole(user.role)) throw notFound();
  if (user.role === "AGENCY_ADMIN" && !user.agency) throw notFound();
  return { userId: user.id, role: user.role, agencyId: user.agencyId, agencyPath: user.agency?.path ?? null };
}

/** The actor may view administration pages (any administration role). */
export function assertAdministration(actor: { role: string }): void {
  if (!isAdministrationRole(actor.role)) throw notFound();
}

/** The actor may change things (province or agency administrator); inspectors and others get not found. */
export function assertCanChange(actor: AdminActor): void {
  if (actor.role !== "ADMIN" && actor.role !== "AGENCY_ADMIN") throw notFound();
}

/** Province administrator only (publishing, merging, settings, calendar, import). */
export function assertProvinceAdmin(actor: AdminActor): void {
  if (actor.role !== "ADMIN") throw notFound();
}

/** Whether an agency (by its path) lies within the actor's reach. */
export function agencyPathInScope(actor: AdminActor, path: string): boolean {
  if (actor.role === "ADMIN" || actor.role === "INSPECTOR") return true;
  return !!actor.agencyPath && path.startsWith(actor.agencyPath);
}

/** Throws not found unless every agency given is within the actor's reach. */
export async function assertAgenciesInScope(actor: AdminActor, agencyIds: string[]): Promise<void> {
  if (actor.role === "ADMIN" || actor.role === "INSPECTOR") return;
  const ids = [...new Set(agencyIds)];
  if (ids.length === 0) throw notFound();
  const rows = await db().agency.findMany({ where: { id: { in: ids } }, select: { path: true } });
  if (rows.length !== ids.length || !rows.every((r) => agencyPathInScope(actor, r.path))) throw notFound();
}

/** Prisma filter: agencies within the actor's reach. */
export function agencyScopeWhere(actor: AdminActor): { path?: { startsWith: string } } {
  if (actor.role === "AGENCY_ADMIN" && actor.agencyPath) return { path: { startsWith: actor.agencyPath } };
  return {};
}

/** An inspector's page view, written to the audit log. */
export async function auditInspection(actor: AdminActor, page: string): Promise<void> {
  if (actor.role !== "INSPECTOR") return;
  await db().$transaction(async (tx) => {
    await audit(tx, { actorId: actor.userId, action: "inspect.view", entity: "Page", entityId: page.slice(0, 300) });
  });
}
