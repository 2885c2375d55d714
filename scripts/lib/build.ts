import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "messages", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when there is no production build in `distDir` or a source file changed after it. */
export function buildIsStale(distDir = process.env.NEXT_DIST_DIR ?? ".next"): boolean {
  const buildId = path.join(process.cwd(), distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(process.cwd(), s)) > built);
}

/** Runs `next build` (production, into env.NEXT_DIST_DIR) when needed; exits on failure. */
export function ensureBuild(env: NodeJS.ProcessEnv, force = false): void {
  if (!force && !buildIsStale(env.NEXT_DIST_DIR ?? ".next")) return;
  console.log("Building the portal (next build) …");
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const res = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (res.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(res.status ?? 1);
  }
}
