/**
 * npm run bench:stats — the public statistics at a million dossiers.
 *
 * 1. A benchmark database (motcua_bench_stats) is migrated, seeded with the demo data and filled with
 *    BENCH_DOSSIERS (1,000,000) synthetic dossiers (scripts/lib/bench-dossiers.ts).
 * 2. The worker's job, refreshStatistics(), is timed: the first (full) run, an incremental run after
 *    1,000 dossiers of the last 30 days changed, and a full rebuild again for comparison.
 * 3. A production build serves the portal; the statistics page and API (whole province for a year,
 *    one department, one field) are loaded with BENCH_CONCURRENCY requests in flight. Baseline in the
 *    same run: GET /api/health on the same server (a trivial database round trip).
 * 4. The database is dropped at the end (BENCH_KEEP=1 keeps it).
 */
import pg from "pg";
import { resetConfig } from "../lib/config";
import { resetClients } from "../lib/db";
import { migrate } from "../lib/server/migrations";
import { load, serveProduction, type LoadFigures } from "./lib/bench";
import { seedDossiers } from "./lib/bench-dossiers";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const DB_NAME = "motcua_bench_stats";

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
const line = (label: string, f: LoadFigures, base?: LoadFigures) =>
  `  ${label.padEnd(34)} p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  ${f.rps.toFixed(0).padStart(5)} req/s` +
  (base ? `  (p95 ${(f.p95 / base.p95).toFixed(1)}× the baseline, ${((100 * f.rps) / base.rps).toFixed(0)}% of its throughput)` : "") +
  (f.errors ? `  ${f.errors} errors` : "");

runScript(async () => {
  const server = await findServer(console.log);
  const host = new URL(server.adminUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error("The benchmark only runs against a PostgreSQL server on this machine.");
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  const client = new pg.Client({ connectionString: url });
  let stopPortal = () => {};
  try {
    await migrate(url);
    await seedDatabase(url);
    process.env.DATABASE_URL = url;
    // The seed read the configuration (and may have opened a client) with the caller's DATABASE_URL.
    resetConfig();
    await resetClients();
    await client.connect();
    const busy = (await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Agency" WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`)).rows[0]!;
    const have = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier" WHERE code LIKE 'BENCH-%'`)).rows[0]!.n);
    if (have === 0) await seedDossiers(client, busy.id, DOSSIERS);
    else if (have < DOSSIERS) throw new Error(`${DB_NAME} holds a partial benchmark; drop it first.`);
    const total = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier"`)).rows[0]!.n);
    console.log(`\nDossiers: ${total.toLocaleString("en")}`);

    const { refreshStatistics } = await import("../lib/server/stats/refresh");
    // The first run builds everything (the synthetic dossiers carry the dates they were last worked on,
    // before any watermark the demo data's refresh left).
    const refreshed = await refreshStatistics(undefined, undefined, { full: true });
    const rows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "StatDaily"`)).rows[0]!.n);
    console.log(`Worker job refreshStatistics(): ${(refreshed.durationMs / 1000).toFixed(1)} s (${refreshed.mode}) → ${rows.toLocaleString("en")} daily aggregate rows`);
    // What the worker does every few minutes: a thousand dossiers of the last weeks changed.
    await client.query(
      `UPDATE "Dossier" SET "updatedAt" = now() WHERE id IN (SELECT id FROM "Dossier" WHERE "receivedAt" > now() - interval '30 days' LIMIT 1000)`,
    );
    const incremental = await refreshStatistics();
    console.log(`  then 1,000 recent dossiers changed: ${(incremental.durationMs / 1000).toFixed(1)} s (${incremental.mode} from ${incremental.fromDay ?? "—"})`);
    const full = await refreshStatistics(undefined, undefined, { full: true });
    console.log(`  a full rebuild in the same run, for comparison: ${(full.durationMs / 1000).toFixed(1)} s`);

    const field = (await client.query<{ code: string }>(`SELECT code FROM "Field" ORDER BY code LIMIT 1`)).rows[0]!.code;
    const year = new Date().getFullYear();
    const period = `from=${year - 1}-01-01&to=${year}-12-31`;
    const portal = await serveProduction(url, PORT);
    stopPortal = portal.stop;
    const run = (paths: string[]) => load(portal.base, paths, REQUESTS, CONCURRENCY);
    await run(["/api/health", `/stats?${period}`, `/api/v1/stats?${period}`]); // warm-up
    const baseline = await run(["/api/health"]);
    console.log(`\nServed by a production build, ${CONCURRENCY} requests in flight, ${REQUESTS} per line:`);
    console.log(line("baseline GET /api/health", baseline));
    console.log(line("page /stats (province, 2 years)", await run([`/stats?${period}`]), baseline));
    console.log(line("page /stats (one department)", await run([`/stats?${period}&agency=${encodeURIComponent(busy.code)}`]), baseline));
    console.log(line("page /stats (one field)", await run([`/stats?${period}&field=${field}`]), baseline));
    console.log(line("API /api/v1/stats (province)", await run([`/api/v1/stats?${period}`]), baseline));
    console.log(line("CSV export (province)", await run([`/api/v1/stats?${period}&format=csv`]), baseline));
  } finally {
    stopPortal();
    await client.end().catch(() => {});
    if (process.env.BENCH_KEEP !== "1") {
      await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
      console.log(`\nDropped ${DB_NAME}.`);
    }
    await server.stop();
  }
});
