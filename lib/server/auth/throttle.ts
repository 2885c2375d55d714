/**
 * Repeated failed sign-ins are slowed, then locked for a while. The state is kept per
 * identifier (its keyed hash), whether or not an account exists, so an unknown email or phone
 * is slowed and locked exactly like a real one and the answers reveal nothing.
 */
import { db } from "@/lib/db";
import { keyedHash } from "./secret";

/** Failures before each attempt starts to wait. */
export const SLOW_AFTER = 3;
/** Failures that lock the identifier. */
export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;
/** Failures older than this are forgotten. */
const WINDOW_MINUTES = 60;
const MAX_DELAY_MS = 4000;

export function throttleKey(identifier: string): string {
  return keyedHash("login", identifier);
}

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

export async function throttleState(key: string): Promise<ThrottleState> {
  const row = await db().loginThrottle.findUnique({ where: { key } });
  if (!row) return { failures: 0, lockedUntil: null };
  const now = Date.now();
  if (row.lockedUntil && row.lockedUntil.getTime() <= now) return { failures: 0, lockedUntil: null };
  if (row.lastFailureAt.getTime() < now - WINDOW_MINUTES * 60_000) return { failures: 0, lockedUntil: null };
  return { failures: row.failures, lockedUntil: row.lockedUntil };
}

/** How long to wait before answering an attempt, given the failures so far. */
export function delayFor(failures: number): number {
  if (failures < SLOW_AFTER) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** (failures - SLOW_AFTER));
}

/** Records a failure atomically; returns the new state. */
export async function recordFailure(key: string): Promise<ThrottleState> {
  const rows = await db().$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= now() THEN 1
        WHEN "LoginThrottle"."lastFailureAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN 1
        ELSE "LoginThrottle"."failures" + 1 END,
      "lockedUntil" = NULL,
      "lastFailureAt" = now()
    RETURNING "failures", "lockedUntil"`;
  const failures = rows[0]?.failures ?? 1;
  if (failures >= LOCK_AFTER) {
    const lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
    await db().loginThrottle.update({ where: { key }, data: { lockedUntil } });
    return { failures, lockedUntil };
  }
  return { failures, lockedUntil: null };
}

export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
