/** Shared pieces of the benchmarks: percentiles, an HTTP load loop, a production server. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appEnv, waitForHttp } from "./app-env";
import { ensureBuild } from "./build";
import { nginxConfig, nginxPath } from "./nginx";
import { freePort } from "./postgres";

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

/**
 * `instances` production servers (`next start`, each on its own free port, each with its own page
 * cache) behind nginx on `port`, as in the cluster (scripts/lib/cluster.ts): what a deployment with
 * several instances on one machine serves.
 */
export async function serveBehindNginx(databaseUrl: string, port: number, instances: number): Promise<{ base: string; stop: () => void }> {
  if (!existsSync(nginxPath())) throw new Error(`nginx is not installed (${nginxPath()}): apt-get install nginx, or set NGINX_PATH.`);
  const base = `http://127.0.0.1:${port}`;
  const env = { ...(await appEnv(databaseUrl, port)), NODE_ENV: "production" as const, APP_URL: base, NEXTAUTH_URL: base, TRUSTED_PROXIES: "1" };
  ensureBuild(env);
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const dir = mkdtempSync(path.join(tmpdir(), "motcua-bench-"));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "nginx-tmp"), { recursive: true, mode: 0o777 });
  chmodSync(path.join(dir, "nginx-tmp"), 0o777);
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const c of children) {
      try {
        process.kill(-c.pid!, "SIGTERM");
      } catch {
        c.kill("SIGTERM");
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < instances; i++) ports.push(await freePort());
    for (const p of ports) {
      // Its own process group: `next start` runs the server in a child process.
      children.push(spawn(process.execPath, [next, "start", "-p", String(p), "-H", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, PORT: String(p) }, detached: true }));
    }
    for (const p of ports) {
      if (!(await waitForHttp(`http://127.0.0.1:${p}/api/health/live`, 120_000))) throw new Error(`An instance did not start on port ${p}.`);
    }
    const conf = path.join(dir, "nginx.conf");
    writeFileSync(conf, nginxConfig(dir, port, ports));
    const args = ["-p", dir, "-c", conf, "-e", path.join(dir, "nginx-error.log")];
    const test = spawnSync(nginxPath(), ["-t", ...args], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx refused its configuration: ${test.stderr}`);
    children.push(spawn(nginxPath(), [...args, "-g", "daemon off;"], { stdio: "ignore", detached: true }));
    if (!(await waitForHttp(`${base}/api/health`, 30_000))) {
      throw new Error(`nginx did not answer on ${base}: ${existsSync(path.join(dir, "nginx-error.log")) ? readFileSync(path.join(dir, "nginx-error.log"), "utf8") : ""}`);
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
