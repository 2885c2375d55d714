/**
 * Catalog search against the seeded demo catalog in real PostgreSQL: relevance (each query must
 * return its procedure in the top 3), diacritics, typos, synonyms, filters, pages, "did you mean",
 * the whole record, and the API's answers to bad input (400 problem+json, never 500).
 */
import pg from "pg";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { foldVietnamese } from "@/lib/domain/search";
import { getProcedure, listFacets, parseCatalogParams, searchProcedures, suggest } from "@/lib/server/catalog";
import { wordsOf } from "@/lib/server/catalog/document";
import { GET as listRoute } from "@/app/api/v1/procedures/route";
import { GET as detailRoute } from "@/app/api/v1/procedures/[code]/route";
import { GET as suggestRoute } from "@/app/api/v1/suggest/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function top(q: string, n = 3): Promise<string[]> {
  const r = await searchProcedures({ q });
  return r.items.slice(0, n).map((i) => i.code);
}

/** [query as people type it, code of the procedure it must find in the top 3]. */
const RELEVANCE: Array<[string, string]> = [
  ["dang ky khai sinh", "1.001193"],
  ["đăng ky khai sinh", "1.001193"],
  ["ĐĂNG KÝ KHAI SINH", "1.001193"],
  ["làm giấy khai sinh cho con", "1.001193"],
  ["khai sinh", "1.001193"],
  ["dang ky ket hon", "1.000894"],
  ["thủ tục đăng ký kết hôn", "1.000894"],
  ["lấy chồng nước ngoài", "1.000893"],
  ["giấy xác nhận độc thân", "1.004873"],
  ["xac nhan tinh trang hon nhan", "1.004873"],
  ["khai tu", "1.000656"],
  ["giấy báo tử", "1.000656"],
  ["sổ đỏ", "1.012756"],
  ["mat so do", "1.012773"],
  ["sang tên sổ đỏ", "1.012766"],
  ["tach thua", "1.012775"],
  ["lên thổ cư", "1.012782"],
  ["gpxd", "1.009997"],
  ["xin giay phep xay dung nha o", "1.009997"],
  ["sửa nhà", "1.009998"],
  ["nhập hộ khẩu", "1.004194"],
  ["tam tru", "1.004222"],
  ["kt3", "1.004222"],
  ["cat khau", "1.004218"],
  ["CT07", "1.004227"],
  ["bao tam vang", "1.004208"],
  ["sao y ban chinh", "2.000815"],
  ["chung thuc chu ky", "2.000884"],
  ["di chúc", "2.001009"],
  ["ly lich tu phap", "2.000488"],
  ["ltp", "2.000488"],
  ["mở quán", "2.000720"],
  ["dang ky ho kinh doanh", "2.000720"],
  ["thanh lap cong ty co phan", "2.001612"],
  ["bán rượu", "2.001240"],
  ["attp", "1.001826"],
  ["đổi bằng lái", "1.013140"],
  ["mất bằng lái xe", "1.013141"],
  ["work permit", "2.000205"],
  ["tiền mai táng", "1.001731"],
  ["hộ nghèo", "1.010817"],
  ["the bhyt tre em", "1.010718"],
  ["trợ cấp người già", "1.001776"],
  ["nhận con nuôi", "1.003005"],
  ["cải chính hộ tịch", "1.004859"],
  ["1.001193", "1.001193"],
];

