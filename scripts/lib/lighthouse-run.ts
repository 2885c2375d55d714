/**
 * What the page benchmarks (bench:pages, bench-pages-ab) share: the public pages they measure,
 * Debian's Chromium, and one Lighthouse run (mobile profile, performance only).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";

export const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
}

/**
 * The seven public pages, with a procedure that is filed online in full; BENCH_PAGES (e.g.
 * `home,sign-in`, the first word of a label) keeps only those.
 */
export async function publicPages(databaseUrl: string): Promise<Array<{ label: string; path: string }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let procedure: string;
  try {
    procedure = (
      await client.query<{ code: string }>(
        `SELECT p.code FROM "Procedure" p JOIN "ProcedureVersion" v ON v.id = p."currentVersionId"
          ORDER BY (v."onlineLevel" = 'FULL') DESC, p.code LIMIT 1`,
      )
    ).rows[0]!.code;
  } finally {
    await client.end();
  }
  const pages = [
    { label: "home", path: "/" },
    { label: "catalog (search)", path: "/procedures?q=khai%20sinh" },
    { label: "procedure", path: `/procedures/${procedure}` },
    { label: "track", path: "/track" },
    { label: "filing (start page)", path: `/file/${procedure}` },
    { label: "stats", path: "/stats" },
    { label: "sign-in", path: "/sign-in" },
  ];
  const only = (process.env.BENCH_PAGES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return only.length ? pages.filter((p) => only.includes(p.label.split(" ")[0]!)) : pages;
}

export interface LighthouseFigures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** One Lighthouse run: the score and the three figures the benchmarks print. BENCH_LHR_DIR keeps each report. */
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
