/**
 * The JavaScript budget of the public pages: first-load JavaScript per page, gzipped, read from the build
 * output (Next.js writes `diagnostics/route-bundle-stats.json`: per route, every chunk its first load
 * needs — the framework's runtime and the client chunks of the page and its layouts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface Budgets {
  /** Route (as in the app directory, e.g. "/procedures/[code]") → kB of gzipped JavaScript. */
  firstLoadJsKb: Record<string, number>;
}

export interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

export interface BudgetLine {
  route: string;
  kb: number | null;
  budgetKb: number;
  over: boolean;
}

/** Compares measured sizes with the budgets; a route in the budgets but missing from the build is a failure too. */
export function checkBudgets(budgets: Budgets, measuredKb: Map<string, number>): BudgetLine[] {
  return Object.entries(budgets.firstLoadJsKb).map(([route, budgetKb]) => {
    const kb = measuredKb.get(route) ?? null;
    return { route, kb, budgetKb, over: kb === null || kb > budgetKb };
  });
}

/** Gzipped first-load JavaScript per route, in kB, from a build folder. */
export function measureBuild(projectDir: string, distDir: string): Map<string, number> {
  const stats = JSON.parse(readFileSync(path.join(distDir, "diagnostics", "route-bundle-stats.json"), "utf8")) as RouteStats[];
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let n = sizes.get(file);
    if (n === undefined) {
      n = gzipSync(readFileSync(path.join(projectDir, file)), { level: 9 }).length;
      sizes.set(file, n);
    }
    return n;
  };
  return new Map(stats.map((s) => [s.route, s.firstLoadChunkPaths.reduce((sum, f) => sum + gz(f), 0) / 1024]));
}
