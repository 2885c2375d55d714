/**
 * The outbox worker: claims due rows with FOR UPDATE SKIP LOCKED (several workers never take the
 * same row), leases them, sends them, and marks them SENT — or, when sending fails, schedules the
 * next attempt with exponential backoff. Nothing is lost while SMTP is down: a row stays PENDING
 * and is retried until it goes out (FAILED only after `maxAttempts`, kept for an administrator).
 * A worker that dies mid-send leaves its rows leased; they are retried when the lease ends.
 */
import { db } from "@/lib/db";
import type { Mailer } from "./mailer";
import { renderAny } from "./mailer";

export interface WorkerOptions {
  mailer: Mailer;
  batchSize?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  leaseMs?: number;
  now?: () => Date;
}

export interface BatchResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped, with ±20 % jitter. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

interface Claimed {
  id: bigint;
  recipient: string;
  template: string;
  locale: string;
  data: unknown;
  attempts: number;
}

export async function processOutboxBatch(o: WorkerOptions): Promise<BatchResult> {
  const now = (o.now ?? (() => new Date()))();
  const batch = o.batchSize ?? 20;
  const maxAttempts = o.maxAttempts ?? 25;
  const base = o.baseDelayMs ?? 10_000;
  const cap = o.maxDelayMs ?? 30 * 60_000;
  const lease = new Date(now.getTime() + (o.leaseMs ?? 5 * 60_000));
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "Outbox" SET "nextAttemptAt" = ${lease}, attempts = attempts + 1
     WHERE id IN (SELECT id FROM "Outbox"
                   WHERE status = 'PENDING' AND channel = 'email' AND "nextAttemptAt" <= ${now}
                   ORDER BY "nextAttemptAt", id LIMIT ${batch}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient, template, locale, data, attempts`;
  const result: BatchResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    try {
      const email = await renderAny(row.template, row.locale, row.data);
      await o.mailer.send({ to: row.recipient, ...email });
      await db().outbox.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      result.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (row.attempts >= maxAttempts) {
        await db().outbox.update({ where: { id: row.id }, data: { status: "FAILED", lastError: message } });
        result.failed++;
      } else {
        const next = new Date(now.getTime() + backoffMs(row.attempts, base, cap));
        await db().outbox.update({ where: { id: row.id }, data: { nextAttemptAt: next, lastError: message } });
        result.retried++;
      }
    }
  }
  return result;
}

/** Runs until `signal` aborts: a batch, then a pause when there was nothing to do. */
export async function runOutboxWorker(o: WorkerOptions & { pollMs?: number; signal: AbortSignal; log?: (line: string) => void }): Promise<void> {
  while (!o.signal.aborted) {
    let r: BatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    try {
      r = await processOutboxBatch(o);
      if (r.claimed > 0) o.log?.(`outbox: ${r.sent} sent, ${r.retried} to retry, ${r.failed} failed`);
    } catch (error) {
      o.log?.(`outbox: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (r.claimed < (o.batchSize ?? 20)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, o.pollMs ?? 2_000);
        o.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }
}
