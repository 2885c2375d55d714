import { describe, expect, it } from "vitest";
import { dateFromParts, datePartsOf, isCalendarDate } from "../../lib/domain/calendar-date";
import { addressText, parseFormSchema, readRawAnswers, validateAnswers } from "../../lib/domain/forms";

const form = parseFormSchema({
  version: 1,
  sections: [
    {
      id: "s1",
      title: "Một",
      fields: [
        { type: "date", name: "born", label: "Ngày sinh", max: "today" },
        { type: "group", name: "kids", label: "Con", itemLabel: "Con", minItems: 0, maxItems: 3, required: false, fields: [{ type: "date", name: "dob", label: "Ngày sinh" }] },
      ],
    },
  ],
});

function posted(entries: Array<[string, string]>) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("a date asked as day / month / year", () => {
  it("joins the three fields into YYYY-MM-DD, padding day and month", () => {
    expect(dateFromParts({ day: "5", month: "1", year: "2026" })).toBe("2026-01-05");
    expect(dateFromParts({ day: " 27 ", month: "03", year: "1990" })).toBe("1990-03-27");
    expect(dateFromParts({ day: "", month: "", year: "" })).toBe("");
  });

  it("refuses what is not a date, and gives back exactly what was typed", () => {
    for (const typed of [
      { day: "31", month: "2", year: "2026" },
      { day: "12", month: "13", year: "2026" },
      { day: "ab", month: "1", year: "2026" },
      { day: "1", month: "", year: "2026" },
      { day: "1", month: "1", year: "26" },
    ]) {
      const value = dateFromParts(typed);
      expect(isCalendarDate(value)).toBe(false);
      const back = datePartsOf(value);
      expect(back.year).toBe(typed.year);
      expect(Number(back.month) || back.month).toEqual(Number(typed.month) || typed.month);
      expect(Number(back.day) || back.day).toEqual(Number(typed.day) || typed.day);
    }
  });

  it("shows a stored date in its three fields", () => {
    expect(datePartsOf("2026-01-05")).toEqual({ day: "05", month: "01", year: "2026" });
    expect(datePartsOf("")).toEqual({ day: "", month: "", year: "" });
  });

  it("is read from a posted form, at the top and inside a repeated group, and checked by the form's own schema", () => {
    const fd = posted([
      ["a.born.day", "9"],
      ["a.born.month", "7"],
      ["a.born.year", "1985"],
      ["a.kids.count", "1"],
      ["a.kids.0.dob.day", "30"],
      ["a.kids.0.dob.month", "2"],
      ["a.kids.0.dob.year", "2020"],
    ]);
    const raw = readRawAnswers(form, fd);
    expect(raw.born).toBe("1985-07-09");
    expect((raw.kids as Array<Record<string, unknown>>)[0]!.dob).toBe("2020-02-30");
    const result = validateAnswers(form, raw, { today: "2026-12-01" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: ["kids", 0, "dob"], key: "invalidDate" }]);
  });

  it("still reads a date posted whole (YYYY-MM-DD)", () => {
    expect(readRawAnswers(form, posted([["a.born", "2001-02-03"]])).born).toBe("2001-02-03");
  });
});

describe("an address in one line", () => {
  const communes = [{ value: "000.01.30.H42", label: "Phường Hoa Lư", labelEn: "Hoa Lu Ward" }];
  it("names the commune, never its agency code", () => {
    const a = { street: "Số 9 Trần Hưng Đạo", commune: "000.01.30.H42", province: "Ninh Bình" };
    expect(addressText(a, communes, "vi")).toBe("Số 9 Trần Hưng Đạo, Phường Hoa Lư, Ninh Bình");
    expect(addressText(a, communes, "en")).toBe("Số 9 Trần Hưng Đạo, Hoa Lu Ward, Ninh Bình");
    expect(addressText(undefined, communes, "vi")).toBe("");
  });
});
