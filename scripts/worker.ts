/**
 * npm run worker — sends the notification outbox: over SMTP when SMTP_URL is set; without it the
 * emails are kept for the development mail viewer and marked as handled. It also rebuilds the
 * public statistics every STATS_REFRESH_MINUTES (5). Stop with Ctrl+C.
 */
import { applicationDatabase, runScript } from "./lib/postgres";

runScript(async () => {
  const { url } = await applicationDatabase(console.log);
  process.env.DATABASE_URL = url;
  const { configuredMailer } = await import("../lib/server/notifications/mailer");
  const { runOutboxWorker } = await import("../lib/server/notifications/worker");
  const mailer = configuredMailer();
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(mailer.kind === "smtp" ? "Outbox worker: sending over SMTP." : "Outbox worker: no SMTP_URL, emails are kept for the mail viewer.");
  const { runStatisticsSchedule } = await import("../lib/server/stats/schedule");
  const everyMs = Number(process.env.STATS_REFRESH_MINUTES ?? 5) * 60_000;
  await Promise.all([
    runOutboxWorker({ mailer, signal: controller.signal, log: (l) => console.log(l) }),
    runStatisticsSchedule({ everyMs, signal: controller.signal, log: (l) => console.log(l) }),
    import("../lib/server/backoffice/digest").then((m) => m.runDigestSchedule({ everyMs: 10 * 60_000, signal: controller.signal, log: (l) => console.log(l) })),
  ]);
  mailer.close();
  process.exit(0);
});
