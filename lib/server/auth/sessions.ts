/**
 * Server-side sessions. The cookie carries only a session id; this table says whether it still
 * holds. Reading a session is one indexed lookup joined with its user (what currentUser() needed
 * anyway); last-seen is written at most once a minute. Staff sessions end after 30 idle minutes
 * and open nothing until the second factor is checked.
 */
import { db } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";

export const SESSION_HOURS = 8;
export const STAFF_IDLE_MINUTES = 30;
const TOUCH_EVERY_MS = 60_000;

/** Anyone who is not a citizen is staff (officers, leaders, administrators, any future role). */
export function isStaff(role: Role): boolean {
  return role !== "CITIZEN";
}

export type SessionMethod = "password" | "oidc";

export interface SessionState {
  id: string;
  method: string;
  /** False for a staff session whose second factor is not checked yet. */
  verified: boolean;
  user: { id: string; fullName: string; email: string | null; role: Role; agencyId: string | null };
}

/** A short, non-identifying summary of a user agent: "Firefox on Windows". */
export function clientSummary(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrom(e|ium)\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : ua ? "?" : "";
  const system = /Android/.test(ua) ? "Android" : /iPhone|iPad/.test(ua) ? "iOS" : /Windows/.test(ua) ? "Windows" : /Mac OS X/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "";
  return [browser, system].filter(Boolean).join(" / ").slice(0, 60);
}

export async function createSession(user: { id: string; role: Role }, method: SessionMethod, userAgent?: string | null): Promise<string> {
  return db().$transaction(async (tx) => {
    const s = await tx.userSession.create({
      data: {
        userId: user.id,
        method,
        client: clientSummary(userAgent),
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
      },
    });
    await audit(tx, { actorId: user.id, action: "session.started", entity: "UserSession", entityId: s.id, data: { method } });
    return s.id;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The session behind an id, or null when it is unknown, ended, expired, idle too long or its account is off. */
export async function readSession(sid: unknown, now = new Date()): Promise<SessionState | null> {
  if (typeof sid !== "string" || !UUID.test(sid)) return null;
  const s = await db().userSession.findUnique({
    where: { id: sid },
    select: {
      id: true,
      method: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      secondFactorAt: true,
      user: { select: { id: true, fullName: true, email: true, role: true, agencyId: true, active: true } },
    },
  });
  if (!s || s.revokedAt || s.expiresAt <= now || !s.user.active) return null;
  const staff = isStaff(s.user.role);
  if (staff && s.lastSeenAt.getTime() < now.getTime() - STAFF_IDLE_MINUTES * 60_000) {
    await db().$transaction(async (tx) => {
      const ended = await tx.userSession.updateMany({ where: { id: s.id, revokedAt: null }, data: { revokedAt: now } });
      if (ended.count === 1) await audit(tx, { actorId: s.user.id, action: "session.idle-ended", entity: "UserSession", entityId: s.id });
    });
    return null;
  }
  if (now.getTime() - s.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db().userSession.updateMany({ where: { id: s.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  const { active: _active, ...user } = s.user;
  return { id: s.id, method: s.method, verified: !staff || s.secondFactorAt !== null, user };
}

/** Marks a session's second factor as checked (inside the caller's transaction). */
export async function markSecondFactor(tx: Prisma.TransactionClient, sessionId: string): Promise<void> {
  await tx.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { secondFactorAt: new Date(), lastSeenAt: new Date() } });
}

/** Ends one session (sign-out). */
export async function revokeSession(sessionId: string): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db().$transaction(async (tx) => {
    const s = await tx.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
    if (!s || s.revokedAt) return;
    await tx.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    await audit(tx, { actorId: s.userId, action: "session.signed-out", entity: "UserSession", entityId: sessionId });
  });
}

/** Ends every session of a user except `keep` (password change, reset, "sign out everywhere"). */
export async function revokeUserSessions(tx: Prisma.TransactionClient, userId: string, keep: string | null = null): Promise<number> {
  const ended = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
  return ended.count;
}

/** "Sign out everywhere": ends every session of the caller, the current one included. */
export async function signOutEverywhere(userId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const count = await revokeUserSessions(tx, userId);
    await audit(tx, { actorId: userId, action: "session.signed-out-everywhere", entity: "User", entityId: userId, data: { sessions: count } });
    return count;
  });
}

/** The caller's open sessions, newest first (for the profile page). */
export async function listSessions(userId: string) {
  return db().userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, method: true, client: true, createdAt: true, lastSeenAt: true },
    take: 20,
  });
}
