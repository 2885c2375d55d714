/** The worker's loop for scheduled publications: every minute, publish the versions whose day has come. */
import { publishDueVersions } from "./procedures";

export async function runPublicationSchedule({ everyMs = 60_000, signal, log }: { everyMs?: number; signal: AbortSignal; log: (line: string) => void }): Promise<void> {
  while (!signal.aborted) {
    try {
      const codes = await publishDueVersions(new Date());
      if (codes.length) log(`Published on schedule: ${codes.join(", ")}`);
    } catch (e) {
      log(`Scheduled publication failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, everyMs);
      signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
