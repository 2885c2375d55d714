/**
 * Telling every instance that data changed, so that each clears its in-process caches.
 * `announceChange(topic)` runs this process's subscribers at once and sends a PostgreSQL NOTIFY on
 * the channel "motcua_changes"; every other process that has a subscriber keeps one connection
 * LISTENing (reconnecting after a drop, with a full clear since notifications may have been missed)
 * and runs its own subscribers. Subscribers only clear local state and never announce, so a change
 * never echoes; a process ignores its own notifications (each carries the sender's instance id).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { config } from "@/lib/config";
import { errorMessage, log as childLog } from "@/lib/server/log";

export const CHANGES_CHANNEL = "motcua_changes";
export type ChangeTopic = "catalog" | "calendar" | "stats" | (string & {});

interface State {
  instanceId: string;
  subscribers: Map<string, Set<() => void>>;
  client?: pg.Client;
  starting?: Promise<void>;
  retryTimer?: NodeJS.Timeout;
  stopped: boolean;
}
const globalForChanges = globalThis as unknown as { motCuaChanges?: State };
function state(): State {
  globalForChanges.motCuaChanges ??= { instanceId: randomUUID(), subscribers: new Map(), stopped: false };
  return globalForChanges.motCuaChanges;
}

export function instanceId(): string {
  return state().instanceId;
}

/** Runs `fn` whenever `topic` changes, here or on another instance. Returns an unsubscribe function. */
export function onChange(topic: ChangeTopic, fn: () => void): () => void {
  const s = state();
  let set = s.subscribers.get(topic);
  if (!set) s.subscribers.set(topic, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

function runLocal(topic: string): void {
  for (const fn of state().subscribers.get(topic) ?? []) {
    try {
      fn();
    } catch (error) {
      childLog({ component: "changes" }).error({ topic, err: errorMessage(error) }, "change subscriber failed");
    }
  }
}

function runAll(): void {
  for (const topic of state().subscribers.keys()) runLocal(topic);
}

/** Clears this process's caches for `topic` now and tells the other instances (best effort, logged). */
export async function announceChange(topic: ChangeTopic): Promise<void> {
  runLocal(topic);
  const url = config().databaseUrl;
  if (!url) return;
  const { db } = await import("@/lib/db");
  const payload = JSON.stringify({ topic, from: instanceId() });
  await db().$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${payload})`;
}

/** Fire-and-forget form for synchronous callers. */
export function announceChangeSoon(topic: ChangeTopic): void {
  announceChange(topic).catch((error: unknown) =>
    childLog({ component: "changes" }).warn({ topic, err: errorMessage(error) }, "could not announce a change to the other instances"),
  );
}

/**
 * Starts listening (once per process; later calls return the same promise). Called lazily by the
 * caches when first used, never while a module loads or during a build.
 */
export function listenForChanges(): Promise<void> {
  const s = state();
  if (s.client || s.starting || s.stopped) return s.starting ?? Promise.resolve();
  const url = config().DATABASE_SESSION_URL ?? config().databaseUrl;
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return Promise.resolve();
  const log = childLog({ component: "changes" });
  s.starting = (async () => {
    const client = new pg.Client({ connectionString: url, application_name: "motcua-changes" });
    const retry = (why: string) => {
      if (s.client !== client && s.client !== undefined) return;
      s.client = undefined;
      client.removeAllListeners();
      client.end().catch(() => {});
      if (s.stopped) return;
      log.warn({ why }, "change listener lost its connection; reconnecting");
      clearTimeout(s.retryTimer);
      s.retryTimer = setTimeout(() => {
        s.retryTimer = undefined;
        void listenForChanges().then(() => runAll());
      }, 1_000);
      s.retryTimer.unref();
    };
    client.on("error", (e) => retry(errorMessage(e)));
    client.on("end", () => retry("connection ended"));
    client.on("notification", (msg) => {
      if (msg.channel !== CHANGES_CHANNEL || !msg.payload) return;
      try {
        const { topic, from } = JSON.parse(msg.payload) as { topic?: string; from?: string };
        if (typeof topic === "string" && from !== s.instanceId) runLocal(topic);
      } catch {
        // Not ours: ignore.
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      s.client = client;
    } catch (error) {
      retry(errorMessage(error));
    } finally {
      s.starting = undefined;
    }
  })();
  return s.starting;
}

/** Closes the listening connection (shutdown and tests). */
export async function stopListening(): Promise<void> {
  const s = state();
  s.stopped = true;
  clearTimeout(s.retryTimer);
  const client = s.client;
  s.client = undefined;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => {});
  }
}

/** Whether this process currently listens (readiness and tests). */
export function isListening(): boolean {
  return state().client !== undefined;
}
