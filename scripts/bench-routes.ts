/**
 * npm run bench:routes — where the CPU of bench:mixed goes: each kind of request of the mix alone,
 * against a production build, with its rate, p50 and the CPU time per request of the server process
 * (the `next start` child listening on BENCH_PORT, from /proc), of PostgreSQL (the backends of the
 * benchmark database) and of this load generator (fetch). Also the floors: /api/health/live (a route
 * handler that does nothing), /robots.txt (answered from the page cache by the proxy), a 404 page
 * (the layout rendered per request) and a search already in the result cache.
 *
 * Needs the database bench:mixed leaves with BENCH_KEEP=1 (BENCH_DATABASE, default
 * motcua_bench_mixed). PROBE_N requests per kind (1000) at PROBE_C in flight (16); PROBE_ONLY=a,b
 * measures some kinds only, in that order. Linux only (ss, /proc).
 */
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { loadavg } from "node:os";
import pg from "pg";
import { serveProduction } from "./lib/bench";
import { catalogNames } from "./lib/bench-catalog";
import { freshQueries } from "./lib/bench-queries";
import { findServer, withDatabase, runScript } from "./lib/postgres";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const N = Number(process.env.PROBE_N ?? 1000);
const C = Number(process.env.PROBE_C ?? 16);
const ONLY = process.env.PROBE_ONLY?.split(",");

function cpuOfPort(port: number): { pid: number; ticks: number } {
  const out = execSync(`ss -ltnp 'sport = :${port}'`).toString();
  const pid = Number(/pid=(\d+)/.exec(out)![1]);
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { pid, ticks: Number(f[11]) + Number(f[12]) };
}

/** CPU ticks of each backend of the benchmark database (its connections live as long as the pool). */
function pgTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of execSync(`pgrep -f "postgres: .*${process.env.BENCH_DATABASE ?? "motcua_bench_mixed"} " || true`).toString().split("\n").filter(Boolean)) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      // ended meanwhile
    }
  }
  return ticks;
}

/** Ticks used between two snapshots by the backends alive at the second (a new one from zero). */
function pgUsed(before: Map<string, number>, after: Map<string, number>): number {
  let used = 0;
  for (const [pid, t] of after) used += t - (before.get(pid) ?? 0);
  return used;
}

async function run(base: string, paths: string[], c: number) {
  let next = 0, errors = 0;
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: c }, async () => {
    for (;;) {
      const i = next++;
      if (i >= paths.length) return;
      const t = performance.now();
      const res = await fetch(base + paths[i]!, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200 && !paths[i]!.endsWith("/nope")) errors++;
      lat.push(performance.now() - t);
    }
  }));
  const s = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { rps: paths.length / s, p50: lat[Math.floor(lat.length / 2)]!, errors, seconds: s };
}

runScript(async () => {
  const server = await findServer(() => {});
  const url = withDatabase(server.adminUrl, process.env.BENCH_DATABASE ?? "motcua_bench_mixed");
  const names = await catalogNames(url);
  const cl = new pg.Client({ connectionString: url });
  await cl.connect();
  const codes = (await cl.query<{ code: string }>(`SELECT code FROM "ProcedureSearch" ORDER BY code`)).rows.map((r) => r.code);
  await cl.end();
  const portal = await serveProduction(url, PORT);
  try {
    const q = freshQueries(names, N * 3 + 400, { seed: Date.now() % 100000 });
    let qi = 0;
    console.log(`${N} requests per kind, ${C} in flight, after 150 to warm up; ${codes.length} procedures; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}.`);
    const kinds: Record<string, () => string> = {
      live: () => "/api/health/live",
      health: () => "/api/health",
      robots: () => "/robots.txt",
      "procedure page": () => `/procedures/${codes[qi++ % codes.length]}`,
      home: () => "/",
      "catalog page": () => "/procedures?page=2",
      "procedure JSON": () => `/api/v1/procedures/${codes[qi++ % codes.length]}`,
      "search API": () => `/api/v1/procedures?${new URLSearchParams({ q: q[qi++]! })}`,
      "search page": () => `/procedures?${new URLSearchParams({ q: q[qi++]! })}`,
      track: () => "/track",
      "search page (query cached)": () => "/procedures?q=khai+sinh",
      "search API (query cached)": () => "/api/v1/procedures?q=khai+sinh",
      "404 page": () => "/procedures/nope",
    };
    for (const kind of ONLY ?? Object.keys(kinds)) {
      const gen = kinds[kind];
      if (!gen) throw new Error(`Unknown kind: ${kind}`);
      await run(portal.base, Array.from({ length: 150 }, gen), C);
      const pg0 = pgTicks();
      const before = cpuOfPort(PORT);
      const cu0 = process.cpuUsage();
      const r = await run(portal.base, Array.from({ length: N }, gen), C);
      const after = cpuOfPort(PORT);
      const cu = process.cpuUsage(cu0);
      const pgMs = (pgUsed(pg0, pgTicks()) * 10) / N;
      const serverMs = ((after.ticks - before.ticks) * 10) / N;
      const clientMs = (cu.user + cu.system) / 1000 / N;
      console.log(`${kind.padEnd(26)} ${r.rps.toFixed(0).padStart(5)} req/s p50 ${r.p50.toFixed(1).padStart(6)} ms  server ${serverMs.toFixed(2)} ms/req  client ${clientMs.toFixed(2)} ms/req  postgres ${pgMs.toFixed(2)} ms/req  errors ${r.errors}`);
    }
  } finally {
    portal.stop();
    await server.stop();
  }
});
