/**
 * Sign-in throttling by growing delays, never long locks. Three counters of failures, each kept
 * under a keyed hash, whether or not an account exists (an unknown email is treated exactly like
 * a real one):
 *  - the account (email or phone): one password tried from many addresses is slowed;
 *  - the account from one client address: a stranger hammering one account is slowed sooner;
 *  - the client address alone: one password tried across many accounts is slowed too.
 * After a counter's free failures, each further failure makes the next attempt wait twice as
 * long, up to a short ceiling; while it waits, attempts are refused without checking the
 * password (and are not counted). So nobody can lock an officer out for more than a few minutes
 * by typing their email, and guessing stays slow. Failures are forgotten after an hour of quiet.
 */
import { db } from "@/lib/db";
import { keyedHash } from "./secret";

export interface Rule {
  /** Failures allowed before delays start. */
  free: number;
  /** The longest delay. */
  maxSeconds: number;
}

export const RULES = {
  account: { free: 10, maxSeconds: 5 * 60 },
  pair: { free: 5, maxSeconds: 15 * 60 },
  address: { free: 20, maxSeconds: 15 * 60 },
} as const satisfies Record<string, Rule>;

const FIRST_DELAY_SECONDS = 30;
/** Failures older than this (since the last one) are forgotten. */
export const WINDOW_MINUTES = 60;

/** The delay after `failures` failures under a rule (seconds). */
export function delaySeconds(failures: number, rule: Rule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, FIRST_DELAY_SECONDS * 2 ** (failures - rule.free));
}

export interface ThrottleKeys {
  account: string;
  pair: string;
  address: string;
}

export function throttleKeys(identifier: string, address: string): ThrottleKeys {
  return {
    account: keyedHash("login", `account:${identifier}`),
    pair: keyedHash("login", `pair:${identifier}|${address}`),
    address: keyedHash("login", `address:${address}`),
  };
}

/** Seconds until an attempt may be checked (0: now). */
export async function waitSeconds(keys: ThrottleKeys, now = new Date()): Promise<number> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: Object.values(keys) } } });
  let until = 0;
  for (const row of rows) {
    if (row.lastFailureAt.getTime() < now.getTime() - WINDOW_MINUTES * 60_000) continue;
    if (row.lockedUntil) until = Math.max(until, row.lockedUntil.getTime());
  }
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** Records one failure on each counter atomically; returns the wait now in force (seconds). */
export async function recordFailure(keys: ThrottleKeys): Promise<number> {
  let wait = 0;
  for (const [name, key] of Object.entries(keys) as Array<[keyof ThrottleKeys, string]>) {
    const rows = await db().$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE
          WHEN "LoginThrottle"."lastFailureAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN 1
          ELSE "LoginThrottle"."failures" + 1 END,
        "lastFailureAt" = now()
      RETURNING "failures"`;
    const seconds = delaySeconds(rows[0]?.failures ?? 1, RULES[name]);
    await db().loginThrottle.update({ where: { key }, data: { lockedUntil: seconds > 0 ? new Date(Date.now() + seconds * 1000) : null } });
    wait = Math.max(wait, seconds);
  }
  return wait;
}

/** A successful sign-in clears the account's counters (not the address's: other accounts tried from it still count). */
export async function clearFailures(keys: ThrottleKeys): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: [keys.account, keys.pair] } } });
}
