import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileSynonyms, defaultSynonyms } from "@/lib/domain/search";
import { atLeastQuery, lexeme, planQuery } from "@/lib/server/catalog/query-plan";
import { allowedEdits, bestCorrection, combinations, editDistance, nearbyWords, oneEditAway } from "@/lib/server/catalog/correct";
import { buildDocument, isCommonWord, timeLimitHours, wordsOf } from "@/lib/server/catalog/document";
import { parseCatalogParams } from "@/lib/server/catalog/schemas";
import { openApiDocument } from "@/lib/server/catalog/openapi";
import { pageWindow } from "@/components/ui/pagination";

const dictionary = compileSynonyms(defaultSynonyms);

describe("planQuery", () => {
  it("folds, requires every word, and keeps the query as a phrase", () => {
    const plan = planQuery("ĐĂNG KÝ  Khai sinh", dictionary);
    expect(plan.tokens).toEqual(["dang", "ky", "khai", "sinh"]);
    expect(plan.strict).toBe("'dang' & 'ky' & 'khai' & 'sinh'");
    expect(plan.prefix).toBe("'dang' & 'ky' & 'khai' & 'sinh':*");
    expect(plan.phrases[0]).toBe(" dang ky khai sinh ");
  });

  it("turns a synonym into an OR of its wordings, and replaces it in the phrases", () => {
    const plan = planQuery("cấp lại sổ đỏ", dictionary);
    const unit = plan.units.find((u) => u.kind === "synonym");
    expect(unit).toBeDefined();
    expect(plan.strict).toContain("('so' & 'do') | (");
    expect(plan.strict).toContain("'giay' & 'chung' & 'nhan' & 'quyen' & 'su' & 'dung' & 'dat'");
    expect(plan.phrases).toContain(" cap lai giay chung nhan quyen su dung dat ");
    expect(plan.highlightTerms).toContain("giay chung nhan quyen su dung dat");
  });

  it("leaves filler words optional when the query has others", () => {
    const plan = planQuery("thủ tục đăng ký kết hôn như thế nào", dictionary);
    expect(plan.strict).not.toContain("'thu'");
    expect(plan.strict).not.toContain("'nao'");
    expect(plan.strict).toContain("'dang'");
  });

  it("leaves common words optional, and requires only a wording's rarer words", () => {
    const common = new Set(["dang", "ky", "giay", "chung", "nhan"]);
    const kind = (extra: string[] = []) => (w: string) => (common.has(w) || extra.includes(w) ? ("common" as const) : ("rare" as const));
    const plan = planQuery("đăng ký khai sinh", dictionary, kind());
    expect(plan.strict).toBe("'khai' & 'sinh'");
    const all = planQuery("đăng ký", dictionary, kind());
    expect(all.strict).toBe("'dang' & 'ky'");
    const land = planQuery("sổ đỏ", dictionary, kind(["so", "do"]));
    expect(land.strict).toContain("'quyen' & 'su' & 'dung' & 'dat'");
    expect(land.strict).not.toContain("'giay'");
    // The everyday wording, all common words, is left to the ranking.
    expect(land.strict).not.toContain("'so' & 'do'");
    // An abbreviation the catalog does not know stands for its official wording.
    const kt3 = planQuery("kt3", dictionary, (w) => (w === "kt3" ? "unknown" : "common"));
    expect(kt3.strict).toBe("('dang' & 'ky' & 'tam' & 'tru')");
  });

  it("never lets query text become tsquery syntax", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        const plan = planQuery(q, dictionary);
        // Every operand is a quoted lexeme of letters and digits.
        const operands = plan.strict.replace(/[()&|]/g, " ").split(/\s+/).filter(Boolean);
        for (const o of operands) expect(o).toMatch(/^'[\p{L}\p{N}]+'$/u);
      }),
    );
    expect(lexeme("o'brien")).toBe("'o''brien'");
  });

  it("an empty or punctuation-only query has no words", () => {
    expect(planQuery("  ;;; --- ", dictionary).tokens).toEqual([]);
  });
});

