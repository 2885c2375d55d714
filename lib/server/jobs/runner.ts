/**
 * Starts pg-boss on the application's PostgreSQL and works every registered job. Several worker
 * processes may run this at once: pg-boss hands each job to one of them (SELECT … FOR UPDATE SKIP
 * LOCKED), creates each cron run once, and retries failed jobs with backoff. `stop()` finishes the
 * jobs in flight (up to `graceMs`), then gives back the ones still running for another worker.
 */
import PgBoss from "pg-boss";
import { log as childLog } from "@/lib/server/log";
import type { JobDefinition } from "./registry";

export const JOB_SCHEMA = "pgboss";
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export function createBoss(connectionString: string, o: { pollingIntervalSeconds?: number; max?: number } = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    application_name: "motcua-jobs",
    max: o.max ?? 4,
    // Expired jobs (a worker killed mid-job) are found and retried by this sweep: every 30 s rather
    // than pg-boss's 2 minutes, so an email held by a dead worker goes out about a minute late.
    maintenanceIntervalSeconds: 30,
    ...(o.pollingIntervalSeconds ? { pollingIntervalSeconds: o.pollingIntervalSeconds } : {}),
  });
}

export interface RunningJobs {
  boss: PgBoss;
  stop(graceMs?: number): Promise<void>;
}

/** Creates the queues and schedules of `definitions` (idempotent) and starts working them. */
export async function startJobs(
  boss: PgBoss,
  definitions: JobDefinition<never>[],
  o: { pollingIntervalSeconds?: number; schedule?: boolean } = {},
): Promise<RunningJobs> {
  const log = childLog({ component: "jobs" });
  const controller = new AbortController();
  boss.on("error", (error: unknown) => log.error({ err: error }, "pg-boss error"));
  await boss.start();
  for (const d of definitions) {
    const options = {
      name: d.name,
      policy: d.policy ?? "standard",
      retryLimit: d.retryLimit ?? 3,
      retryDelay: d.retryDelaySeconds ?? 10,
      retryBackoff: d.retryBackoff ?? true,
      expireInSeconds: d.expireInSeconds ?? 15 * 60,
    } as const;
    await boss.createQueue(d.name, options);
    // A queue created by an older release keeps its options unless they are updated.
    await boss.updateQueue(d.name, options);
    if (d.cron && o.schedule !== false) await boss.schedule(d.name, d.cron, undefined, { tz: TIME_ZONE });
    else if (!d.cron) await boss.unschedule(d.name).catch(() => {});
    const concurrency = d.concurrency ?? 1;
    for (let i = 0; i < concurrency; i++) {
      await boss.work<never>(d.name, { batchSize: 1, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2 }, async (jobs) => {
        for (const job of jobs) {
          const jobLog = log.child({ job: d.name, jobId: job.id });
          const started = performance.now();
          try {
            await d.handler(job.data, { log: jobLog, signal: controller.signal, jobId: job.id });
            jobLog.debug({ ms: Math.round(performance.now() - started) }, "job done");
          } catch (error) {
            jobLog.warn({ err: error, ms: Math.round(performance.now() - started) }, "job failed, will be retried");
            throw error;
          }
        }
      });
    }
  }
  log.info({ jobs: definitions.map((d) => d.name) }, "working jobs");
  return {
    boss,
    async stop(graceMs = 20_000) {
      controller.abort();
      await boss.stop({ graceful: true, timeout: graceMs, wait: true });
      log.info("jobs stopped");
    },
  };
}
