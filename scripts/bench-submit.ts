/**
 * npm run bench:submit — online submissions against a production build.
 *
 * 1. A benchmark database (motcua_bench_submit on the server of DATABASE_URL, or the embedded one)
 *    is migrated and seeded; the portal is built if needed (NEXT_DIST_DIR) and served by
 *    `next start`, with its uploads in a temporary folder.
 * 2. BENCH_SUBMISSIONS (200) birth registrations are filed through POST /api/v1/dossiers by
 *    BENCH_CONCURRENCY (16) citizens at once, each with a 1 MB PDF (plus small PDFs for the other
 *    required documents): submissions per second, p50 and p95 latency. Baseline in the same run:
 *    GET /api/health (one database round trip) at the same concurrency.
 * 3. First, on the fresh server (resident memory seldom shrinks once grown): 20 concurrent
 *    submissions with 20 kB files (the memory baseline), then 20 concurrent 10 MB uploads (one submission each, a 9.9 MB PDF); the server's resident memory is sampled every
 *    50 ms (the whole process tree, /proc) and its peak printed, with the target of 300 MB.
 * 4. Codes are checked for uniqueness; the database and the upload folder are removed at the end
 *    (BENCH_KEEP=1 keeps them).
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../lib/server/migrations";
import { appEnv, waitForHttp } from "./lib/app-env";
import { ensureBuild } from "./lib/build";
import { BIRTH_REGISTRATION, birthRegistration, citizensWithSessions, pdf } from "./lib/citizens";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BIG_UPLOADS = Number(process.env.BENCH_BIG_UPLOADS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const DB_NAME = "motcua_bench_submit";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** Resident memory (bytes) of a process and its descendants. */
async function treeRss(pid: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = await readFile(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function sampler(pid: number) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRss(pid));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
    reset() {
      peak = 0;
    },
    get peak() {
      return peak;
    },
  };
}

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