describe("partial matching", () => {
  it("names the words the strict query requires, and the word of each partial unit", () => {
    const plan = planQuery("thủ tục đăng ký khai sinh qqxz", dictionary);
    expect(plan.requiredWords).toContain("qqxz");
    expect(plan.requiredWords).not.toContain("thu");
    expect(plan.partialWords.length).toBe(plan.partial.length);
    expect(plan.partialWords).toContain("qqxz");
    const synonym = planQuery("sổ đỏ qqxz", dictionary);
    expect(synonym.partialWords).toEqual([null, "qqxz"]);
  });

  it("asks for at least `need` units as an OR of ANDs", () => {
    expect(atLeastQuery(["'a'", "'b'", "'c'"], 2)).toBe("(('a') & ('b')) | (('a') & ('c')) | (('b') & ('c'))");
    expect(atLeastQuery(["'a'", "'b'"], 1)).toBe("('a') | ('b')");
    expect(atLeastQuery(["'a'", "'b'"], 2)).toBe("(('a') & ('b'))");
    expect(atLeastQuery(["'a'"], 2)).toBeNull();
    // C(10, 5) = 252 combinations: too many, the caller matches any unit and counts.
    expect(atLeastQuery(Array.from({ length: 10 }, (_, i) => `'w${i}'`), 5)).toBeNull();
  });

  it("is true exactly when at least `need` units are (every subset of four units)", () => {
    const units = ["a", "b", "c", "d"];
    fc.assert(
      fc.property(fc.subarray(units), fc.integer({ min: 1, max: 4 }), (present, need) => {
        const q = atLeastQuery(units.map((u) => `'${u}'`), need)!;
        // Evaluate the boolean expression with the present units true.
        const js = q.replace(/'(\w)'/g, (_, u: string) => String(present.includes(u))).replace(/&/g, "&&").replace(/\|/g, "||");
        expect(new Function(`return ${js};`)()).toBe(present.length >= need);
      }),
    );
  });
});

describe("did you mean", () => {
  it("measures edits with transpositions", () => {
    expect(editDistance("khia", "khai")).toBe(1);
    expect(editDistance("snh", "sinh")).toBe(1);
    expect(editDistance("dang", "dang")).toBe(0);
    expect(editDistance("abc", "xyzxyz", 2)).toBe(3);
  });

  it("allows more edits for longer words, none for one letter", () => {
    expect(allowedEdits(1)).toBe(0);
    expect(allowedEdits(2)).toBe(1);
    expect(allowedEdits(4)).toBe(1);
    expect(allowedEdits(8)).toBe(2);
  });

  it("picks the closest word, then one used in names, then the most frequent", () => {
    const c = (word: string, inName: boolean, frequency: number) => ({ word, display: word, inName, frequency, similarity: 0.3 });
    expect(bestCorrection("dng", [c("dung", false, 50), c("dang", true, 40)])?.word).toBe("dang");
    expect(bestCorrection("dng", [c("dung", true, 50), c("dang", true, 40)])?.word).toBe("dung");
    expect(bestCorrection("khai", [c("khai", true, 9)])).toBeNull();
    expect(bestCorrection("zzzz", [c("khai", true, 9)])).toBeNull();
  });

  it("tries several corrections of a lone unknown word, fewer of each when there are more", () => {
    const c = (word: string) => ({ word, display: word, inName: true, frequency: 1, similarity: 0.3 });
    const many = ["so", "sao", "san", "sai", "sau", "sap", "sat", "sa1", "sa2", "sa3"].map(c);
    expect(combinations([many]).map((x) => x[0]!.word)).toEqual(["so", "sao", "san", "sai", "sau", "sap", "sat", "sa1", "sa2"]);
    const two = combinations([many, many]);
    expect(two.length).toBe(9);
    expect(two[0]!.map((x) => x.word)).toEqual(["so", "so"]);
  });
});

describe("words one edit away", () => {
  it("holds swaps of neighbours, drops, additions and replacements, never the word itself", () => {
    const near = oneEditAway("hno");
    expect(near.has("hon")).toBe(true);
    expect(near.has("nho")).toBe(true);
    expect(near.has("ho")).toBe(true);
    expect(near.has("hnoa")).toBe(true);
    expect(near.has("hna")).toBe(true);
    expect(near.has("hno")).toBe(false);
  });

  it("every one is at edit distance 1", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), (w) => {
        for (const v of oneEditAway(w)) expect(editDistance(w, v, 2)).toBe(1);
      }),
      { numRuns: 30 },
    );
  });

  it("finds the vocabulary words a slip away, swapped letters included", () => {
    const words = new Map([
      ["hon", { display: "hôn", inName: true, frequency: 9 }],
      ["khai", { display: "khai", inName: true, frequency: 20 }],
      ["ket", { display: "kết", inName: true, frequency: 9 }],
    ]);
    expect(nearbyWords("hno", words).map((c) => c.word)).toEqual(["hon"]);
    expect(nearbyWords("khia", words).map((c) => c.word)).toEqual(["khai"]);
    expect(nearbyWords("kte", words).map((c) => c.display)).toEqual(["kết"]);
    expect(nearbyWords("k", words)).toEqual([]);
  });
});

