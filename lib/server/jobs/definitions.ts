/**
 * The portal's background jobs, in one table. Add yours here (a reminder, scheduled publishing …):
 * `registerJob({ name, cron?, policy?, handler })` — see ./registry.ts.
 */
import { publishDueVersions } from "@/lib/server/admin/procedures";
import { sendDailyDigests } from "@/lib/server/backoffice/digest";
import { purgeExpiredDrafts } from "@/lib/server/dossiers/drafts";
import type { Mailer } from "@/lib/server/notifications/mailer";
import { purgeOldEmails } from "@/lib/server/notifications/retention";
import { outboxSendJob } from "@/lib/server/notifications/worker";
import { pruneRateLimits } from "@/lib/server/rate-limit";
import { statisticsRefreshJob } from "@/lib/server/stats/schedule";
import { registerJob } from "./registry";

export function registerCoreJobs(o: { mailer: Mailer; statsEveryMinutes: number }): void {
  registerJob(outboxSendJob({ mailer: o.mailer }));
  registerJob(statisticsRefreshJob(o.statsEveryMinutes));
  registerJob({
    name: "purge.drafts",
    cron: "17 * * * *",
    policy: "singleton",
    async handler(_data, ctx) {
      let total = 0;
      for (let n = -1; n !== 0 && !ctx.signal.aborted; total += n) n = await purgeExpiredDrafts(200);
      ctx.log.info({ purged: total }, "expired drafts purged");
    },
  });
  registerJob({
    name: "purge.rate-limits",
    cron: "7 * * * *",
    policy: "singleton",
    async handler(_data, ctx) {
      ctx.log.info({ pruned: await pruneRateLimits() }, "old rate-limit windows removed");
    },
  });
  registerJob({
    name: "purge.emails",
    cron: "37 * * * *",
    policy: "singleton",
    async handler(_data, ctx) {
      ctx.log.info({ purged: await purgeOldEmails() }, "emails past their retention removed");
    },
  });
  registerJob({
    name: "catalog.publish-scheduled",
    cron: "* * * * *",
    policy: "singleton",
    async handler(_data, ctx) {
      const codes = await publishDueVersions(new Date());
      if (codes.length) ctx.log.info({ codes }, "procedure versions published on schedule");
    },
  });
  registerJob({
    name: "reminders.daily-digest",
    cron: "*/10 * * * *",
    policy: "singleton",
    async handler(_data, ctx) {
      ctx.log.info(await sendDailyDigests(new Date()), "morning digests");
    },
  });
}
