/**
 * The worker's periodic jobs besides the outbox: rebuilding the statistics aggregates and
 * forgetting old rate-limit windows. Runs until the signal aborts.
 */
import { pruneRateLimits } from "@/lib/server/rate-limit";
import { refreshStatistics } from "./refresh";

export async function runStatisticsSchedule(o: { everyMs: number; signal: AbortSignal; log?: (line: string) => void }): Promise<void> {
  const log = o.log ?? (() => {});
  while (!o.signal.aborted) {
    try {
      const { durationMs } = await refreshStatistics();
      const pruned = await pruneRateLimits();
      log(`statistics refreshed in ${durationMs} ms; ${pruned} old rate-limit windows removed`);
    } catch (error) {
      log(`statistics refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, o.everyMs);
      o.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
