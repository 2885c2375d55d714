import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile, appendFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "@/lib/server/migrations";
import { dropDatabase, ensureDatabase } from "@/scripts/lib/postgres";

const admin = () => inject("adminDatabaseUrl");
const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `motcua_mig_${randomBytes(4).toString("hex")}`;
  created.push(name);
  return ensureDatabase(admin(), name);
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "motcua-mig-"));
  await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
  return dir;
}

async function recorded(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return res.rows;
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  while (created.length) await dropDatabase(admin(), created.pop()!);
});

describe("the migrator", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const url = await freshDatabase();
    const first = await migrate(url);
    const files = await readMigrations();
    expect(first.applied).toEqual(files.map((f) => f.name));
    const rows = await recorded(url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect((await migrate(url)).applied).toEqual([]);
  });

  it("survives two processes starting at once: each migration is applied exactly once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const files = await readMigrations();
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name).sort());
    expect((await recorded(url)).length).toBe(files.length);
  });

  it("refuses to go on when an applied migration's file has changed", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    try {
      await migrate(url, { dir });
      const [first] = await readMigrations(dir);
      await appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited afterwards\n");
      await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(url, { dir })).rejects.toThrow(/already applied, but its file has changed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rolls back a failing migration entirely and says which one failed", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    try {
      await migrate(url, { dir });
      const name = "29991231000000_broken";
      await cp(path.join(dir, (await readMigrations(dir))[0]!.name), path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n`);
      await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const half = await client.query(`SELECT to_regclass('"Half"')::text AS t`);
      await client.end();
      expect(half.rows[0].t).toBeNull();
      expect((await recorded(url)).map((r) => r.migration_name)).not.toContain(name);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("answers a malformed or unreachable DATABASE_URL with one sentence and a non-zero exit", () => {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    for (const [value, expected] of [
      ["not a url", /^DATABASE_URL is not a valid PostgreSQL URL/],
      ["postgresql://nobody@127.0.0.1:1/none", /^The PostgreSQL server at 127\.0\.0\.1:1 named by DATABASE_URL does not answer/],
    ] as const) {
      const res = spawnSync(tsx, ["scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: value }, encoding: "utf8" });
      expect(res.status).not.toBe(0);
      const lines = res.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