runScript(async () => {
  const server = await findServer(console.log);
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  const storageDir = await mkdtemp(path.join(tmpdir(), "motcua-bench-submit-"));
  let child: ReturnType<typeof spawn> | undefined;
  try {
    await migrate(url);
    await seedDatabase(url);
    const env = { ...(await appEnv(url, PORT)), STORAGE_DIR: storageDir, NODE_ENV: "production" as const };
    ensureBuild(env);
    const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
    child = spawn(process.execPath, [next, "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });
    const base = `http://127.0.0.1:${PORT}`;
    if (!(await waitForHttp(`${base}/api/health`, 180_000))) throw new Error("the portal did not start");
    const mem = sampler(child.pid!);
    const idle = await treeRss(child.pid!);

    // Citizens, each with a session cookie as next-auth writes it.
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const citizens = (await citizensWithSessions(db, env.AUTH_SECRET!, Math.max(CONCURRENCY, BIG_UPLOADS))).map((c) => c.cookie);
    const { components, applicant, answers } = await birthRegistration(db);
    const oneMb = pdf(1024 * 1024);
    const small = pdf(20 * 1024);
    const submit = async (cookie: string, first: Buffer) => {
      const form = new FormData();
      form.set("procedureCode", BIRTH_REGISTRATION);
      form.set("applicant", JSON.stringify(applicant));
      form.set("answers", JSON.stringify(answers));
      components.forEach((c, i) => form.set(`file.${c.id}`, new Blob([new Uint8Array(i === 0 ? first : small)], { type: "application/pdf" }), `doc-${i}.pdf`));
      const t = performance.now();
      const res = await fetch(`${base}/api/v1/dossiers`, { method: "POST", body: form, headers: { cookie, "idempotency-key": randomUUID(), origin: base } });
      const body = (await res.json()) as { code?: string };
      return { ms: performance.now() - t, status: res.status, code: body.code };
    };

    // Warm-up.
    for (let i = 0; i < 3; i++) await submit(citizens[0]!, small);
    await fetch(`${base}/api/health`);

    // Baseline for memory: the same number of concurrent submissions with small files.
    mem.reset();
    const smallResults = await Promise.all(Array.from({ length: BIG_UPLOADS }, (_, i) => submit(citizens[i]!, small)));
    const peakSmall = mem.peak;

    // 20 concurrent 10 MB uploads.
    mem.reset();
    const big = pdf(Math.floor(9.9 * 1024 * 1024));
    const bigStart = performance.now();
    const bigResults = await Promise.all(Array.from({ length: BIG_UPLOADS }, (_, i) => submit(citizens[i]!, big)));
    const bigSeconds = (performance.now() - bigStart) / 1000;
    const peakBig = mem.peak;

    // Baseline: the health endpoint at the same concurrency.
    const baseLat: number[] = [];
    const baseStart = performance.now();
    await pool(Array.from({ length: SUBMISSIONS }, (_, i) => i), CONCURRENCY, async () => {
      const t = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      baseLat.push(performance.now() - t);
    });
    const baseRate = SUBMISSIONS / ((performance.now() - baseStart) / 1000);

    // Submissions with a 1 MB attachment.
    mem.reset();
    const lat: number[] = [];
    const codes: string[] = [];
    let failures = 0;
    const start = performance.now();
    await pool(Array.from({ length: SUBMISSIONS }, (_, i) => i), CONCURRENCY, async (i) => {
      const r = await submit(citizens[i % CONCURRENCY]!, oneMb);
      lat.push(r.ms);
      if (r.status === 201 && r.code) codes.push(r.code);
      else failures++;
    });
    const seconds = (performance.now() - start) / 1000;
    const rate = SUBMISSIONS / seconds;
    const peakSubmit = await mem.stop();
    for (const r of [...bigResults, ...smallResults]) if (r.status === 201 && r.code) codes.push(r.code);

    const dupes = codes.length - new Set(codes).size;
    await db.end();

    console.log("\nbench:submit — online submission (POST /api/v1/dossiers, production build)\n");
    console.log(`  submissions with a 1 MB attachment: ${SUBMISSIONS} at concurrency ${CONCURRENCY}, ${failures} failed`);
    console.log(`    ${rate.toFixed(1)} submissions/s · p50 ${pct(lat, 50).toFixed(0)} ms · p95 ${pct(lat, 95).toFixed(0)} ms · max ${Math.max(...lat).toFixed(0)} ms`);
    console.log(`    baseline GET /api/health: ${baseRate.toFixed(1)} req/s · p95 ${pct(baseLat, 95).toFixed(1)} ms → submission p95 is ${(pct(lat, 95) / pct(baseLat, 95)).toFixed(1)}× the baseline's`);
    console.log(`    server memory: ${mb(idle)} idle, peak ${mb(peakSubmit)}`);
    console.log(`  ${BIG_UPLOADS} concurrent 10 MB uploads: ${bigResults.filter((r) => r.status === 201).length} stored in ${bigSeconds.toFixed(1)} s · p95 ${pct(bigResults.map((r) => r.ms), 95).toFixed(0)} ms`);
    console.log(`    server peak resident memory: ${mb(peakBig)} (target < 300 MB: ${peakBig < 300 * 1024 * 1024 ? "met" : "NOT met"})`);
    console.log(`    baseline, ${BIG_UPLOADS} concurrent submissions with 20 kB files just before: peak ${mb(peakSmall)} → the 10 MB files added ${mb(Math.max(0, peakBig - peakSmall))}`);
    if (process.env.NODE_OPTIONS) console.log(`    (NODE_OPTIONS=${process.env.NODE_OPTIONS})`);
    console.log(`  dossier codes: ${codes.length}, duplicates: ${dupes}`);
    if (dupes > 0 || failures > 0) process.exitCode = 1;
  } finally {
    child?.kill("SIGTERM");
    if (!process.env.BENCH_KEEP) {
      await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
      await rm(storageDir, { recursive: true, force: true });
    }
    await server.stop();
  }
});