describe("relevance: what people type finds what they mean", () => {
  it.each(RELEVANCE)("%s → %s in the top 3", async (q, code) => {
    expect(await top(q)).toContain(code);
  });

  it("puts the exact name first, whatever the diacritics and case", async () => {
    for (const q of ["dang ky khai sinh", "đăng ky khai sinh", "ĐĂNG KÝ KHAI SINH", "Đăng Ký Khai Sinh", "dang  ky\tkhai sinh"]) {
      expect((await top(q, 1))[0], q).toBe("1.001193");
    }
  });

  it("ranks a match in the name above a match in the body only", async () => {
    const r = await searchProcedures({ q: "kết hôn" });
    const first = r.items.findIndex((i) => !foldVietnamese(i.name).includes("ket hon"));
    const lastNamed = r.items.map((i) => foldVietnamese(i.name).includes("ket hon")).lastIndexOf(true);
    expect(lastNamed).toBeGreaterThanOrEqual(0);
    if (first >= 0) expect(first).toBeGreaterThan(lastNamed);
  });

  it("ranks the exact phrase above the same words scattered", async () => {
    // "Đăng ký khai sinh" holds the phrase; the inter-agency procedure holds it too but longer;
    // "Đăng ký lại khai sinh" holds the words apart.
    const codes = (await searchProcedures({ q: "đăng ký khai sinh" })).items.map((i) => i.code);
    expect(codes.indexOf("1.001193")).toBeLessThan(codes.indexOf("1.004884"));
    expect(codes.indexOf("2.000528")).toBeLessThan(codes.indexOf("1.004884"));
  });

  it("highlights the matched words in the name", async () => {
    const [first] = (await searchProcedures({ q: "dang ky khai sinh" })).items;
    expect(first!.nameHighlighted.filter((s) => s.match).map((s) => s.text).join("|")).toBe("Đăng ký khai sinh");
  });
});

describe("typos and did you mean", () => {
  it.each([
    ["dang ky khai snh", "1.001193"],
    ["dang ki ket hon", "1.000894"],
    ["khia sinh", "1.001193"],
    ["giay phep xay dungg", "1.009997"],
    ["chung thuc ban sa", "2.000815"],
  ])("%s finds %s and offers a corrected query", async (q, code) => {
    const r = await searchProcedures({ q });
    expect(r.items.slice(0, 3).map((i) => i.code)).toContain(code);
    if (r.didYouMean !== null) expect(foldVietnamese(r.didYouMean)).not.toBe(foldVietnamese(q));
  });

  it("says what it corrected when nothing matched as typed", async () => {
    const r = await searchProcedures({ q: "dang ky khai snh" });
    expect(r.didYouMean).toBe("dang ky khai sinh");
  });

  it("finds words run together by trigram similarity", async () => {
    expect(await top("dangky khaisinh")).toContain("1.001193");
  });

  it("answers an empty list, not an error, for nonsense", async () => {
    const r = await searchProcedures({ q: "qqqq zzzz xxxx" });
    expect(r.items).toEqual([]);
    expect(r.total).toBe(0);
  });
});

describe("swapped letters", () => {
  it.each([
    ["dang ky kte hon", "1.000894"],
    ["ket hno", "1.000894"],
    ["khai snih", "1.001193"],
    ["dnag ky khai sinh", "1.001193"],
  ])("%s finds %s, corrected like other slips", async (q, code) => {
    const r = await searchProcedures({ q });
    expect(r.items.slice(0, 3).map((i) => i.code)).toContain(code);
    expect(r.didYouMean).not.toBeNull();
  });
});

describe("partial matches: most words matching never answers nothing", () => {
  it("finds the procedure when one word matches nothing", async () => {
    const r = await searchProcedures({ q: "đăng ký khai sinh qqxz" });
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.slice(0, 3).map((i) => i.code)).toContain("1.001193");
    // …and says these are the closest, not matches of every word; a query that matches is not "partial".
    expect(r.partial).toBe(true);
    expect((await searchProcedures({ q: "đăng ký khai sinh" })).partial).toBe(false);
  });

  it("ranks the procedures by how many of the words they hold", async () => {
    const codes = (await searchProcedures({ q: "kết hôn nước ngoài qqxz", pageSize: 50 })).items.map((i) => i.code);
    expect(codes).toContain("1.000893");
    if (codes.includes("1.000894")) expect(codes.indexOf("1.000893")).toBeLessThan(codes.indexOf("1.000894"));
  });

  it("ranks by how many words match when the missing word is a slip of no known word", async () => {
    // Every word but one is known; the unknown one has no correction.
    const r = await searchProcedures({ q: "ket hon nuoc ngoai qqxz", pageSize: 50 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.slice(0, 3).map((i) => i.code)).toContain("1.000893");
  });

  it("still answers nothing when too few words match", async () => {
    const r = await searchProcedures({ q: "khai qqxz wwvy zzkt" });
    expect(r.total).toBe(0);
  });
});

