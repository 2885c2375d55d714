/**
 * The statistics refresh as a scheduled job: pg-boss creates one run every `everyMinutes` for all
 * workers together, and the "singleton" policy lets only one run at a time.
 */
import type { JobDefinition } from "@/lib/server/jobs/registry";
import { announceChange } from "@/lib/server/changes";
import { refreshStatistics } from "./refresh";

export const STATS_REFRESH = "stats.refresh";

export function statisticsRefreshJob(everyMinutes: number): JobDefinition {
  const step = Math.max(1, Math.min(59, Math.round(everyMinutes)));
  return {
    name: STATS_REFRESH,
    cron: step === 1 ? "* * * * *" : `*/${step} * * * *`,
    policy: "singleton",
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 30 * 60,
    async handler(_data, ctx) {
      const { durationMs } = await refreshStatistics();
      ctx.log.info({ durationMs }, "statistics refreshed");
      await announceChange("stats");
    },
  };
}
