/**
 * Graceful shutdown of an app instance. With NEXT_MANUAL_SIG_HANDLE=1 (set in the Dockerfile and by
 * `npm run cluster`), Next.js leaves SIGTERM to us: readiness turns 503 at once so the balancer
 * stops sending new requests, requests in flight get SHUTDOWN_DRAIN_SECONDS (10) to finish, the
 * change listener and the database pool are closed, and the process exits.
 */
import { markStopping } from "@/lib/server/health";
import { logger } from "@/lib/server/log";

export function installGracefulShutdown(): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return;
  const g = globalThis as unknown as { motCuaShutdown?: boolean };
  if (g.motCuaShutdown) return;
  g.motCuaShutdown = true;
  const drainMs = Number(process.env.SHUTDOWN_DRAIN_SECONDS ?? 10) * 1000;
  const stop = async (signal: string) => {
    logger().info({ signal, drainMs }, "stopping: readiness now 503, draining requests in flight");
    markStopping();
    await new Promise((r) => setTimeout(r, drainMs));
    const { stopListening } = await import("@/lib/server/changes");
    await stopListening();
    const { db } = await import("@/lib/db");
    await db().$disconnect().catch(() => {});
    logger().info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