describe("starting, pausing and closing a business in everyday words", () => {
  it.each([
    ["mở hộ kinh doanh", "2.000720"],
    ["mo ho kinh doanh", "2.000720"],
    ["mở doanh nghiệp", "2.001610"],
    ["tạm nghỉ quán", "2.000575"],
    ["tạm dừng kinh doanh", "2.000575"],
    ["tạm dừng công ty", "2.001635"],
    ["tam nghi cong ty", "2.001635"],
    ["dẹp quán", "2.000523"],
    ["đóng cửa hộ kinh doanh", "2.000523"],
    ["nghỉ kinh doanh", "2.000523"],
    ["mo cong ty", "2.001610"],
    ["tam nghi kinh doanh", "2.000575"],
    ["dong cua ho kinh doanh", "2.000523"],
  ])("%s → %s in the top 3", async (q, code) => {
    expect(await top(q)).toContain(code);
  });

  it.each([
    // Opening a shop is registering a household business, not pausing one ("cửa" is also "của").
    ["mở cửa hàng", "2.000720"],
    ["mo cua hang", "2.000720"],
    ["đăng ký hộ kinh doanh", "2.000720"],
    ["giải thể doanh nghiệp", "2.001656"],
    ["giai the cong ty", "2.001656"],
    ["đóng cửa công ty", "2.001656"],
  ])("%s → %s first", async (q, code) => {
    expect(await top(q, 1)).toEqual([code]);
  });

  it("closing a company temporarily finds the company's notice, not the household business's", async () => {
    const codes = await top("đóng cửa công ty", 2);
    expect(codes).toContain("2.001635");
    expect(codes).not.toContain("2.000575");
  });
});

describe("when the best match holds only a minority of the words", () => {
  it("lists the procedures holding most of them instead, as the closest", async () => {
    // "hủy" occurs in names unrelated to a household business; "hộ kinh doanh" in the names that are.
    const r = await searchProcedures({ q: "hủy hộ kinh doanh" });
    expect(r.partial).toBe(true);
    expect(r.items.length).toBeGreaterThan(0);
    // Those holding "hộ kinh doanh" come first; a name holding only "kinh doanh" may follow.
    expect(foldVietnamese(r.items[0]!.name)).toContain("ho kinh doanh");
    expect(r.items.slice(0, 4).map((i) => i.code)).toContain("2.000523");
  });

  it("keeps to the full matches when the best of them holds most of the words", async () => {
    const r = await searchProcedures({ q: "giấy phép xây dựng nhà ở" });
    expect(r.partial).toBe(false);
    expect(r.items[0]!.code).toBe("1.009997");
  });

  it("pages through the closest matches with their own total", async () => {
    const first = await searchProcedures({ q: "hủy hộ kinh doanh", pageSize: 2 });
    const second = await searchProcedures({ q: "hủy hộ kinh doanh", pageSize: 2, page: 2 });
    expect(second.partial).toBe(true);
    expect(second.total).toBe(first.total);
    expect(second.items.map((i) => i.code)).not.toContain(first.items[0]!.code);
  });
});

