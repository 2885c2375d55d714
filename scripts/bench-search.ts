/**
 * npm run bench:search — speed of the catalog search, measured through the HTTP API.
 *
 * 1. A benchmark database (motcua_bench on the server of DATABASE_URL, or the embedded one) is
 *    migrated and seeded with the demo data, then 10,000 synthetic procedures with realistic
 *    Vietnamese names and bodies are added and the search index is rebuilt.
 * 2. A production build is served (next start).
 * 3. A fixed list of realistic queries (with and without diacritics, with typos, everyday words and
 *    abbreviations, with filters) is sent to GET /api/v1/procedures with concurrency; then the same
 *    number of requests to a trivial API route of the same server (GET /api/v1/openapi.json, a
 *    string built once) as the baseline.
 * 4. p50/p95/p99 latency and requests per second of both are printed, with the ratio.
 *
 * Options (environment): BENCH_PROCEDURES (10000), BENCH_REQUESTS (3000), BENCH_CONCURRENCY (4),
 * BENCH_PORT (3210), BENCH_KEEP=1 keeps the database. NEXT_DIST_DIR defaults to .next-bench.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrate } from "../lib/server/migrations";
import { reindexCatalog } from "../lib/server/catalog/reindex";
import { appEnv, waitForHttp } from "./lib/app-env";
import { ensureBuild } from "./lib/build";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";
import { load, type LoadFigures } from "./lib/bench";
import { addSyntheticCatalog, catalogNames } from "./lib/bench-catalog";
import { freshQueries } from "./lib/bench-queries";

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DB_NAME = process.env.BENCH_DATABASE ?? "motcua_bench";

/** Realistic queries: as typed by people (no diacritics, partial, typos, everyday words), some with filters. */
export const BENCH_QUERIES: string[] = [
  "q=dang ky khai sinh",
  "q=đăng ky khai sinh",
  "q=ĐĂNG KÝ KHAI SINH",
  "q=đăng ký kết hôn",
  "q=dang ky ket hon",
  "q=ket hon nguoi nuoc ngoai",
  "q=khai tu",
  "q=giấy chứng tử",
  "q=xac nhan tinh trang hon nhan",
  "q=giấy xác nhận độc thân",
  "q=so do",
  "q=sổ hồng",
  "q=mất sổ đỏ",
  "q=sang ten so do",
  "q=tach thua",
  "q=cấp giấy chứng nhận quyền sử dụng đất lần đầu",
  "q=chuyen muc dich su dung dat",
  "q=gpxd",
  "q=xin giay phep xay dung nha o",
  "q=giấy phép xây dựng",
  "q=sua chua nha",
  "q=cccd",
  "q=nhập hộ khẩu",
  "q=dang ky thuong tru",
  "q=tam tru",
  "q=kt3",
  "q=xoa dang ky thuong tru",
  "q=chứng thực bản sao",
  "q=sao y ban chinh",
  "q=công chứng",
  "q=chung thuc chu ky",
  "q=ly lich tu phap",
  "q=ltp",
  "q=phieu ly lich tu phap so 2",
  "q=thành lập công ty",
  "q=dang ky ho kinh doanh",
  "q=mo quan",
  "q=giay phep kinh doanh",
  "q=ban ruou",
  "q=attp",
  "q=an toan thuc pham",
  "q=bang lai xe",
  "q=doi giay phep lai xe",
  "q=giay phep lao dong",
  "q=tro cap xa hoi",
  "q=tiền mai táng",
  "q=ho ngheo",
  "q=bhyt",
  "q=the bao hiem y te tre em",
  "q=nguoi co cong",
  "q=dang ky khai snh",
  "q=dang ki ket hon",
  "q=chung thuc ban sa",
  "q=giay phep xay dungg",
  "q=thuong tru tam tru",
  "q=cap lai giay phep",
  "q=gia han giay phep",
  "q=chung chi hanh nghe",
  "q=dang ky&level=commune",
  "q=cap giay phep&level=province&online=full",
  "q=ho tich&audience=citizen",
  "q=kinh doanh&audience=business&sort=time",
  "q=giay chung nhan&page=2",
  "field=HT",
  "lifeEvent=KHAI_SINH",
  "online=full&sort=time",
];

// ───────────── Load ─────────────

type Figures = LoadFigures;

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);

