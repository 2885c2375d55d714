/**
 * npm run bench:pages — how the public pages load on a cheap phone on a slow line.
 *
 * 1. A benchmark database (BENCH_DATABASE, default motcua_bench_pages) is migrated and seeded with the demo data.
 * 2. The portal's production build is served (built first when stale) and Lighthouse (its mobile profile:
 *    simulated slow 4G, 4× slower CPU) runs in Debian's Chromium on the public pages listed below.
 * 3. The floor: a bare page of the same Next.js version, generated in .next-floor-app/ (removed after), built and served
 *    the same way, measured the same way.
 *
 * Per page: performance score, LCP, TBT, CLS, first-load JavaScript (every script the HTML loads,
 * gzipped) and the HTML's size. It prints figures; it asserts nothing. Figures depend on how busy the
 * machine is: run it on a quiet one to compare with the goals (docs/performance.md).
 *
 * Settings: BENCH_PORT (3203) for the portal, BENCH_FLOOR_PORT (the same) for the bare page, CHROME_PATH
 * (/usr/bin/chromium), BENCH_RUNS (1) Lighthouse runs per page (the median score is kept), BENCH_KEEP=1
 * keeps the database. While working on one page: BENCH_PAGES (labels' first words, comma-separated, e.g.
 * `home,sign-in`) measures only those, BENCH_FLOOR=0 skips the bare page, BENCH_LHR_DIR writes each run's
 * Lighthouse report (JSON: LCP breakdown, request chains, render-blocking resources) into that folder.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import { migrate } from "../lib/server/migrations";
import { waitForHttp } from "./lib/app-env";
import { serveProduction } from "./lib/bench";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { CHROME, launchChrome, lighthouseRun, publicPages } from "./lib/lighthouse-run";
import { seedDatabase } from "./lib/seed-db";

const PORT = Number(process.env.BENCH_PORT ?? 3203);
// The portal is stopped before the bare page starts, so both may use the same port.
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? PORT);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const WITH_FLOOR = process.env.BENCH_FLOOR !== "0";
const DB_NAME = process.env.BENCH_DATABASE ?? "motcua_bench_pages";

export interface PageFigures {
  label: string;
  path: string;
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsGzip: number;
  htmlBytes: number;
  htmlGzip: number;
}

/** Every script the page's HTML loads (src of <script>), fetched and gzipped, and the HTML itself. */
async function weigh(base: string, pagePath: string): Promise<{ jsGzip: number; htmlBytes: number; htmlGzip: number }> {
  const res = await fetch(base + pagePath);
  const html = await res.text();
  const srcs = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
  let jsGzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base + pagePath))).arrayBuffer());
    jsGzip += gzipSync(body, { level: 9 }).length;
  }
  const bytes = Buffer.from(html);
  return { jsGzip, htmlBytes: bytes.length, htmlGzip: gzipSync(bytes, { level: 9 }).length };
}

const audit = lighthouseRun;

async function measure(chromePort: number, base: string, pages: Array<{ label: string; path: string }>): Promise<PageFigures[]> {
  const out: PageFigures[] = [];
  for (const p of pages) {
    // Warm the server (first render compiles nothing in production, but fills caches).
    await fetch(base + p.path).then((r) => r.arrayBuffer());
    const runs = [];
    const slug = p.label.split(" ")[0]!.replace(/[^a-z-]/g, "");
    for (let i = 0; i < RUNS; i++) runs.push(await audit(chromePort, base + p.path, `${slug}-${i + 1}`));
    runs.sort((a, b) => a.score - b.score);
    const median = runs[Math.floor(runs.length / 2)]!;
    out.push({ label: p.label, path: p.path, ...median, ...(await weigh(base, p.path)) });
    console.log(`  measured ${p.label}`);
  }
  return out;
}