describe("filters, sorting and pages", () => {
  it("combines filters", async () => {
    const r = await searchProcedures({ level: "commune", online: "full", audience: "citizen", pageSize: 50 });
    expect(r.total).toBeGreaterThan(0);
    for (const i of r.items) {
      expect(i.level).toBe("COMMUNE");
      expect(i.onlineLevel).toBe("FULL");
      expect(["CITIZEN", "BOTH"]).toContain(i.audience);
    }
  });

  it("filters by field, life event and agency", async () => {
    const hoTich = await searchProcedures({ field: "HT", pageSize: 50 });
    expect(hoTich.items.every((i) => i.field.code === "HT")).toBe(true);
    const birth = await searchProcedures({ lifeEvent: "KHAI_SINH", pageSize: 50 });
    expect(birth.items.map((i) => i.code)).toContain("1.001193");
    const facets = await listFacets();
    const tuPhap = facets.agencies.find((a) => a.code === "000.00.12.H42");
    expect(tuPhap).toBeDefined();
    const byAgency = await searchProcedures({ agency: "000.00.12.H42", pageSize: 50 });
    expect(byAgency.total).toBe(tuPhap!.count);
  });

  it("refuses an unknown filter value", async () => {
    await expect(searchProcedures({ field: "NOPE" })).rejects.toMatchObject({ kind: "validation" });
  });

  it("sorts by shortest time limit", async () => {
    const r = await searchProcedures({ sort: "time", pageSize: 50 });
    const hours = r.items.map((i) => i.timeLimitHours);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
  });

  it("pages are stable and cover every result once", async () => {
    const all = await searchProcedures({ pageSize: 50, page: 1 });
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
      const r = await searchProcedures({ pageSize: 7, page });
      expect(r.total).toBe(all.total);
      seen.push(...r.items.map((i) => i.code));
    }
    expect(seen.length).toBe(all.total);
    expect(new Set(seen).size).toBe(all.total);
  });

  it("a page past the end is empty with the true total", async () => {
    const r = await searchProcedures({ q: "đăng ký", page: 999 });
    expect(r.items).toEqual([]);
    expect(r.total).toBeGreaterThan(0);
  });
});

