/**
 * The acting officer of a request: read from the next-auth session cookie (JWT strategy, signed with
 * AUTH_SECRET), then re-read from the database so that a deactivated account or a changed role or
 * agency takes effect at once. Pages call requireOfficer(); use cases take the Actor explicitly.
 */
import { cookies } from "next/headers";
import { notFound as nextNotFound, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Actor } from "./types";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export interface OfficerIdentity extends Actor {
  fullName: string;
  agencyName: string | null;
}

/** The signed-in user, or null. */
export async function currentActor(): Promise<OfficerIdentity | null> {
  const secret = config().AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const userId = (token?.sub ?? (token as { userId?: unknown } | null)?.userId) as string | undefined;
  if (typeof userId !== "string" || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, agencyId: true, active: true, fullName: true, agency: { select: { name: true } } },
  });
  if (!user || !user.active) return null;
  return { userId: user.id, role: user.role, agencyId: user.agencyId, fullName: user.fullName, agencyName: user.agency?.name ?? null };
}

/** An officer (reception, specialist, leader) — otherwise to sign-in, or "not found" for other roles. */
export async function requireOfficer(returnTo = "/office"): Promise<OfficerIdentity> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.role !== "RECEPTION" && actor.role !== "SPECIALIST" && actor.role !== "LEADER") nextNotFound();
  return actor;
}

export async function requireAdmin(returnTo = "/admin/calendar"): Promise<OfficerIdentity> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.role !== "ADMIN") nextNotFound();
  return actor;
}
