/**
 * Routing of stale-tolerant reads: with DATABASE_REPLICA_URL set, `readDb()` (catalog, search and
 * statistics reads) answers from that server through Prisma's read-replicas extension, while `db()`
 * stays on the primary; without it both are the primary. (A second empty database on the same
 * server stands in for the replica: which database answers shows which URL was used.)
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, readDb, resetReadDb, type PrismaClient } from "@/lib/db";
import { resetConfig } from "@/lib/config";

const primaryUrl = process.env.DATABASE_URL!;
const replicaName = `${new URL(primaryUrl).pathname.slice(1)}_replica`.slice(0, 63);
const replicaUrl = Object.assign(new URL(primaryUrl), { pathname: `/${replicaName}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const current = async (client: PrismaClient) => (await client.$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`)[0]!.name;

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${replicaName}"`);
});
afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  resetConfig();
  resetReadDb();
  await admin(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
});

describe("read replica routing", () => {
  it("without DATABASE_REPLICA_URL, reads go to the primary", async () => {
    expect(readDb()).toBe(db());
  });

  it("with DATABASE_REPLICA_URL, catalog and statistics reads go to the replica and the rest to the primary", async () => {
    process.env.DATABASE_REPLICA_URL = replicaUrl;
    resetConfig();
    resetReadDb();
    expect(await current(readDb())).toBe(replicaName);
    expect(await current(db())).toBe(new URL(primaryUrl).pathname.slice(1));
  });
});
