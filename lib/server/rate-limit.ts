/**
 * Fixed-window rate limiting kept in PostgreSQL (so it holds across server processes).
 * `hit` counts one attempt and says whether it is still allowed.
 */
import { createHash } from "node:crypto";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { deriveClientAddress, parseTrustedProxies, type TrustedProxies } from "@/lib/domain/client-address";
import { PEER_HEADER } from "@/lib/server/peer-address";

export interface Limit {
  /** What is limited, e.g. "track:client". */
  scope: string;
  max: number;
  windowSeconds: number;
}

export function bucketKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
}

function windowStart(now: Date, seconds: number): Date {
  const ms = seconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/**
 * Counts one attempt (or `amount` units, e.g. bytes); returns false when the limit of this window
 * is used up.
 */
export async function hit(limit: Limit, subject: string, now = new Date(), amount = 1): Promise<boolean> {
  const key = bucketKey(limit.scope, subject);
  const start = windowStart(now, limit.windowSeconds);
  const rows = await db().$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${start}, ${amount})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + ${amount}
    RETURNING "count"`;
  return (rows[0]?.count ?? 1) <= limit.max;
}

/** How many attempts this window has seen, without counting one. */
export async function used(limit: Limit, subject: string, now = new Date()): Promise<number> {
  const row = await db().rateLimitBucket.findUnique({
    where: { key_windowStart: { key: bucketKey(limit.scope, subject), windowStart: windowStart(now, limit.windowSeconds) } },
  });
  return row?.count ?? 0;
}

/** Forgets windows that ended long ago (called by the worker). */
export async function pruneRateLimits(olderThanHours = 24): Promise<number> {
  const before = new Date(Date.now() - olderThanHours * 3600_000);
  const res = await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
  // Tracking-code throttles whose day ended and whose delay has passed (lib/server/tracking/track.ts).
  const codes = await db().trackingThrottle.deleteMany({
    where: { windowStart: { lt: new Date(Date.now() - 86_400_000) }, nextAttemptAt: { lt: new Date() } },
  });
  return res.count + codes.count;
}

let proxies: { setting: string; parsed: TrustedProxies } | undefined;

/**
 * The client's address, the one every rate limit and audit record uses: the socket address, or behind
 * the reverse proxies of TRUSTED_PROXIES the nearest X-Forwarded-For entry they did not add.
 */
export function clientAddress(headers: Headers): string {
  const setting = config().TRUSTED_PROXIES;
  if (proxies?.setting !== setting) proxies = { setting, parsed: parseTrustedProxies(setting) };
  return deriveClientAddress(headers.get(PEER_HEADER), headers.get("x-forwarded-for"), proxies.parsed);
}
