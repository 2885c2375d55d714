/**
 * Who is asking. Server components, server actions and route handlers call `currentUser()`;
 * pages of the citizen's area call `requireUser()` (redirects to the sign-in page).
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cache } from "react";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { authOptions, SESSION_MAX_AGE } from "./options";
import { authSecret } from "./secret";

export interface SessionUser {
  id: string;
  fullName: string;
  email: string | null;
  role: Role;
  agencyId: string | null;
}

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  let session: unknown;
  try {
    session = await getServerSession(authOptions());
  } catch {
    return null;
  }
  const uid = (session as { uid?: unknown } | null)?.uid;
  if (typeof uid !== "string" || !/^[0-9a-f-]{36}$/.test(uid)) return null;
  const user = await db().user.findUnique({
    where: { id: uid },
    select: { id: true, fullName: true, email: true, role: true, agencyId: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, fullName: user.fullName, email: user.email, role: user.role, agencyId: user.agencyId };
});

/** A path on this site only (never an open redirect). */
export function safeNext(value: unknown, fallback = "/my/dossiers"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value.slice(0, 500);
}

export async function requireUser(next: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNext(next))}`);
  return user;
}

function secureCookies(): boolean {
  const url = config().NEXTAUTH_URL ?? config().APP_URL;
  return url.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** Starts a next-auth session (the same JWT cookie next-auth writes) from a server action. */
export async function startSession(user: { id: string; fullName: string; email: string | null; role: Role }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, role: user.role, name: user.fullName, email: user.email },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  const store = await cookies();
  store.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    if (store.get(name)) store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
