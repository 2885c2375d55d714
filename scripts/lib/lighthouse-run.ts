/**
 * One Lighthouse run (mobile profile, performance only) on a Chromium listening on `chromePort`:
 * the score and the three figures the page benchmarks print. BENCH_LHR_DIR keeps each report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";

export interface LighthouseFigures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

export async function lighthouseRun(chromePort: number, url: string, name: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port: chromePort, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  const dir = process.env.BENCH_LHR_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(lhr, null, 1));
  }
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
  };
}
