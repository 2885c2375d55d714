/** Shared pieces of the benchmarks: percentiles, an HTTP load loop, a production server. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { appEnv, waitForHttp } from "./app-env";
import { ensureBuild } from "./build";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
}

/** Sends `total` GET requests over `paths`, `concurrency` at a time; all on loopback. */
export async function load(base: string, paths: string[], total: number, concurrency: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const t = performance.now();
      const res = await fetch(base + paths[i % paths.length]!);
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (res.status !== 200) errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const mean = latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length);
  return { requests: total, errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), mean, rps: total / seconds };
}

/** Builds the portal if needed and serves it with `next start` on `port` against `databaseUrl`. */
export async function serveProduction(databaseUrl: string, port: number): Promise<{ base: string; stop: () => void }> {
  const env = { ...(await appEnv(databaseUrl, port)), NODE_ENV: "production" as const };
  ensureBuild(env);
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitForHttp(`${base}/api/health`, 120_000))) {
    child.kill("SIGTERM");
    throw new Error(`The portal did not start on port ${port}.`);
  }
  return { base, stop: () => child.kill("SIGTERM") };
}
