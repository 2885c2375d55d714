/**
 * npm test — every test, in order: unit (Vitest), integration (Vitest, real PostgreSQL, a fresh
 * database per run), security (Vitest, real PostgreSQL: what a stranger would try), end-to-end
 * (Playwright + Chromium against a production build), the cluster test (scripts/lib/cluster-test.ts:
 * nginx, two app instances and two workers, one of each killed under load), then the JavaScript budget of the public pages,
 * read from that build (scripts/check-budgets.ts).
 * Uses the PostgreSQL server of DATABASE_URL when set, the embedded one otherwise.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { nginxPath } from "./lib/nginx";
import { runClusterTest } from "./lib/cluster-test";
import { runE2e } from "./lib/e2e-run";
import { findServer, runScript } from "./lib/postgres";

const vitest = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");

let failed = 0;

function step(title: string, run: () => number): void {
  console.log(`\n━━ ${title} ━━`);
  const code = run();
  if (code !== 0) {
    console.error(`\n${title}: failed.`);
    process.exitCode = failed = code;
    throw new Error("stop");
  }
}

runScript(async () => {
  const only = process.argv[2];
  const server = await findServer(console.log);
  const env = { ...process.env, TEST_ADMIN_DATABASE_URL: server.adminUrl, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    if (!only || only === "unit") {
      step("Unit tests", () => spawnSync(process.execPath, [vitest, "run", "--project", "unit"], { stdio: "inherit", env }).status ?? 1);
    }
    if (!only || only === "integration") {
      step(
        "Integration tests (PostgreSQL)",
        () => spawnSync(process.execPath, [vitest, "run", "--project", "integration"], { stdio: "inherit", env }).status ?? 1,
      );
    }
    if (!only || only === "security") {
      step(
        "Security tests (PostgreSQL)",
        () => spawnSync(process.execPath, [vitest, "run", "--project", "security", "--passWithNoTests"], { stdio: "inherit", env }).status ?? 1,
      );
    }
    if (!only || only === "e2e") {
      console.log("\n━━ End-to-end tests (Chromium, production build) ━━");
      const code = await runE2e(server.adminUrl, process.argv.slice(3));
      if (code !== 0) {
        console.error("\nEnd-to-end tests: failed.");
        process.exitCode = failed = code;
        throw new Error("stop");
      }
    }
    if ((!only || only === "cluster") && !existsSync(nginxPath()) && !process.env.CI && only !== "cluster") {
      console.log(`\n━━ Cluster test: SKIPPED — nginx is not installed (${nginxPath()}; Debian: apt-get install nginx, or set NGINX_PATH). CI installs it and runs it. ━━`);
    } else if (!only || only === "cluster") {
      console.log("\n━━ Cluster: nginx, two app instances, two workers; one of each killed under load ━━");
      const code = await runClusterTest(server.adminUrl);
      if (code !== 0) {
        console.error("\nCluster test: failed.");
        process.exitCode = failed = code;
        throw new Error("stop");
      }
    }
    if (!only) {
      const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
      step("JavaScript budget of the public pages", () => spawnSync(process.execPath, [tsx, "scripts/check-budgets.ts"], { stdio: "inherit", env }).status ?? 1);
    }
    console.log("\nAll tests passed.");
  } catch (error) {
    if (!(error instanceof Error && error.message === "stop")) throw error;
  } finally {
    await server.stop();
  }
  // The outcome, said explicitly: a library loaded by a step may have changed process.exitCode.
  process.exit(failed);
});