describe("the record, suggestions and the index", () => {
  it("returns every part of a procedure", async () => {
    const p = await getProcedure("1.001193");
    expect(p.name).toBe("Đăng ký khai sinh");
    expect(p.steps.length).toBeGreaterThan(0);
    expect(p.components.length).toBeGreaterThan(0);
    expect(p.components.some((c) => c.templateUrl)).toBe(true);
    expect(p.legalBasis.length).toBeGreaterThan(0);
    expect(p.fileOnlineUrl).toBe("/file/1.001193");
    expect(p.implementingAgencies.length).toBeGreaterThan(0);
    expect(p.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("answers not found for an unknown code", async () => {
    await expect(getProcedure("9.999999")).rejects.toMatchObject({ kind: "not_found" });
    await expect(getProcedure("../../etc")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("suggests names while typing, the last word as a prefix", async () => {
    const s = await suggest("dang ky khai si");
    expect(s[0]?.code).toBe("1.001193");
  });

  it("indexes every published procedure, folded exactly as PostgreSQL folds", async () => {
    // Other test files publish while this one runs; a publication is indexed just after it commits.
    const read = async () => {
      const { rows } = await client.query<{ name: string; nameWords: string; sqlFolded: string }>(
        `SELECT name, "nameWords", motcua_fold(name) AS "sqlFolded" FROM "ProcedureSearch"`,
      );
      const published = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Procedure" p JOIN "ProcedureVersion" v ON v.id = p."currentVersionId" WHERE v.status = 'PUBLISHED'`,
      );
      return { rows, published: published.rows[0]!.n };
    };
    let state = await read();
    for (let i = 0; i < 20 && state.rows.length !== state.published; i++) {
      await new Promise((r) => setTimeout(r, 250));
      state = await read();
    }
    const { rows } = state;
    expect(rows.length).toBe(state.published);
    for (const r of rows) {
      expect(r.sqlFolded).toBe(foldVietnamese(r.name));
      expect(r.nameWords).toBe(wordsOf(r.name));
    }
  });

  it("has GIN indexes that answer the full-text queries as written", async () => {
    // The demo catalog is small enough for a table scan; what matters is that the index matches.
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off");
      const explain = async (sql: string) => (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(await explain(`SELECT 1 FROM "ProcedureSearch" s WHERE s.document @@ to_tsquery('simple', 'khai & sinh')`)).toContain("ProcedureSearch_document_idx");
      expect(await explain(`SELECT 1 FROM "ProcedureSearch" s WHERE s."nameVector" @@ to_tsquery('simple', 'khai & si:*')`)).toContain("ProcedureSearch_name_fts_idx");
      expect(await explain(`SELECT 1 FROM "ProcedureMatch" m WHERE m.document @@ to_tsquery('simple', 'khai & sinh') OR m.code = 'khai sinh'`)).toContain("ProcedureMatch_document_idx");
    } finally {
      await client.query("ROLLBACK");
    }
  });

  it("keeps the narrow match rows in step with the index, inserts, updates and deletes alike", async () => {
    // Compared within one snapshot; other files publish (and index) meanwhile.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const { rows } = await client.query<{ missing: number; stale: number; orphans: number }>(`
        SELECT (SELECT count(*)::int FROM "ProcedureSearch" s LEFT JOIN "ProcedureMatch" m USING ("procedureId") WHERE m."procedureId" IS NULL) AS missing,
               (SELECT count(*)::int FROM "ProcedureSearch" s JOIN "ProcedureMatch" m USING ("procedureId")
                 WHERE m.code <> s.code OR m."nameWords" <> s."nameWords" OR m."fieldId" <> s."fieldId" OR m.level <> s.level
                    OR m."onlineLevel" <> s."onlineLevel" OR m.audience <> s.audience OR m."timeLimitHours" <> s."timeLimitHours"
                    OR m.document <> strip(s.document)) AS stale,
               (SELECT count(*)::int FROM "ProcedureMatch" m LEFT JOIN "ProcedureSearch" s USING ("procedureId") WHERE s."procedureId" IS NULL) AS orphans`);
      expect(rows[0]).toEqual({ missing: 0, stale: 0, orphans: 0 });
    } finally {
      await client.query("ROLLBACK");
    }
    // A row of its own, written as reindexCatalog and indexProcedure write, then rolled back.
    await client.query("BEGIN");
    try {
      const inserted = await client.query<{ procedureId: string }>(`
        INSERT INTO "ProcedureSearch" ("procedureId", "versionId", code, name, "fieldId", level, "onlineLevel", audience,
                                       "timeLimitText", "timeLimitHours", "nameWords", "bodyWords")
        VALUES (gen_random_uuid(), gen_random_uuid(), 'zz.match', 'Thử nghiệm', gen_random_uuid(), 'COMMUNE', 'FULL', 'BOTH',
                '1 ngày', 8, ' thu nghiem ', ' zzfirst ')
        RETURNING "procedureId"`);
      const id = inserted.rows[0]!.procedureId;
      const match = async (q: string) =>
        (await client.query<{ hit: boolean }>(`SELECT document @@ to_tsquery('simple', $2) AS hit FROM "ProcedureMatch" WHERE "procedureId" = $1`, [id, q])).rows;
      expect(await match("thu & nghiem & zzfirst")).toEqual([{ hit: true }]);
      await client.query(
        `INSERT INTO "ProcedureSearch" ("procedureId", "versionId", code, name, "fieldId", level, "onlineLevel", audience,
                                        "timeLimitText", "timeLimitHours", "nameWords", "bodyWords")
         SELECT "procedureId", gen_random_uuid(), code, name, "fieldId", level, "onlineLevel", audience, "timeLimitText", 16,
                "nameWords", ' zzsecond '
           FROM "ProcedureSearch" WHERE "procedureId" = $1
         ON CONFLICT ("procedureId") DO UPDATE SET "bodyWords" = EXCLUDED."bodyWords", "timeLimitHours" = EXCLUDED."timeLimitHours"`,
        [id],
      );
      expect(await match("zzsecond")).toEqual([{ hit: true }]);
      expect(await match("zzfirst")).toEqual([{ hit: false }]);
      expect((await client.query(`SELECT "timeLimitHours" FROM "ProcedureMatch" WHERE "procedureId" = $1`, [id])).rows).toEqual([{ timeLimitHours: 16 }]);
      await client.query(`DELETE FROM "ProcedureSearch" WHERE "procedureId" = $1`, [id]);
      expect(await match("zzsecond")).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});

describe("the JSON API refuses bad input with 400 problem+json, never 500", () => {
  const get = (query: string) => listRoute(new NextRequest(`http://localhost/api/v1/procedures?${query}`));

  it("answers a search", async () => {
    const res = await get("q=dang%20ky%20khai%20sinh&pageSize=5");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items[0]).toMatchObject({ code: "1.001193", name: "Đăng ký khai sinh", level: "commune", onlineLevel: "full", url: "/procedures/1.001193" });
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    expect(body.total).toBeGreaterThan(0);
  });

  it.each([
    ["page=-1", "page"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page=1&page=2", "page"],
    ["pageSize=100000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["level=district", "level"],
    ["online=maybe", "online"],
    ["audience=alien", "audience"],
    ["sort=random", "sort"],
    ["field=NOPE", "field"],
    ["agency=000.00.99.H99", "agency"],
    ["lifeEvent=NO_SUCH", "lifeEvent"],
    ["field=%27%3B%20DROP%20TABLE", "field"],
    ["q=<10 KB>", "q"],
    ["q=dang%00ky", "q"],
    ["q=dang%07ky", "q"],
    ["q=%E2%80%AEabc", "q"],
  ])("%s → 400 naming %s", async (query, parameter) => {
    const res = await get(query === "q=<10 KB>" ? `q=${"a".repeat(10_240)}` : query);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body.status).toBe(400);
    expect(body.invalidParams.map((p: { name: string }) => p.name)).toContain(parameter);
  });

  it.each(["q=%27%22%3B--", "q=%5C%5C%27", "q=a%20%26%20b%20%7C%20!c", "q=%3A*", "q=(((", "q=%F0%9F%98%80", "q=%20%20%20", "q=%E2%80%94", "q=dang:*%20&%20ky"])(
    "%s answers 200 (tsquery syntax in a query is just text)",
    async (query) => {
      const res = await get(query);
      expect(res.status).toBe(200);
    },
  );

  it("answers the whole record, and 404 for an unknown code", async () => {
    const ok = await detailRoute(new Request("http://localhost/api/v1/procedures/1.001193"), { params: Promise.resolve({ code: "1.001193" }) });
    expect(ok.status).toBe(200);
    expect((await ok.json()).components.length).toBeGreaterThan(0);
    for (const code of ["9.999999", "%", "a".repeat(300), "<script>"]) {
      const res = await detailRoute(new Request("http://localhost/x"), { params: Promise.resolve({ code }) });
      expect(res.status, code).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("suggests, and refuses a bad q", async () => {
    const ok = await suggestRoute(new NextRequest("http://localhost/api/v1/suggest?q=ket%20ho"));
    expect(ok.status).toBe(200);
    expect((await ok.json()).items[0].code).toBe("1.000894");
    const bad = await suggestRoute(new NextRequest(`http://localhost/api/v1/suggest?q=${"x".repeat(5000)}`));
    expect(bad.status).toBe(400);
  });

  it("publishes an OpenAPI document generated from the same schemas", async () => {
    const res = openapiRoute();
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    const params = doc.paths["/procedures"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(["q", "field", "agency", "level", "online", "audience", "lifeEvent", "sort", "page", "pageSize"]);
    expect(doc.components.schemas.ProcedureList.properties.items).toBeDefined();
    expect(doc.paths["/procedures/{code}"].get.responses["404"]).toBeDefined();
  });

  it("the page's parameter parser agrees with the API's", () => {
    expect(parseCatalogParams(() => ["-1"]).ok).toBe(false);
  });
});
