/**
 * npm run worker — runs the background jobs through pg-boss on the application's PostgreSQL:
 * sending the notification outbox (over SMTP when SMTP_URL is set; without it the emails are kept
 * for the development mail viewer and marked as handled), the statistics refresh every
 * STATS_REFRESH_MINUTES (5), scheduled publications, officers' morning digests, and the purges. Start as many workers as you like: they share the work
 * and each scheduled job runs once. On SIGTERM or Ctrl+C a worker finishes the jobs in flight
 * (up to WORKER_GRACE_SECONDS, 20) and gives the others back to the queue.
 */
import { applicationDatabase, runScript } from "./lib/postgres";

runScript(async () => {
  process.env.MOTCUA_SERVICE ??= "worker";
  const { url } = await applicationDatabase(() => {});
  process.env.DATABASE_URL = url;
  const { logger, errorMessage } = await import("../lib/server/log");
  const log = logger();
  const { configuredMailer } = await import("../lib/server/notifications/mailer");
  const { runOutboxPump } = await import("../lib/server/notifications/worker");
  const { registerCoreJobs } = await import("../lib/server/jobs/definitions");
  const { registeredJobs } = await import("../lib/server/jobs/registry");
  const { createBoss, startJobs } = await import("../lib/server/jobs/runner");
  const { STATS_REFRESH } = await import("../lib/server/stats/schedule");

  const mailer = configuredMailer();
  registerCoreJobs({ mailer, statsEveryMinutes: Number(process.env.STATS_REFRESH_MINUTES ?? 5) });
  const jobs = await startJobs(createBoss(process.env.DATABASE_SESSION_URL || url), registeredJobs());
  log.info({ mailer: mailer.kind }, mailer.kind === "smtp" ? "worker: sending over SMTP" : "worker: no SMTP_URL, emails are kept for the mail viewer");
  // Fresh statistics soon after a start; the singleton key makes it one run for all workers.
  await jobs.boss.send(STATS_REFRESH, {}, { singletonKey: "startup", singletonSeconds: 60 });

  const controller = new AbortController();
  const pump = runOutboxPump(jobs.boss, { signal: controller.signal, onError: (e) => log.warn({ err: errorMessage(e) }, "outbox pump") });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, "worker stopping: finishing jobs in flight");
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  controller.abort();
  await pump;
  await jobs.stop(Number(process.env.WORKER_GRACE_SECONDS ?? 20) * 1000);
  mailer.close();
  process.exit(0);
});
