import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogFiles } from "../../lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const load = (locale: string, file: string) => JSON.parse(readFileSync(`messages/${locale}/${file}.json`, "utf8"));

describe("message catalogs", () => {
  it("lists every catalog file, and each exists in Vietnamese and English", () => {
    for (const locale of ["vi", "en"]) {
      const files = readdirSync(`messages/${locale}`).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual([...catalogFiles].sort());
    }
  });

  for (const file of catalogFiles) {
    it(`${file}: English has exactly the Vietnamese keys, none empty`, () => {
      const vi = keys(load("vi", file)).sort();
      const en = keys(load("en", file)).sort();
      expect(en).toEqual(vi);
      for (const locale of ["vi", "en"]) {
        const flat = keys(load(locale, file));
        for (const k of flat) {
          const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], load(locale, file));
          expect(typeof v === "string" && v.trim().length > 0, `${locale}/${file}: ${k}`).toBe(true);
        }
      }
    });
  }

  it("no two catalog files define the same namespace", () => {
    const seen = new Map<string, string>();
    for (const file of catalogFiles) {
      for (const ns of Object.keys(load("vi", file))) {
        expect(seen.get(ns), `namespace ${ns}`).toBeUndefined();
        seen.set(ns, file);
      }
    }
  });
});
