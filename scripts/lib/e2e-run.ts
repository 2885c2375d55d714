import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { isLoopbackHost } from "../../lib/config";
import { migrate } from "../../lib/server/migrations";
import { appEnv } from "./app-env";
import { ensureBuild } from "./build";
import { dropDatabase, ensureDatabase } from "./postgres";
import { seedDatabase } from "./seed-db";

/**
 * End-to-end tests: a fresh database (migrated and seeded), a production build served by
 * `next start`, and Playwright driving Chromium. Returns the exit code.
 */
export async function runE2e(adminUrl: string, extraArgs: string[] = []): Promise<number> {
  const host = new URL(adminUrl).hostname;
  if (!isLoopbackHost(host)) throw new Error(`End-to-end tests only run against a PostgreSQL server on this machine, not on ${host}.`);
  const name = `motcua_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = await ensureDatabase(adminUrl, name);
  const storageDir = path.join(".data", `storage-${name}`);
  try {
    await migrate(url);
    await seedDatabase(url);
    const port = Number(process.env.E2E_PORT ?? 3100);
    const env = { ...(await appEnv(url, port)), E2E_PORT: String(port), STORAGE_DIR: storageDir };
    ensureBuild(env);
    const cli = path.join(process.cwd(), "node_modules", "@playwright", "test", "cli.js");
    const res = spawnSync(process.execPath, [cli, "test", ...extraArgs], { stdio: "inherit", env });
    return res.status ?? 1;
  } finally {
    await dropDatabase(adminUrl, name).catch(() => {});
    await rm(storageDir, { recursive: true, force: true });
  }
}
