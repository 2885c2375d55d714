/**
 * npm run check:budgets — fails when a public page's first-load JavaScript (gzipped) grows past its
 * budget in performance-budgets.json. Reads the production build (run `npm run build` first; `npm test`
 * runs it after the end-to-end tests, which build). docs/performance.md explains the budget.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkBudgets, measureBuild, type Budgets } from "./lib/budgets";

const projectDir = process.cwd();
const distDir = path.join(projectDir, process.env.NEXT_DIST_DIR ?? ".next");
if (!existsSync(path.join(distDir, "diagnostics", "route-bundle-stats.json"))) {
  console.error(`No production build in ${path.relative(projectDir, distDir)}/: run npm run build first.`);
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(path.join(projectDir, "performance-budgets.json"), "utf8")) as Budgets;
const lines = checkBudgets(budgets, measureBuild(projectDir, distDir));
console.log("First-load JavaScript per public page (gzipped), against performance-budgets.json:");
for (const l of lines) {
  const measured = l.kb === null ? "not in the build" : `${l.kb.toFixed(1)} kB`;
  console.log(`  ${l.over ? "OVER" : "ok  "} ${l.route.padEnd(22)} ${measured.padStart(16)}  budget ${l.budgetKb} kB`);
}
const over = lines.filter((l) => l.over);
if (over.length > 0) {
  console.error(`\n${over.length} page(s) over budget: make them lighter, or raise the budget on purpose (docs/performance.md).`);
  process.exit(1);
}
