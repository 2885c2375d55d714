/**
 * npm run bench:mixed — the public traffic of a province at its peak, against a production build.
 *
 * The mix: 45% procedure pages, 25% searches nobody typed before (half through the API, half
 * through the catalog page; spans of the catalog's names, some without diacritics, some with a
 * slip), 10% the home page, 10% a procedure's JSON, 5% catalog pages (pages and filters), 5% the
 * tracking page. Then GET /api/health alone on the same server, as the baseline of the same run.
 * Printed: requests per second, p50, p97.5, errors, the load generator's own CPU per request, and
 * the mix's rate as a share of the baseline's.
 * Goal (quiet machine, 2 cores): ≥ 235 req/s, p97.5 < 300 ms, no errors, ≥ 80% of /api/health's rate.
 *
 * 1. A benchmark database (BENCH_DATABASE, default motcua_bench_mixed) is migrated and seeded with
 *    the demo catalog, plus BENCH_PROCEDURES synthetic procedures (default 0) reindexed.
 * 2. A production build is served (next start) on BENCH_PORT (3205).
 * 3. BENCH_REQUESTS (4000) requests of the mix at BENCH_CONCURRENCY (16) in flight, then as many
 *    to /api/health. BENCH_KEEP=1 keeps the database. Results also go to bench-results/mixed.json.
 * 4. With BENCH_INSTANCES=N (N > 1), a second round: N `next start` instances behind nginx on
 *    BENCH_PORT (as in the cluster, scripts/lib/cluster.ts; each instance has its own page cache),
 *    the same mix with other fresh searches, and /api/health through nginx as its baseline.
 *
 * The load generator runs in this process, on the same cores: a keep-alive node:http client that
 * sends Accept-Encoding: gzip and does not decompress (0.2–0.4 ms of CPU per request; fetch cost
 * 1–1.5 ms). `npm run bench:routes` measures each kind of request alone, with its CPU per request.
 *
 * Last run (2026-12-07, BENCH_INSTANCES=2, load average 6.0 from other work: not quiet): one
 * instance 160 req/s, p50 72 ms, p97.5 363 ms, no errors, 64% of /api/health (251 req/s); two
 * behind nginx 166 req/s, p50 68 ms, p97.5 442 ms, 56% of /api/health (297 req/s). Goal not met: the
 * search page (rendered per request, 11–15 ms of CPU) is an eighth of the mix and over 40% of its
 * CPU. Before this round (same day, load 4.2): 139 req/s, p97.5 344 ms; /api/health 125 req/s.
 */
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import { loadavg } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrate } from "../lib/server/migrations";
import { reindexCatalog } from "../lib/server/catalog/reindex";
import { percentile, serveBehindNginx, serveProduction } from "./lib/bench";
import { addSyntheticCatalog, catalogNames } from "./lib/bench-catalog";
import { freshQueries, prng } from "./lib/bench-queries";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 0);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3205);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const DB_NAME = process.env.BENCH_DATABASE ?? "motcua_bench_mixed";

interface Figures {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p975: number;
  /** CPU time of this process (the load generator) per request, in ms. */
  clientCpuMs: number;
  byKind: Record<string, { requests: number; p50: number; p975: number; errors: number }>;
}

type Request = { kind: string; path: string };

/**
 * Sends the requests in order, `concurrency` at a time, on loopback, through node:http with
 * keep-alive connections (one per request in flight) and `Accept-Encoding: gzip` as a browser sends
 * it. The body is read but not decompressed: the client's work is kept small so that the figures
 * measure the server (fetch cost this process about 1–1.5 ms of CPU per request on these same cores).
 */
