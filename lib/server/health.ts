import { db } from "@/lib/db";
import { compareState, readMigrations } from "@/lib/server/migrations";

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs: number | null };
  migrations: { applied: number; pending: string[]; modified: string[]; failed: string[] } | null;
  time: string;
}

/**
 * The migration files shipped with this build, read and hashed once per process: they do not change
 * while it runs, and reading and hashing 25 files on every probe was most of this endpoint's cost.
 */
let shipped: ReturnType<typeof readMigrations> | undefined;
function shippedMigrations(): ReturnType<typeof readMigrations> {
  shipped ??= readMigrations().catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}

/** Reports whether the database answers and whether every migration has been applied (one query). */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<
      Array<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>
    >`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const state = compareState(await shippedMigrations(), rows);
    const clean = state.pending.length === 0 && state.modified.length === 0 && state.failed.length === 0;
    return {
      status: clean ? "ok" : "degraded",
      database: { reachable: true, latencyMs },
      migrations: { applied: state.applied.length, pending: state.pending, modified: state.modified, failed: state.failed },
      time: new Date().toISOString(),
    };
  } catch {
    return { status: "down", database: { reachable: false, latencyMs: null }, migrations: null, time: new Date().toISOString() };
  }
}

const globalForHealth = globalThis as unknown as { motCuaStopping?: boolean };

/** Marks this process as shutting down: readiness answers 503 so the balancer stops sending work. */
export function markStopping(): void {
  globalForHealth.motCuaStopping = true;
}

/** Readiness: healthy (database reachable, migrations all applied) and not shutting down. */
export async function checkReadiness(): Promise<Health & { stopping: boolean }> {
  const stopping = globalForHealth.motCuaStopping === true;
  const health = await checkHealth();
  return { ...health, status: stopping && health.status === "ok" ? "down" : health.status, stopping };
}
