/**
 * Integration tests run against a real PostgreSQL server, in a fresh database of their own
 * (created here, migrated, seeded with the demo data, dropped at the end). Only a server on
 * this machine is ever used.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { isLoopbackHost } from "../../lib/config";
import { migrate } from "../../lib/server/migrations";
import { dropDatabase, ensureDatabase, findServer, type Server } from "../../scripts/lib/postgres";
import { seedDatabase } from "../../scripts/lib/seed-db";

let server: Server | undefined;
let name: string | undefined;
let adminUrl: string | undefined;

export async function setup(project: TestProject) {
  const given = process.env.TEST_ADMIN_DATABASE_URL;
  if (given) {
    adminUrl = given;
  } else {
    server = await findServer();
    adminUrl = server.adminUrl;
  }
  const host = new URL(adminUrl).hostname;
  if (!isLoopbackHost(host)) {
    throw new Error(`Integration tests only run against a PostgreSQL server on this machine, not on ${host}.`);
  }
  name = `motcua_it_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = await ensureDatabase(adminUrl, name);
  await migrate(url);
  await seedDatabase(url);
  project.provide("databaseUrl", url);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown() {
  if (adminUrl && name) await dropDatabase(adminUrl, name).catch(() => {});
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}
