/**
 * A real streaming replica: the test makes its own primary (initdb) and a hot standby of it
 * (pg_basebackup -R) on loopback with this machine's PostgreSQL binaries, points the application at
 * both (DATABASE_URL, DATABASE_REPLICA_URL), and shows that catalog reads come from the standby —
 * stale while its replay is paused, fresh again once it resumes — while writes and the rest read the
 * primary. Skipped, saying why, where the PostgreSQL server binaries are not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { db, readDb, resetClients } from "@/lib/db";
import { getProcedure } from "@/lib/server/catalog/procedure";
import { migrate } from "@/lib/server/migrations";
import { freePort } from "../../scripts/lib/postgres";
import { seedDatabase } from "../../scripts/lib/seed-db";

function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "pg_basebackup")) && existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

const bin = binDir();
const asRoot = process.getuid?.() === 0;
const pgUser = (() => {
  if (!asRoot) return null;
  const r = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  return r.status === 0 ? { uid: Number(r.stdout.trim()), gid: Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()) } : null;
})();
const runnable = bin !== null && (!asRoot || pgUser !== null);

/** Runs a PostgreSQL program (as the postgres user when this process is root: the server refuses root). */
function run(program: string, args: string[]): void {
  const file = path.join(bin!, program);
  // The server that pg_ctl starts would hold a pipe open for ever: pg_ctl gets no pipes.
  const stdio = program === "pg_ctl" ? "ignore" : "pipe";
  if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio });
  else execFileSync(file, args, { stdio });
}

let dir = "";
let primaryPort = 0;
let replicaPort = 0;
const started: string[] = [];
const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/motcua`;

async function onReplica<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url(replicaPort) });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const saved = { primary: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };

describe.skipIf(!runnable)(`a real streaming replica${runnable ? "" : " (skipped: no PostgreSQL server binaries under /usr/lib/postgresql, or no postgres user to run them as)"}`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "motcua-replica-"));
    if (pgUser) chownSync(dir, pgUser.uid, pgUser.gid);
    const primary = path.join(dir, "primary");
    const replica = path.join(dir, "replica");
    primaryPort = await freePort();
    replicaPort = await freePort();
    run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
    appendFileSync(
      path.join(primary, "postgresql.conf"),
      `\nport = ${primaryPort}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\n`,
    );
    appendFileSync(path.join(primary, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    run("pg_ctl", ["-D", primary, "-l", path.join(dir, "primary.log"), "-w", "start"]);
    started.push(primary);
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE motcua TEMPLATE template0 ENCODING 'UTF8'`);
    await admin.end();
    await migrate(url(primaryPort));
    await seedDatabase(url(primaryPort));
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", replica, "-R", "-X", "stream", "-c", "fast"]);
    if (pgUser) chownSync(replica, pgUser.uid, pgUser.gid);
    appendFileSync(path.join(replica, "postgresql.auto.conf"), `\nport = ${replicaPort}\n`);
    run("pg_ctl", ["-D", replica, "-l", path.join(dir, "replica.log"), "-w", "start"]);
    started.push(replica);

    process.env.DATABASE_URL = url(primaryPort);
    process.env.DATABASE_REPLICA_URL = url(replicaPort);
    resetConfig();
    await resetClients();
  }, 180_000);

  afterAll(async () => {
    await resetClients();
    process.env.DATABASE_URL = saved.primary;
    if (saved.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
    else process.env.DATABASE_REPLICA_URL = saved.replica;
    resetConfig();
    for (const d of started.reverse()) {
      try {
        run("pg_ctl", ["-D", d, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("is a standby that replays the primary", async () => {
    const [standby] = await onReplica<{ recovering: boolean }>("SELECT pg_is_in_recovery() AS recovering");
    expect(standby!.recovering).toBe(true);
    const [inRecovery] = await readDb().$queryRaw<Array<{ recovering: boolean }>>`SELECT pg_is_in_recovery() AS recovering`;
    expect(inRecovery!.recovering).toBe(true);
    const [primary] = await db().$queryRaw<Array<{ recovering: boolean }>>`SELECT pg_is_in_recovery() AS recovering`;
    expect(primary!.recovering).toBe(false);
  });

  it("a procedure page reads the standby: a change stays unseen while its replay is paused, and appears once it resumes", async () => {
    const code = "1.001193";
    const before = await getProcedure(code);
    const renamed = `${before.field.name} (đã đổi tên)`;
    await onReplica("SELECT pg_wal_replay_pause()");
    try {
      const { fieldId } = await db().procedure.findUniqueOrThrow({ where: { code }, select: { fieldId: true } });
      await db().field.update({ where: { id: fieldId }, data: { name: renamed } });
      // The primary has it at once; the catalog read (the standby, paused) still shows the old name.
      expect((await db().field.findUniqueOrThrow({ where: { id: fieldId } })).name).toBe(renamed);
      expect((await getProcedure(code)).field.name).toBe(before.field.name);
    } finally {
      await onReplica("SELECT pg_wal_replay_resume()");
    }
    const until = Date.now() + 15_000;
    let name = before.field.name;
    while (Date.now() < until && name !== renamed) {
      name = (await getProcedure(code)).field.name;
      if (name !== renamed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(name).toBe(renamed);
  });
});
