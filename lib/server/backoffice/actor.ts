/**
 * The acting officer of a request: the next-auth session (lib/server/auth), whose user is re-read
 * from the database on every request, so that a deactivated account or a changed role or agency
 * takes effect at once. Pages call requireOfficer(); use cases take the Actor explicitly.
 */
import { notFound as nextNotFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { currentUser, safeNext } from "@/lib/server/auth/session";
import type { Actor } from "./types";

export interface OfficerIdentity extends Actor {
  fullName: string;
  agencyName: string | null;
}

/** The signed-in user as an actor, or null. */
export async function currentActor(): Promise<OfficerIdentity | null> {
  const user = await currentUser();
  if (!user) return null;
  const agency = user.agencyId ? await db().agency.findUnique({ where: { id: user.agencyId }, select: { name: true } }) : null;
  return { userId: user.id, role: user.role, agencyId: user.agencyId, fullName: user.fullName, agencyName: agency?.name ?? null };
}

/** An officer (reception, specialist, leader) — otherwise to sign-in, or "not found" for other roles. */
export async function requireOfficer(returnTo = "/office"): Promise<OfficerIdentity> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(safeNext(returnTo, "/office"))}`);
  if (actor.role !== "RECEPTION" && actor.role !== "SPECIALIST" && actor.role !== "LEADER") nextNotFound();
  return actor;
}

export async function requireAdmin(returnTo = "/admin/calendar"): Promise<OfficerIdentity> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(safeNext(returnTo, "/admin/calendar"))}`);
  if (actor.role !== "ADMIN") nextNotFound();
  return actor;
}
