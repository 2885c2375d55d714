/**
 * npx tsx scripts/bench-pages-ab.ts <distDirA> <distDirB> — two production builds of the portal compared on
 * the public pages, with Lighthouse's mobile profile, on a machine too noisy for one run after the other.
 *
 * Build each variant first into its own folder (`NEXT_DIST_DIR=.next-a npx next build`, change the code,
 * `NEXT_DIST_DIR=.next-b npx next build`). Both are served at once (BENCH_PORT and BENCH_PORT + 1) from one
 * seeded database (BENCH_DATABASE, default motcua_bench_pages_ab) and Lighthouse runs on each page
 * alternately on A and B, BENCH_RUNS (3) times each: both see the same moments of the machine's load.
 * Prints per page and variant the median (by score) of performance, LCP, TBT, CLS, the median TBT on its
 * own, every run's TBT, and the load average. BENCH_PAGES and BENCH_LHR_DIR as in bench:pages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { migrate } from "../lib/server/migrations";
import { appEnv, waitForHttp } from "./lib/app-env";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { launchChrome, lighthouseRun, publicPages } from "./lib/lighthouse-run";
import { seedDatabase } from "./lib/seed-db";

const [DIR_A, DIR_B] = process.argv.slice(2);
const PORT = Number(process.env.BENCH_PORT ?? 3203);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const DB_NAME = process.env.BENCH_DATABASE ?? "motcua_bench_pages_ab";

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  load: number;
}

async function serve(url: string, distDir: string, port: number): Promise<{ base: string; child: ChildProcess }> {
  const env = { ...(await appEnv(url, port)), NODE_ENV: "production" as const, NEXT_DIST_DIR: distDir };
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [next, "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitForHttp(`${base}/api/health`, 120_000))) {
    child.kill("SIGTERM");
    throw new Error(`${distDir} did not start on port ${port}.`);
  }
  return { base, child };
}

async function audit(chromePort: number, url: string, name: string): Promise<Run> {
  return { ...(await lighthouseRun(chromePort, url, name)), load: os.loadavg()[0]! };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

runScript(async () => {
  if (!DIR_A || !DIR_B) throw new Error("Usage: tsx scripts/bench-pages-ab.ts <distDirA> <distDirB>");
  const server = await findServer(console.log);
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  const children: ChildProcess[] = [];
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await migrate(url);
    await seedDatabase(url);
    const pages = await publicPages(url);
    const a = await serve(url, DIR_A, PORT);
    children.push(a.child);
    const b = await serve(url, DIR_B, PORT + 1);
    children.push(b.child);
    chrome = await launchChrome();
    const variants = [
      { name: "A", dir: DIR_A, base: a.base },
      { name: "B", dir: DIR_B, base: b.base },
    ];
    console.log(`A = ${DIR_A}, B = ${DIR_B}; ${RUNS} runs each, alternating.`);
    for (const p of pages) {
      for (const v of variants) await fetch(v.base + p.path).then((r) => r.arrayBuffer());
      const runs: Record<string, Run[]> = { A: [], B: [] };
      for (let i = 0; i < RUNS; i++) {
        // Alternate which variant goes first, so that neither always follows the other.
        const order = i % 2 === 0 ? variants : [...variants].reverse();
        for (const v of order) runs[v.name]!.push(await audit(chrome.port, v.base + p.path, `${p.label.split(" ")[0]}-${v.name}-${i + 1}`));
      }
      for (const v of variants) {
        const rs = runs[v.name]!;
        const m = [...rs].sort((x, y) => x.score - y.score)[Math.floor(rs.length / 2)]!;
        console.log(
          `  ${p.label.padEnd(20)} ${v.name}  perf ${String(m.score).padStart(3)}  LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${m.tbt.toFixed(0).padStart(5)} ms  CLS ${m.cls.toFixed(3)}  | median TBT ${median(rs.map((r) => r.tbt)).toFixed(0).padStart(5)} ms, median LCP ${(median(rs.map((r) => r.lcp)) / 1000).toFixed(2)} s  runs TBT ${rs.map((r) => r.tbt.toFixed(0)).join("/")}  load ${rs.map((r) => r.load.toFixed(1)).join("/")}`,
        );
      }
    }
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await chrome?.kill();
    if (process.env.BENCH_KEEP !== "1") await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
    await server.stop();
  }
});
