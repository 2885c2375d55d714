/**
 * Who is asking. Server components, server actions and route handlers call `currentUser()`;
 * pages of the citizen's area call `requireUser()` (redirects to the sign-in page).
 * The session cookie is next-auth's JWT carrying only a session id (sessions.ts decides whether
 * it still holds), encrypted with the session key derived from the secret (secret.ts).
 */
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode, encode, type JWT } from "next-auth/jwt";
import { cache } from "react";
import { config } from "@/lib/config";
import type { Role } from "@/lib/generated/prisma/client";
import { safeReturnPath } from "./return-path";
import { secretKeys, deriveKey } from "./secret";
import { createSession, readSession, revokeSession, SESSION_HOURS, type SessionMethod, type SessionState } from "./sessions";

export interface SessionUser {
  id: string;
  fullName: string;
  email: string | null;
  role: Role;
  agencyId: string | null;
}

export const SESSION_MAX_AGE = SESSION_HOURS * 60 * 60;

function sessionKeys(): string[] {
  return secretKeys().map((k) => deriveKey("session", k.secret).toString("hex"));
}

/** Encodes a session cookie (next-auth's format) with the current session key. */
export function encodeSessionToken(token: JWT, maxAge = SESSION_MAX_AGE): Promise<string> {
  return encode({ token, secret: sessionKeys()[0]!, maxAge });
}

/** Decodes a session cookie with the current or a previous session key. */
export async function decodeSessionToken(token: string | undefined): Promise<JWT | null> {
  if (!token) return null;
  for (const secret of sessionKeys()) {
    try {
      const payload = await decode({ token, secret });
      if (payload) return payload;
    } catch {
      // another key, or not ours
    }
  }
  return null;
}

/** The session of this request (verified or waiting for its second factor), or null. */
export const currentSession = cache(async (): Promise<SessionState | null> => {
  let token: string | undefined;
  try {
    token = (await cookies()).get(sessionCookieName())?.value;
  } catch {
    return null;
  }
  const payload = await decodeSessionToken(token);
  return readSession(payload?.sid);
});

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  return session?.verified ? session.user : null;
});

/** A path on this site only (never an open redirect): see return-path.ts. */
export function safeNext(value: unknown, fallback = "/my/dossiers"): string {
  return safeReturnPath(value, fallback);
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

/** Starts a session (a row, and next-auth's cookie carrying its id) from a server action. */
export async function startSession(user: { id: string; role: Role }, method: SessionMethod = "password"): Promise<string> {
  const h = await headers();
  const sid = await createSession(user, method, h.get("user-agent"));
  const token = await encodeSessionToken({ sid });
  const store = await cookies();
  store.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
  return sid;
}

/** Signs out: ends the session on the server, then clears the cookie. */
export async function endSession(): Promise<void> {
  const session = await currentSession();
  if (session) await revokeSession(session.id);
  const store = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    if (store.get(name)) store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
