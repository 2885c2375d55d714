/**
 * Background jobs, declared once and run by every worker process through pg-boss (jobs kept in
 * the same PostgreSQL, schema "pgboss"). A job has a name, an optional cron schedule (pg-boss
 * creates each scheduled run once, however many workers run), a queue policy ("singleton": at
 * most one running at a time across all workers) and retries with backoff.
 *
 * To add a job (reminders, scheduled publishing …): write its handler in your area and add one
 * `registerJob({...})` line to lib/server/jobs/definitions.ts (or call `registerJob` before the
 * worker starts). Handlers must be idempotent: a job may run again after a worker dies.
 */
import type { Logger } from "@/lib/server/log";

export interface JobContext {
  log: Logger;
  /** Aborted when the worker is shutting down: long handlers should stop between steps. */
  signal: AbortSignal;
  jobId: string;
}

export interface JobDefinition<T = unknown> {
  name: string;
  /** Five-field cron in Asia/Ho_Chi_Minh, e.g. "*\/5 * * * *". Unset: the job runs when sent. */
  cron?: string;
  /** "singleton": one running at a time; "stately": one queued and one running; default "standard". */
  policy?: "standard" | "singleton" | "stately";
  /** Further attempts after a failure (default 3), `retryDelaySeconds` apart, doubling when `retryBackoff`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A running job not finished after this long is retried (its worker is presumed dead). */
  expireInSeconds?: number;
  /** How many of this job a worker runs at once (default 1). */
  concurrency?: number;
  handler: (data: T, ctx: JobContext) => Promise<void>;
}

const jobs = new Map<string, JobDefinition<never>>();

export function registerJob<T>(definition: JobDefinition<T>): void {
  if (!/^[a-z][a-z0-9.-]*$/.test(definition.name)) throw new Error(`Invalid job name: ${definition.name}`);
  jobs.set(definition.name, definition as unknown as JobDefinition<never>);
}

export function registeredJobs(): JobDefinition<never>[] {
  return [...jobs.values()];
}

/** For tests. */
export function clearRegisteredJobs(): void {
  jobs.clear();
}
