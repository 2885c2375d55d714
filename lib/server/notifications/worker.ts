/**
 * Sending the notification outbox through pg-boss. The business transaction writes an Outbox row
 * (the transactional outbox); a worker enqueues one "outbox.send" job per due row, with a job id
 * derived from the row's id so that however many workers enqueue it, the job exists once. The job
 * locks its row (FOR UPDATE SKIP LOCKED) while sending, marks it SENT, or — when sending fails —
 * records the attempt and fails, and pg-boss retries it with exponential backoff. After
 * `maxAttempts` the row is FAILED, kept for an administrator. A worker that dies mid-send releases
 * the lock; the job expires and is retried. Nothing is lost while SMTP is down.
 */
import type PgBoss from "pg-boss";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { JobDefinition } from "@/lib/server/jobs/registry";
import { errorMessage } from "@/lib/server/log";
import type { Mailer } from "./mailer";
import { renderAny } from "./mailer";

export const OUTBOX_SEND = "outbox.send";

/** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped, with ±20 % jitter. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/** The one job id of an outbox row: a UUID whose last 12 hex digits are the row id. */
export function outboxJobId(rowId: bigint | string): string {
  const hex = BigInt(rowId).toString(16).padStart(12, "0");
  if (hex.length > 12) throw new Error("Outbox id out of range");
  return `6f757462-6f78-4000-8000-${hex}`;
}

/** The Message-ID of every attempt at an outbox row's email: one per row, whichever worker sends it. */
export function outboxMessageId(rowId: bigint | string): string {
  return `<outbox-${BigInt(rowId).toString()}@${new URL(config().APP_URL).hostname}>`;
}

/** Enqueues a send job for every due PENDING email; a row that already has its job is skipped. */
export async function enqueueDueEmails(boss: PgBoss, limit = 500): Promise<number> {
  const rows = await db().$queryRaw<Array<{ id: bigint }>>`
    SELECT id FROM "Outbox" WHERE status = 'PENDING' AND channel = 'email' AND "nextAttemptAt" <= now()
     ORDER BY "nextAttemptAt", id LIMIT ${limit}`;
  if (rows.length === 0) return 0;
  await boss.insert(rows.map((r) => ({ id: outboxJobId(r.id), name: OUTBOX_SEND, data: { id: r.id.toString() } })));
  return rows.length;
}

export type SendOutcome = "sent" | "failed" | "skipped";

interface Locked {
  id: bigint;
  recipient: string;
  template: string;
  locale: string;
  data: unknown;
  attempts: number;
}

/**
 * Sends one outbox row, at most once at a time (the row stays locked while it is sent). Throws when
 * the attempt failed and another one is due (pg-boss retries); returns "failed" after the last.
 */
export async function sendOutboxEmail(
  rowId: bigint,
  o: { mailer: Mailer; maxAttempts?: number; retryBaseMs?: number; retryMaxMs?: number },
): Promise<SendOutcome> {
  const maxAttempts = o.maxAttempts ?? 25;
  let failure: Error | undefined;
  const outcome = await db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<Locked[]>`
        SELECT id, recipient, template, locale, data, attempts FROM "Outbox"
         WHERE id = ${rowId} AND status = 'PENDING' AND channel = 'email'
         FOR UPDATE SKIP LOCKED`;
      if (!row) return "skipped" as const;
      const attempts = row.attempts + 1;
      try {
        const email = await renderAny(row.template, row.locale, row.data);
        await o.mailer.send({ messageId: outboxMessageId(row.id), to: row.recipient, ...email });
        await tx.outbox.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), attempts, lastError: null } });
        return "sent" as const;
      } catch (error) {
        const lastError = errorMessage(error);
        if (attempts >= maxAttempts) {
          await tx.outbox.update({ where: { id: row.id }, data: { status: "FAILED", attempts, lastError } });
          return "failed" as const;
        }
        const next = new Date(Date.now() + backoffMs(attempts, o.retryBaseMs ?? 10_000, o.retryMaxMs ?? 30 * 60_000));
        await tx.outbox.update({ where: { id: row.id }, data: { attempts, lastError, nextAttemptAt: next } });
        failure = new Error(lastError);
        return "skipped" as const;
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (failure) throw failure;
  return outcome;
}

/** The job that sends one email; its retries follow the row's attempts (retryLimit = maxAttempts − 1). */
export function outboxSendJob(o: { mailer: Mailer; maxAttempts?: number; retryDelaySeconds?: number }): JobDefinition<{ id: string }> {
  const maxAttempts = o.maxAttempts ?? 25;
  const retryDelaySeconds = o.retryDelaySeconds ?? 10;
  return {
    name: OUTBOX_SEND,
    retryLimit: maxAttempts - 1,
    retryDelaySeconds,
    retryBackoff: true,
    // One attempt takes at most the mailer's timeouts (5 + 5 + 15 s); a job held longer belongs to a dead worker.
    expireInSeconds: 60,
    concurrency: 4,
    async handler(data, ctx) {
      const outcome = await sendOutboxEmail(BigInt(data.id), { mailer: o.mailer, maxAttempts, retryBaseMs: retryDelaySeconds * 1000 });
      if (outcome !== "skipped") ctx.log.info({ outbox: data.id, outcome }, "email");
    },
  };
}

/** Runs until `signal` aborts: enqueues the due emails every `pollMs`. Every worker may run it. */
export async function runOutboxPump(boss: PgBoss, o: { pollMs?: number; signal: AbortSignal; onError?: (e: unknown) => void }): Promise<void> {
  while (!o.signal.aborted) {
    try {
      await enqueueDueEmails(boss);
    } catch (error) {
      o.onError?.(error);
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        o.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, o.pollMs ?? 1_000);
      o.signal.addEventListener("abort", done, { once: true });
    });
  }
}