describe("search documents", () => {
  it("keeps folded words with a space at each end", () => {
    expect(wordsOf("Đăng ký khai sinh (bản sao)")).toBe(" dang ky khai sinh ban sao ");
    expect(wordsOf("")).toBe(" ");
  });

  it("keeps every word of the name, and the body's distinct uncommon words", () => {
    const doc = buildDocument(
      {
        name: "Cấp giấy phép xây dựng",
        fieldName: "Xây dựng",
        lifeEventNames: ["Xây nhà"],
        conditions: "Có giấy tờ về đất",
        steps: ["Nộp hồ sơ", "Nhận giấy phép"],
        components: [{ name: "Đơn đề nghị", note: "" }],
        result: "Giấy phép xây dựng",
        fees: [{ name: "Lệ phí", amount: 0 }],
        legalBasis: [{ code: "50/2014/QH13", title: "Luật Xây dựng" }],
        timeLimitValue: 15,
        timeLimitUnit: "WORKING_DAY",
      },
      (w) => w === "giay",
    );
    expect(doc.nameWords).toBe(" cap giay phep xay dung ");
    expect(doc.bodyWords).not.toContain(" giay ");
    expect(doc.bodyWords).toContain(" 2014 ");
    expect(doc.bodyWords.split(" ").filter((w) => w === "xay").length).toBe(1);
    expect(doc.timeLimitHours).toBe(120);
  });

  it("counts time limits in working hours", () => {
    expect(timeLimitHours(8, "WORKING_HOUR")).toBe(8);
    expect(timeLimitHours(3, "WORKING_DAY")).toBe(24);
    expect(timeLimitHours(7, "CALENDAR_DAY")).toBe(40);
  });

  it("calls a word common only in a catalog large enough", () => {
    expect(isCommonWord(30, 100)).toBe(true);
    expect(isCommonWord(10, 100)).toBe(false);
    expect(isCommonWord(30, 40)).toBe(false);
  });
});

describe("catalog parameters", () => {
  const parse = (query: string) => {
    const sp = new URLSearchParams(query);
    return parseCatalogParams((n) => sp.getAll(n));
  };

  it("accepts the catalog's filters and pages", () => {
    expect(parse("q=sổ đỏ&field=DD&level=province&online=full&audience=citizen&lifeEvent=KHAI_SINH&agency=000.00.12.H42&sort=time&page=3&pageSize=50")).toEqual({
      ok: true,
      params: { q: "sổ đỏ", field: "DD", level: "province", online: "full", audience: "citizen", lifeEvent: "KHAI_SINH", agency: "000.00.12.H42", sort: "time", page: 3, pageSize: 50 },
    });
  });

  it("treats empty values as absent (an HTML form sends empty selects)", () => {
    expect(parse("q=&field=&level=&page=")).toEqual({ ok: true, params: {} });
  });

  it.each([
    ["page=-1", "page"],
    ["page=1001", "page"],
    ["pageSize=51", "pageSize"],
    ["level=huyen", "level"],
    ["q=" + "x".repeat(201), "q"],
    ["q=a%0Ab", "q"],
    ["field=a b", "field"],
    ["sort=1&sort=2", "sort"],
  ])("%s is refused, naming %s", (query, name) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.name)).toContain(name);
  });
});

describe("pagination and the OpenAPI document", () => {
  it("shows the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, "gap", 3, 4, 5, 6, 7, "gap", 10]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });

  it("describes every parameter and answer from the zod schemas", () => {
    const doc = JSON.parse(openApiDocument());
    const page = doc.paths["/procedures"].get.parameters.find((p: { name: string }) => p.name === "page");
    expect(page.schema.type).toBe("string");
    expect(doc.paths["/procedures"].get.responses["400"].content["application/problem+json"]).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(["ProcedureList", "ProcedureDetail", "SuggestList", "Problem"]);
  });
});
