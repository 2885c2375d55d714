/**
 * A cluster of the portal on this machine: two app instances (`next start`, the production build)
 * and two workers (`scripts/worker.ts`) behind nginx (Debian's package), files on an
 * S3-compatible server (s3rver) and emails to an SMTP server, all on loopback and all against one
 * PostgreSQL database. Used by `npm run cluster` (to try it by hand) and by the cluster test
 * (scripts/test-cluster.ts), which kills instances while it files dossiers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { SMTPServer } from "smtp-server";
import { appEnv, waitForHttp } from "./app-env";
import { nginxConfig, nginxPath } from "./nginx";
import { freePort } from "./postgres";

export interface ReceivedEmail {
  messageId: string | null;
  to: string[];
}

export interface ClusterProcess {
  readonly name: string;
  readonly port?: number;
  /** Ends the process at once (SIGKILL): nothing is finished or given back. */
  kill(): void;
  /** Starts it again (on the same port) and, for an app, waits until it answers. */
  restart(): Promise<void>;
}

export interface Cluster {
  /** The address of nginx, in front of both apps. */
  base: string;
  apps: ClusterProcess[];
  workers: ClusterProcess[];
  env: NodeJS.ProcessEnv;
  emails: ReceivedEmail[];
  /** Where the processes write their logs. */
  dir: string;
  stop(): Promise<void>;
}

/** SIGKILL to a process started with `detached: true` and everything it started. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

function startSmtp(received: ReceivedEmail[]): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const head = Buffer.concat(chunks).toString("utf8").split(/\r?\n\r?\n/)[0] ?? "";
        const id = /^Message-ID:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
        received.push({ messageId: id, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.server.address() as AddressInfo).port })));
}

/**
 * Starts the cluster against an existing, migrated database. `port` is nginx's (a free one when
 * absent). The production build must exist (scripts/lib/build.ts ensureBuild).
 */
export async function startCluster(o: { databaseUrl: string; port?: number; log?: (line: string) => void }): Promise<Cluster> {
  const log = o.log ?? (() => {});
  if (!existsSync(nginxPath())) throw new Error(`nginx is not installed (${nginxPath()}): apt-get install nginx, or set NGINX_PATH.`);
  const dir = mkdtempSync(path.join(tmpdir(), "motcua-cluster-"));
  // nginx's worker processes run as an unprivileged user when started by root.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "nginx-tmp"), { recursive: true, mode: 0o777 });
  chmodSync(path.join(dir, "nginx-tmp"), 0o777);
  const port = o.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const appPorts = [await freePort(), await freePort()];

  const s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(dir, "s3"), configureBuckets: [{ name: "motcua" }] });
  const s3Port = (await s3.run()).port;
  const emails: ReceivedEmail[] = [];
  const smtp = await startSmtp(emails);

  const env: NodeJS.ProcessEnv = {
    ...(await appEnv(o.databaseUrl, port)),
    NODE_ENV: "production",
    APP_URL: base,
    NEXTAUTH_URL: base,
    TRUSTED_PROXIES: "1",
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_BUCKET: "motcua",
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: "Một Cửa <no-reply@motcua.test>",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  const running = new Set<ChildProcess>();

  function managed(name: string, args: string[], extra: Record<string, string>, ready?: string): ClusterProcess & { start(): Promise<void> } {
    let child: ChildProcess | undefined;
    const logFile = path.join(dir, `${name}.log`);
    const start = async () => {
      const out = openSync(logFile, "a");
      // Its own process group: `next start` and tsx each run the real server in a child process,
      // and a kill must take the whole tree, as when a machine dies.
      child = spawn(process.execPath, args, { env: { ...env, ...extra }, stdio: ["ignore", out, out], detached: true });
      running.add(child);
      const c = child;
      c.once("exit", () => running.delete(c));
      if (ready && !(await waitForHttp(ready, 120_000))) throw new Error(`${name} did not start; see ${logFile}`);
    };
    return {
      name,
      port: extra.PORT ? Number(extra.PORT) : undefined,
      start,
      kill() {
        if (child) killGroup(child);
      },
      async restart() {
        if (child && child.exitCode === null && child.signalCode === null) {
          const c = child;
          await new Promise<void>((resolve) => {
            c.once("exit", () => resolve());
            killGroup(c);
          });
        }
        await start();
      },
    };
  }

  const apps = appPorts.map((p, i) =>
    managed(`app-${i + 1}`, [nextBin, "start", "-p", String(p), "-H", "127.0.0.1"], { PORT: String(p), MOTCUA_SERVICE: `app-${i + 1}` }, `http://127.0.0.1:${p}/api/health/live`),
  );
  const workers = [1, 2].map((i) => managed(`worker-${i}`, [tsx, "scripts/worker.ts"], { MOTCUA_SERVICE: `worker-${i}` }));
  let nginx: ChildProcess | undefined;

  const stop = async () => {
    for (const c of running) killGroup(c);
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await s3.close().catch(() => {});
    if (!process.env.CLUSTER_KEEP_LOGS) rmSync(dir, { recursive: true, force: true });
  };

  try {
    log(`Starting two app instances (ports ${appPorts.join(", ")}) and two workers …`);
    await Promise.all([...apps.map((a) => a.start()), ...workers.map((w) => w.start())]);
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port, appPorts));
    const test = spawnSync(nginxPath(), ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx refused its configuration: ${test.stderr}`);
    // Its own process group too, so that stopping it takes its worker processes as well.
    nginx = spawn(nginxPath(), ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log"), "-g", "daemon off;"], { stdio: "ignore", detached: true });
    running.add(nginx);
    if (!(await waitForHttp(`${base}/api/health/live`, 30_000))) {
      throw new Error(`nginx did not answer on ${base}: ${existsSync(path.join(dir, "nginx-error.log")) ? readFileSync(path.join(dir, "nginx-error.log"), "utf8") : ""}`);
    }
    log(`The cluster answers on ${base} (nginx → 2 apps; 2 workers; files on S3 at 127.0.0.1:${s3Port}; SMTP at 127.0.0.1:${smtp.port}).`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, apps, workers, env, emails, dir, stop };
}