async function run(base: string, requests: Request[], concurrency: number): Promise<Figures> {
  const { hostname, port } = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (p: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.get({ host: hostname, port, path: p, agent, headers: { "accept-encoding": "gzip" } }, (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  const latencies: Array<{ kind: string; ms: number; ok: boolean }> = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= requests.length) return;
      const r = requests[i]!;
      const t = performance.now();
      let ok = false;
      try {
        ok = (await get(r.path)) === 200;
      } catch {
        ok = false;
      }
      latencies.push({ kind: r.kind, ms: performance.now() - t, ok });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  const all = latencies.map((l) => l.ms);
  const byKind: Figures["byKind"] = {};
  for (const kind of new Set(latencies.map((l) => l.kind))) {
    const of = latencies.filter((l) => l.kind === kind);
    byKind[kind] = {
      requests: of.length,
      p50: percentile(of.map((l) => l.ms), 50),
      p975: percentile(of.map((l) => l.ms), 97.5),
      errors: of.filter((l) => !l.ok).length,
    };
  }
  return {
    requests: requests.length,
    errors: latencies.filter((l) => !l.ok).length,
    rps: requests.length / seconds,
    p50: percentile(all, 50),
    p975: percentile(all, 97.5),
    clientCpuMs: (used.user + used.system) / 1000 / requests.length,
    byKind,
  };
}

/** The mix, shuffled, `total` requests long. */
function mix(total: number, codes: string[], queries: string[], rand: () => number): Request[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  let q = 0;
  const out: Request[] = [];
  for (let i = 0; i < total; i++) {
    const x = rand() * 100;
    if (x < 45) out.push({ kind: "procedure page", path: `/procedures/${pick(codes)}` });
    else if (x < 70) {
      const query = new URLSearchParams({ q: queries[q++ % queries.length]! }).toString();
      out.push(x < 57.5 ? { kind: "search API", path: `/api/v1/procedures?${query}` } : { kind: "search page", path: `/procedures?${query}` });
    } else if (x < 80) out.push({ kind: "home", path: "/" });
    else if (x < 90) out.push({ kind: "procedure JSON", path: `/api/v1/procedures/${pick(codes)}` });
    else if (x < 95) {
      const catalog = pick(["", "?page=2", "?level=commune", "?online=full", "?audience=business", "?sort=time", "?field=HT"]);
      out.push({ kind: "catalog page", path: `/procedures${catalog}` });
    } else out.push({ kind: "tracking page", path: "/track" });
  }
  return out;
}

/** Waits until nothing answers at `base` any more (a stopped server has let go of its port). */
async function closed(base: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/api/health/live`, { signal: AbortSignal.timeout(1000) });
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(8);

runScript(async () => {
  const server = await findServer(console.log);
  const keep = process.env.BENCH_KEEP === "1";
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  let stop = () => {};
  try {
    console.log(`Benchmark database ${DB_NAME}: migrating and seeding the demo data …`);
    await migrate(url);
    await seedDatabase(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const have = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Procedure" WHERE code LIKE '9.%'`)).rows[0]!.n);
    await client.end();
    if (PROCEDURES > 0 && have === 0) {
      console.log(`Adding ${PROCEDURES.toLocaleString("en")} synthetic procedures …`);
      await addSyntheticCatalog(url, PROCEDURES);
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
      await reindexCatalog(prisma);
      await prisma.$disconnect();
    }
    const names = await catalogNames(url);
    const codesClient = new pg.Client({ connectionString: url });
    await codesClient.connect();
    const codes = (await codesClient.query<{ code: string }>(`SELECT code FROM "ProcedureSearch" ORDER BY code`)).rows.map((r) => r.code);
    await codesClient.end();

    const seed = Date.now() % 100_000;
    const rand = prng(seed);
    const rounds: Array<{ label: string; instances: number }> = [{ label: "one instance (next start, direct)", instances: 1 }];
    if (INSTANCES > 1) rounds.push({ label: `${INSTANCES} instances (next start × ${INSTANCES} behind nginx)`, instances: INSTANCES });
    // Fresh searches: never the same twice in a run, nor in a warm-up, nor in another round.
    const perRound = Math.ceil(REQUESTS * 0.3) + 200;
    const queries = freshQueries(names, perRound * rounds.length, { seed });
    const results: Array<{ label: string; instances: number; mixed: Figures; health: Figures; ratio: number }> = [];

    for (const [n, round] of rounds.entries()) {
      const own = queries.slice(n * perRound, (n + 1) * perRound);
      const portal = round.instances === 1 ? await serveProduction(url, PORT) : await serveBehindNginx(url, PORT, round.instances);
      stop = portal.stop;
      const warm = mix(300 * round.instances, codes, own.slice(-200), prng(seed + 1 + n));
      await run(portal.base, warm, CONCURRENCY);
      await run(portal.base, Array.from({ length: 300 }, () => ({ kind: "health", path: "/api/health" })), CONCURRENCY);

      console.log(`\n${round.label}: ${REQUESTS} requests of the public mix, then ${REQUESTS} to /api/health, ${CONCURRENCY} in flight; ${codes.length} procedures. Load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}.`);
      const mixed = await run(portal.base, mix(REQUESTS, codes, own.slice(0, -200), rand), CONCURRENCY);
      const health = await run(portal.base, Array.from({ length: REQUESTS }, () => ({ kind: "health", path: "/api/health" })), CONCURRENCY);
      portal.stop();
      stop = () => {};
      await closed(portal.base);

      console.log(`\n${"".padEnd(22)}${"requests".padStart(9)}${"p50".padStart(8)}${"p97.5".padStart(8)}  errors`);
      for (const [kind, f] of Object.entries(mixed.byKind).sort()) {
        console.log(`${kind.padEnd(22)}${String(f.requests).padStart(9)}${ms(f.p50)}${ms(f.p975)}  ${f.errors}`);
      }
      const ratio = mixed.rps / health.rps;
      console.log(`\nmix          ${mixed.rps.toFixed(0).padStart(5)} req/s  p50 ${ms(mixed.p50)}  p97.5 ${ms(mixed.p975)}  errors ${mixed.errors}  (load generator: ${mixed.clientCpuMs.toFixed(2)} ms CPU per request)`);
      console.log(`/api/health  ${health.rps.toFixed(0).padStart(5)} req/s  p50 ${ms(health.p50)}  p97.5 ${ms(health.p975)}  errors ${health.errors}  (load generator: ${health.clientCpuMs.toFixed(2)} ms CPU per request)`);
      console.log(
        `mix = ${(ratio * 100).toFixed(0)}% of /api/health's rate (goal ≥ 80%); goal ≥ 235 req/s with p97.5 < 300 ms and no errors: ` +
          (mixed.rps >= 235 && mixed.p975 < 300 && mixed.errors === 0 ? "met" : "not met"),
      );
      results.push({ label: round.label, instances: round.instances, mixed, health, ratio });
    }
    console.log(
      "\nThe load generator (node:http, keep-alive) runs in this process on the same cores as the server(s)" +
        (INSTANCES > 1 ? ", nginx and PostgreSQL; each instance fills its own page cache." : " and PostgreSQL."),
    );
    await mkdir("bench-results", { recursive: true });
    await writeFile(
      path.join("bench-results", "mixed.json"),
      JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), procedures: codes.length, concurrency: CONCURRENCY, rounds: results }, null, 2),
    );
  } finally {
    stop();
    if (!keep) await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
    await server.stop();
  }
});
