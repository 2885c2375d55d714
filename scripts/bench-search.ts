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
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrate } from "../lib/server/migrations";
import { reindexCatalog } from "../lib/server/catalog/reindex";
import { appEnv, waitForHttp } from "./lib/app-env";
import { ensureBuild } from "./lib/build";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";
import { load, type LoadFigures } from "./lib/bench";

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DB_NAME = "motcua_bench";

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

// ───────────── Synthetic catalog ─────────────

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi", "Đăng ký", "Đăng ký thay đổi", "Xác nhận",
  "Công nhận", "Thẩm định", "Phê duyệt", "Thông báo", "Chấm dứt", "Cấp bổ sung", "Đề nghị cấp", "Hỗ trợ", "Giải quyết",
];
const OBJECTS = [
  "giấy phép kinh doanh dịch vụ lữ hành", "chứng chỉ hành nghề dược", "giấy chứng nhận đủ điều kiện kinh doanh thuốc bảo vệ thực vật",
  "giấy phép hoạt động khoáng sản", "giấy phép khai thác nước dưới đất", "giấy phép xả nước thải vào nguồn nước",
  "giấy chứng nhận cơ sở đủ điều kiện chăn nuôi", "giấy phép vận tải bằng xe ô tô", "phù hiệu xe kinh doanh vận tải",
  "giấy phép tổ chức biểu diễn nghệ thuật", "giấy phép hoạt động trung tâm ngoại ngữ", "quyết định thành lập trường mầm non tư thục",
  "giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "giấy phép thành lập cơ sở trợ giúp xã hội",
  "chứng chỉ năng lực hoạt động xây dựng", "giấy phép di dời công trình", "giấy phép chặt hạ cây xanh",
  "giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", "giấy phép sản xuất rượu thủ công", "giấy phép bán buôn sản phẩm thuốc lá",
  "giấy chứng nhận hợp tác xã", "giấy phép hoạt động cơ sở cai nghiện ma túy tự nguyện", "giấy phép hoạt động in",
  "giấy phép xuất bản bản tin", "giấy phép sử dụng tần số vô tuyến điện", "giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử",
  "giấy phép kinh doanh dịch vụ bảo vệ", "giấy chứng nhận an toàn thực phẩm cho cơ sở kinh doanh dịch vụ ăn uống",
  "chứng nhận nguồn gốc giống cây trồng", "giấy phép vận chuyển hàng nguy hiểm", "chế độ trợ cấp thất nghiệp",
  "chế độ thai sản", "trợ cấp một lần cho thân nhân người có công", "hỗ trợ học phí cho học sinh", "bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
  "danh hiệu gia đình văn hóa", "giấy phép lưu hành phim", "giấy phép khai quật khảo cổ", "giấy chứng nhận quyền tác giả",
  "giấy phép hoạt động thủy lợi", "giấy phép đào đường", "giấy phép thi công công trình trên đường bộ", "giấy phép nhập khẩu thuốc thú y",
];
const QUALIFIERS = [
  "", "", "", "đối với doanh nghiệp", "cho hộ kinh doanh", "cho cá nhân", "có yếu tố nước ngoài", "trên địa bàn tỉnh",
  "do bị mất hoặc hư hỏng", "khi thay đổi nội dung", "thuộc thẩm quyền cấp tỉnh", "thuộc thẩm quyền cấp xã", "trong trường hợp hết hạn",
  "cho tổ chức", "tại khu công nghiệp", "đối với công trình cấp III, cấp IV", "cho người nước ngoài",
];
const CONDITIONS = [
  "Tổ chức, cá nhân có đủ năng lực hành vi dân sự; có địa điểm kinh doanh phù hợp quy hoạch; đáp ứng các điều kiện về an toàn, phòng cháy và chữa cháy, bảo vệ môi trường theo quy định.",
  "Hồ sơ đầy đủ, hợp lệ theo quy định; người đề nghị không thuộc trường hợp bị cấm hoặc đang bị truy cứu trách nhiệm hình sự.",
  "Có giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm; có đội ngũ nhân viên đáp ứng yêu cầu chuyên môn.",
];
const STEPS = [
  "Tổ chức, cá nhân nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
  "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.",
  "Cơ quan chuyên môn thẩm định hồ sơ, kiểm tra thực tế (nếu cần) và trình người có thẩm quyền quyết định.",
  "Trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ lý do.",
  "Trả kết quả tại bộ phận một cửa hoặc qua dịch vụ bưu chính, hoặc bản điện tử trên Cổng Dịch vụ công.",
];
const COMPONENTS = [
  "Đơn đề nghị theo mẫu", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Bản thuyết minh về cơ sở vật chất, trang thiết bị",
  "Danh sách người lao động kèm bằng cấp chuyên môn", "Giấy tờ chứng minh quyền sử dụng địa điểm", "Báo cáo đánh giá tác động môi trường",
  "Bản vẽ mặt bằng", "Giấy xác nhận tập huấn kiến thức", "Văn bản ủy quyền (nếu có)",
];