/** A bare page of the same Next.js version: the framework's floor. */
async function serveFloor(port: number): Promise<{ base: string; stop: () => void; dir: string }> {
  // Inside the project (git-ignored), so that the bundler finds the project's node_modules and lockfile.
  const dir = path.join(process.cwd(), ".next-floor-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "floor", private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    `export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="vi"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "page.tsx"),
    `export default function Page() {\n  return (<main><h1>Một Cửa</h1><p>Trang trống: sàn của khung ứng dụng.</p></main>);\n}\n`,
  );
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { jsx: "preserve", strict: true, module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["dom", "es2022"], skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, resolveJsonModule: true, allowJs: true, incremental: false, plugins: [{ name: "next" }] }, include: ["**/*.tsx", "**/*.ts"], exclude: ["node_modules"] }),
  );
  // The bundler's root is the project (its lockfile), where it also finds proxy.ts and instrumentation.ts:
  // the bare page brings its own, empty ones, so that the floor is only the framework.
  writeFileSync(path.join(dir, "instrumentation.ts"), `export function register(): void {}\n`);
  writeFileSync(
    path.join(dir, "proxy.ts"),
    `import { NextResponse } from "next/server";\nexport function proxy() {\n  return NextResponse.next();\n}\nexport const config = { matcher: "/__none" };\n`,
  );
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true } };\n`);
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  console.log("Building the bare page (next build) …");
  const built = spawnSync(process.execPath, [next, "build"], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("The bare page did not build.");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port)], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitForHttp(base + "/", 60_000))) {
    child.kill("SIGTERM");
    throw new Error(`The bare page did not start on port ${port}.`);
  }
  return { base, dir, stop: () => child.kill("SIGTERM") };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function print(rows: PageFigures[], floor: PageFigures | undefined) {
  const head = `  ${"page".padEnd(22)} ${"perf".padStart(4)} ${"LCP".padStart(8)} ${"TBT".padStart(8)} ${"CLS".padStart(6)} ${"JS (gz)".padStart(9)} ${"over floor".padStart(10)} ${"HTML".padStart(9)} ${"HTML (gz)".padStart(9)}`;
  console.log(head);
  for (const r of floor ? [...rows, floor] : rows) {
    const over = r === floor || !floor ? "" : `+${kb(r.jsGzip - floor.jsGzip)}`;
    console.log(
      `  ${r.label.padEnd(22)} ${String(r.score).padStart(4)} ${`${(r.lcp / 1000).toFixed(2)} s`.padStart(8)} ${`${r.tbt.toFixed(0)} ms`.padStart(8)} ${r.cls.toFixed(3).padStart(6)} ${kb(r.jsGzip).padStart(9)} ${over.padStart(10)} ${kb(r.htmlBytes).padStart(9)} ${kb(r.htmlGzip).padStart(9)}`,
    );
  }
}

runScript(async () => {
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}; set CHROME_PATH.`);
  const server = await findServer(console.log);
  const host = new URL(server.adminUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error("The benchmark only runs against a PostgreSQL server on this machine.");
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  let stopPortal = () => {};
  let floorServer: { stop: () => void; dir: string } | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await migrate(url);
    await seedDatabase(url);
    process.env.DATABASE_URL = url;
    const pages = await publicPages(url);

    const portal = await serveProduction(url, PORT);
    stopPortal = portal.stop;
    chrome = await launchChrome();
    console.log(`\nLighthouse ${RUNS > 1 ? `(median of ${RUNS} runs) ` : ""}mobile profile against the production build:`);
    const rows = await measure(chrome.port, portal.base, pages);
    stopPortal();
    stopPortal = () => {};

    let floorRow: PageFigures | undefined;
    if (WITH_FLOOR) {
      const floor = await serveFloor(FLOOR_PORT);
      floorServer = floor;
      [floorRow] = await measure(chrome.port, floor.base, [{ label: "floor (bare Next.js)", path: "/" }]);
    }
    console.log(`\nMeasured on ${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}):`);
    print(rows, floorRow);
  } finally {
    stopPortal();
    if (floorServer) {
      floorServer.stop();
      rmSync(floorServer.dir, { recursive: true, force: true });
    }
    await chrome?.kill();
    if (process.env.BENCH_KEEP !== "1") await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
    await server.stop();
  }
});
