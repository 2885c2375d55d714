/**
 * Prometheus metrics (prom-client) for GET /metrics: process figures, request counts and latencies
 * per route handler (those that go through `handle()` in lib/server/http.ts), and — read from the
 * database at scrape time, cached for a few seconds — job queue depths, pending emails and
 * dossiers by status. Only counts: no names, emails, codes or addresses.
 */
import { timingSafeEqual } from "node:crypto";
import client from "prom-client";
import { db } from "@/lib/db";
import { config } from "@/lib/config";

interface Metrics {
  registry: client.Registry;
  requests: client.Histogram<"route" | "status">;
  lastScrape: number;
  refresh: () => Promise<void>;
}
const globalForMetrics = globalThis as unknown as { motCuaMetrics?: Metrics };
const SCRAPE_CACHE_MS = 5_000;

function metrics(): Metrics {
  if (globalForMetrics.motCuaMetrics) return globalForMetrics.motCuaMetrics;
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "motcua_" });
  const requests = new client.Histogram({
    name: "motcua_http_request_duration_seconds",
    help: "Route handler answers by route and status, with their duration.",
    labelNames: ["route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const queue = new client.Gauge({ name: "motcua_job_queue_jobs", help: "Background jobs by queue and state (created, retry, active).", labelNames: ["queue", "state"] as const, registers: [registry] });
  const outbox = new client.Gauge({ name: "motcua_outbox_emails", help: "Notification emails by status.", labelNames: ["status"] as const, registers: [registry] });
  const dossiers = new client.Gauge({ name: "motcua_dossiers", help: "Dossiers by status.", labelNames: ["status"] as const, registers: [registry] });
  const received = new client.Gauge({ name: "motcua_dossiers_received_total", help: "Dossiers ever received (status past NEW and NOT_RECEIVED).", registers: [registry] });
  const returned = new client.Gauge({ name: "motcua_dossiers_returned_total", help: "Dossiers whose result was returned.", registers: [registry] });
  const ok = new client.Gauge({ name: "motcua_scrape_database_ok", help: "1 when the database figures of this scrape were read.", registers: [registry] });
  const m: Metrics = {
    registry,
    requests,
    lastScrape: 0,
    async refresh() {
      if (Date.now() - m.lastScrape < SCRAPE_CACHE_MS) return;
      try {
        const prisma = db();
        const [byStatus, mail, jobs] = await Promise.all([
          prisma.$queryRaw<Array<{ status: string; n: bigint }>>`SELECT status::text AS status, count(*) AS n FROM "Dossier" GROUP BY status`,
          prisma.$queryRaw<Array<{ status: string; n: bigint }>>`SELECT status::text AS status, count(*) AS n FROM "Outbox" GROUP BY status`,
          jobDepths(),
        ]);
        dossiers.reset();
        for (const r of byStatus) dossiers.set({ status: r.status }, Number(r.n));
        const count = (s: string[]) => byStatus.filter((r) => s.includes(r.status)).reduce((a, r) => a + Number(r.n), 0);
        received.set(byStatus.reduce((a, r) => a + Number(r.n), 0) - count(["NEW", "NOT_RECEIVED"]));
        returned.set(count(["RESULT_RETURNED"]));
        outbox.reset();
        for (const r of mail) outbox.set({ status: r.status }, Number(r.n));
        queue.reset();
        for (const r of jobs) queue.set({ queue: r.name, state: r.state }, Number(r.n));
        m.lastScrape = Date.now();
        ok.set(1);
      } catch {
        ok.set(0);
      }
    },
  };
  globalForMetrics.motCuaMetrics = m;
  return m;
}

/** Jobs waiting or running per queue; none before a worker has created the pg-boss schema. */
async function jobDepths(): Promise<Array<{ name: string; state: string; n: bigint }>> {
  const [present] = await db().$queryRaw<Array<{ ok: boolean }>>`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`;
  if (!present?.ok) return [];
  return db().$queryRaw`SELECT name, state::text AS state, count(*) AS n FROM pgboss.job
                         WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`;
}

/** Records one answer of a route handler. */
export function observeRequest(route: string, status: number, seconds: number): void {
  metrics().requests.observe({ route, status: String(status) }, seconds);
}

/** The text exposition format. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  await m.refresh();
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}

/**
 * Who may read /metrics: a caller presenting METRICS_TOKEN as a bearer token. Without the setting
 * the endpoint does not exist (404), so nothing is exposed by accident.
 */
export function metricsAccess(authorization: string | null): "ok" | "unauthorized" | "disabled" {
  const token = config().METRICS_TOKEN;
  if (!token) return "disabled";
  const given = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected) ? "ok" : "unauthorized";
}
