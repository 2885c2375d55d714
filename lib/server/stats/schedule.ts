/**
 * The worker's periodic jobs besides the outbox: rebuilding the statistics aggregates and
 * forgetting old rate-limit windows. Runs until the signal aborts.
 */
import { purgeOldEmails } from "@/lib/server/notifications/retention";
import { pruneRateLimits } from "@/lib/server/rate-limit";
import { refreshStatistics } from "./refresh";

export async function runStatisticsSchedule(o: { everyMs: number; signal: AbortSignal; log?: (line: string) => void }): Promise<void> {
  const log = o.log ?? (() => {});
  while (!o.signal.aborted) {
    try {
      const { durationMs } = await refreshStatistics();
      const pruned = await pruneRateLimits();
      const purged = await purgeOldEmails();
      log(`statistics refreshed in ${durationMs} ms; ${pruned} old rate-limit windows and ${purged} old emails removed`);
    } catch (error) {
      log(`statistics refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, o.everyMs);
      o.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
