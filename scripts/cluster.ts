/**
 * npm run cluster — the portal as it runs on several machines, on this one: nginx in front of two
 * app instances, two workers, files on a local S3-compatible server, emails to a local SMTP server,
 * one PostgreSQL database (motcua_cluster, migrated and seeded with the demo data when new).
 * Prints the address; Ctrl+C stops everything. CLUSTER_PORT (3400) is nginx's port.
 */
import pg from "pg";
import { migrate } from "../lib/server/migrations";
import { appEnv } from "./lib/app-env";
import { ensureBuild } from "./lib/build";
import { startCluster } from "./lib/cluster";
import { ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

runScript(async () => {
  const server = await findServer(console.log);
  const url = await ensureDatabase(server.adminUrl, "motcua_cluster");
  await migrate(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const seeded = (await db.query(`SELECT 1 FROM "Procedure" LIMIT 1`)).rowCount;
  await db.end();
  if (!seeded) await seedDatabase(url);
  ensureBuild({ ...(await appEnv(url, 3000)), NODE_ENV: "production" });
  const cluster = await startCluster({ databaseUrl: url, port: Number(process.env.CLUSTER_PORT ?? 3400), log: console.log });
  console.log(`\nOpen ${cluster.base} — Ctrl+C stops the cluster. Logs: ${cluster.dir}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await cluster.stop();
  await server.stop();
  process.exit(0);
});
