/**
 * npm run demo — prepares the database (embedded unless DATABASE_URL is set), loads the demo data,
 * builds the portal and serves it on http://localhost:3000 (PORT to change).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { migrate } from "../lib/server/migrations";
import { demoUsers, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../prisma/seed-data/users";
import { DEMO_TRACKING_PIN } from "../prisma/seed-data/dossiers";
import { agencies } from "../prisma/seed-data/agencies";
import { appEnv, waitForHttp } from "./lib/app-env";
import { ensureBuild } from "./lib/build";
import { applicationDatabase, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

const dev = process.argv.includes("--dev");

runScript(async () => {
  const port = Number(process.env.PORT ?? 3000);
  const { server, url } = await applicationDatabase(console.log);
  console.log(server.embedded ? "Using the embedded PostgreSQL server (.data/postgres)." : "Using the PostgreSQL server of DATABASE_URL.");
  await migrate(url, { log: (l) => console.log(l) });
  const summary = await seedDatabase(url);
  console.log(`Demo data: ${summary.agencies} agencies, ${summary.procedures} procedures, ${summary.users} accounts.`);

  const env = await appEnv(url, port);
  if (!dev) ensureBuild(env);
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env });
  child.stdout.on("data", (chunk: Buffer) => {
    if (process.env.VERBOSE) process.stdout.write(chunk);
  });
  // The worker sends the outbox's emails and keeps the public statistics fresh.
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const worker = spawn(tsx, ["scripts/worker.ts"], { stdio: ["ignore", "ignore", "inherit"], env });
  const stop = async () => {
    worker.kill("SIGTERM");
    child.kill("SIGTERM");
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    worker.kill("SIGTERM");
    await server.stop().catch(() => {});
    process.exit(code ?? 0);
  });

  if (await waitForHttp(`http://127.0.0.1:${port}/api/health`, 180_000)) {
    console.log(`\nMột Cửa is ready: http://localhost:${port}\n`);
    console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const u of demoUsers(agencies)) console.log(`  ${u.email.padEnd(32)} ${u.description}`);
    console.log(`Staff accounts ask for a code from an authenticator app holding the secret ${DEMO_TOTP_SECRET}.`);
    if (summary.demoDossierCode) {
      console.log(`\nTrack a demo dossier at http://localhost:${port}/track — code ${summary.demoDossierCode}, PIN ${DEMO_TRACKING_PIN}`);
    }
    console.log("\nPress Ctrl+C to stop.");
  } else {
    console.error(`The portal did not answer on port ${port}.`);
    await stop();
  }
});