runScript(async () => {
  const server = await findServer(console.log);
  const keep = process.env.BENCH_KEEP === "1";
  await dropDatabase(server.adminUrl, DB_NAME);
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  let child: ReturnType<typeof spawn> | undefined;
  try {
    console.log(`Benchmark database ${DB_NAME}: migrating and seeding the demo data …`);
    await migrate(url);
    await seedDatabase(url);
    console.log(`Adding ${PROCEDURES.toLocaleString("en")} synthetic procedures …`);
    let t = performance.now();
    await addSyntheticCatalog(url, PROCEDURES);
    console.log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s; rebuilding the search index …`);
    t = performance.now();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const indexed = await reindexCatalog(prisma);
    await prisma.$disconnect();
    console.log(`  ${indexed.procedures.toLocaleString("en")} procedures, ${indexed.words.toLocaleString("en")} vocabulary words, in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const env = { ...(await appEnv(url, PORT)), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench", NODE_ENV: "production" as const };
    ensureBuild(env);
    const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
    child = spawn(process.execPath, [next, "start", "-p", String(PORT)], { stdio: ["ignore", "ignore", "inherit"], env });
    const base = `http://127.0.0.1:${PORT}`;
    if (!(await waitForHttp(`${base}/api/health`, 120_000))) throw new Error("The server did not start.");

    const searchPaths = BENCH_QUERIES.map((q) => `/api/v1/procedures?${new URLSearchParams(q.split("&").map((kv) => kv.split("=") as [string, string])).toString()}`);
    const trivialPaths = ["/api/v1/openapi.json"];

    // Warm-up: every query once (checking each answers), the trivial route a little.
    let empty = 0;
    for (const p of searchPaths) {
      const res = await fetch(base + p);
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
      const body = (await res.json()) as { total: number };
      if (body.total === 0) {
        empty++;
        console.log(`  (no result: ${p})`);
      }
    }
    await load(base, searchPaths, 300, CONCURRENCY);
    await load(base, trivialPaths, 300, CONCURRENCY);

    // First-time queries: spans of the catalog's names, some without diacritics, some with a slip,
    // each sent once, so the result cache never answers them.
    const names = await catalogNames(url);
    const fresh = freshQueries(names, REQUESTS, { seed: Date.now() % 100_000 }).map((q) => `/api/v1/procedures?${new URLSearchParams({ q }).toString()}`);

    console.log(`\n${searchPaths.length} fixed queries and ${fresh.length} first-time queries, ${REQUESTS} requests each run, concurrency ${CONCURRENCY}; ${empty} fixed queries found nothing.`);
    const baseline = await load(base, trivialPaths, REQUESTS, CONCURRENCY);
    const uncached = await load(base, fresh, fresh.length, CONCURRENCY);
    const search = await load(base, searchPaths, REQUESTS, CONCURRENCY);
    const rows: Array<[string, Figures]> = [
      ["search, first-time queries", uncached],
      ["search, repeated (cached) queries", search],
      ["trivial GET /api/v1/openapi.json", baseline],
    ];
    console.log(`\n${"".padEnd(36)}${"p50".padStart(9)}${"p95".padStart(9)}${"p99".padStart(9)}${"mean".padStart(9)}${"req/s".padStart(9)}  errors`);
    for (const [label, f] of rows) {
      console.log(`${label.padEnd(36)}${ms(f.p50)}${ms(f.p95)}${ms(f.p99)}${ms(f.mean)}${f.rps.toFixed(0).padStart(9)}  ${f.errors}`);
    }
    const ratio = uncached.rps / baseline.rps;
    console.log(
      `\nfirst-time search p95 = ${uncached.p95.toFixed(1)} ms (goal < 25 ms), ${(ratio * 100).toFixed(0)}% of the trivial route's rate; ` +
        `cached p95 = ${search.p95.toFixed(1)} ms, ${((search.rps / baseline.rps) * 100).toFixed(0)}%`,
    );
    await mkdir("bench-results", { recursive: true });
    await writeFile(
      path.join("bench-results", "search.json"),
      JSON.stringify({ date: new Date().toISOString(), procedures: indexed.procedures, concurrency: CONCURRENCY, queries: searchPaths.length, uncached, cached: search, baseline, ratio }, null, 2),
    );
  } finally {
    child?.kill("SIGTERM");
    if (!keep) await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
    await server.stop();
  }
});