async function addSyntheticCatalog(url: string, count: number): Promise<void> {
  const rand = prng(20261126);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const fields = (await client.query<{ id: string }>(`SELECT id FROM "Field"`)).rows.map((r) => r.id);
    const events = (await client.query<{ id: string }>(`SELECT id FROM "LifeEvent"`)).rows.map((r) => r.id);
    const departments = (await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE kind IN ('DEPARTMENT','SERVICE_CENTER')`)).rows.map((r) => r.id);
    const communes = (await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE kind = 'COMMUNE'`)).rows.map((r) => r.id);
    const BATCH = 500;
    for (let start = 0; start < count; start += BATCH) {
      const n = Math.min(BATCH, count - start);
      const procs: unknown[][] = [];
      const versions: unknown[][] = [];
      const comps: unknown[][] = [];
      const agencies: unknown[][] = [];
      const lifeEvents: unknown[][] = [];
      for (let i = 0; i < n; i++) {
        const k = start + i;
        const pid = randomUUID();
        const vid = randomUUID();
        const qualifier = pick(QUALIFIERS);
        const name = `${pick(VERBS)} ${pick(OBJECTS)}${qualifier ? ` ${qualifier}` : ""}`;
        const level = rand() < 0.3 ? "COMMUNE" : "PROVINCE";
        const online = pick(["FULL", "PARTIAL", "PARTIAL", "NONE"] as const);
        const days = 1 + Math.floor(rand() * 30);
        procs.push([pid, `9.${String(100000 + k).padStart(6, "0")}`, pick(fields)]);
        versions.push([
          vid, pid, name, level, pick(["CITIZEN", "BUSINESS", "BOTH"]), online,
          online === "NONE" ? ["COUNTER", "POST"] : ["COUNTER", "ONLINE", "POST"],
          pick(CONDITIONS), JSON.stringify(STEPS.slice(0, 3 + Math.floor(rand() * 3))), days, pick(["WORKING_DAY", "CALENDAR_DAY"]),
          `${String(days).padStart(2, "0")} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
          JSON.stringify([{ name: "Lệ phí cấp giấy phép", amount: 100_000 * Math.floor(rand() * 10) }]),
          `Quyết định hoặc ${name.toLowerCase()}.`,
          JSON.stringify([{ code: "118/2025/NĐ-CP", title: "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông" }]),
        ]);
        const ncomp = 2 + Math.floor(rand() * 4);
        for (let c = 0; c < ncomp; c++) comps.push([randomUUID(), vid, c, COMPONENTS[(k + c) % COMPONENTS.length]!, "ORIGINAL", rand() < 0.8]);
        if (level === "COMMUNE") for (const a of communes) agencies.push([vid, a]);
        else agencies.push([vid, pick(departments)]);
        if (rand() < 0.4) lifeEvents.push([vid, pick(events)]);
      }
      const values = (rows: unknown[][], cast: string[]) =>
        rows.map((r, i) => `(${r.map((_, j) => `$${i * r.length + j + 1}${cast[j] ?? ""}`).join(", ")})`).join(", ");
      await client.query("BEGIN");
      await client.query(`INSERT INTO "Procedure" (id, code, "fieldId") VALUES ${values(procs, ["::uuid", "", "::uuid"])}`, procs.flat());
      await client.query(
        `INSERT INTO "ProcedureVersion" (id, "procedureId", version, status, name, level, audience, "onlineLevel", channels, conditions, steps,
           "timeLimitValue", "timeLimitUnit", "timeLimitText", fees, result, "legalBasis", "publishedBy", "publishedOn")
         SELECT v.id::uuid, v.pid::uuid, 1, 'DRAFT', v.name, v.level::"Level", v.audience::"Audience", v.online::"OnlineLevel", v.channels::text[],
                v.conditions, v.steps::jsonb, v.days::numeric, v.unit::"TimeUnit", v.tl, v.fees::jsonb, v.result, v.legal::jsonb,
                'Quyết định công bố (dữ liệu tổng hợp cho đo hiệu năng)', DATE '2025-07-01'
           FROM (VALUES ${values(versions, ["", "", "", "", "", "", "::text[]", "", "", "::int", "", "", "", "", ""])})
             AS v(id, pid, name, level, audience, online, channels, conditions, steps, days, unit, tl, fees, result, legal)`,
        versions.flat(),
      );
      for (let i = 0; i < comps.length; i += 2000) {
        const part = comps.slice(i, i + 2000);
        await client.query(
          `INSERT INTO "DossierComponent" (id, "versionId", position, name, form, required) VALUES ${values(part, ["::uuid", "::uuid", "::int", "", "::\"DocumentForm\"", "::boolean"])}`,
          part.flat(),
        );
      }
      for (let i = 0; i < agencies.length; i += 5000) {
        const part = agencies.slice(i, i + 5000);
        await client.query(
          `INSERT INTO "ProcedureAgency" ("versionId", "agencyId", role) SELECT v::uuid, a::uuid, 'IMPLEMENTING' FROM (VALUES ${values(part, [])}) AS x(v, a)`,
          part.flat(),
        );
      }
      if (lifeEvents.length > 0) {
        await client.query(`INSERT INTO "ProcedureLifeEvent" ("versionId", "lifeEventId") VALUES ${values(lifeEvents, ["::uuid", "::uuid"])}`, lifeEvents.flat());
      }
      const ids = versions.map((v) => v[0] as string);
      await client.query(`UPDATE "ProcedureVersion" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = ANY($1::uuid[])`, [ids]);
      await client.query(`UPDATE "Procedure" p SET "currentVersionId" = v.id FROM "ProcedureVersion" v WHERE v."procedureId" = p.id AND v.id = ANY($1::uuid[])`, [ids]);
      await client.query("COMMIT");
    }
  } finally {
    await client.end();
  }
}

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

    console.log(`\n${searchPaths.length} queries, ${REQUESTS} requests each run, concurrency ${CONCURRENCY}; ${empty} queries found nothing.`);
    const baseline = await load(base, trivialPaths, REQUESTS, CONCURRENCY);
    const search = await load(base, searchPaths, REQUESTS, CONCURRENCY);
    const rows: Array<[string, Figures]> = [
      ["search  GET /api/v1/procedures", search],
      ["trivial GET /api/v1/openapi.json", baseline],
    ];
    console.log(`\n${"".padEnd(34)}${"p50".padStart(9)}${"p95".padStart(9)}${"p99".padStart(9)}${"mean".padStart(9)}${"req/s".padStart(9)}  errors`);
    for (const [label, f] of rows) {
      console.log(`${label.padEnd(34)}${ms(f.p50)}${ms(f.p95)}${ms(f.p99)}${ms(f.mean)}${f.rps.toFixed(0).padStart(9)}  ${f.errors}`);
    }
    const ratio = search.rps / baseline.rps;
    console.log(`\nsearch throughput = ${(ratio * 100).toFixed(0)}% of the trivial route (goal ≥ 40%); search p95 = ${search.p95.toFixed(1)} ms (goal < 25 ms)`);
    await mkdir("bench-results", { recursive: true });
    await writeFile(
      path.join("bench-results", "search.json"),
      JSON.stringify({ date: new Date().toISOString(), procedures: indexed.procedures, concurrency: CONCURRENCY, queries: searchPaths.length, search, baseline, ratio }, null, 2),
    );
  } finally {
    child?.kill("SIGTERM");
    if (!keep) await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
    await server.stop();
  }
});
