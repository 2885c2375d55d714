import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { jdFromDate, jdToDate, lunarMonthLength, lunarToSolar, solarToLunar, tetDate } from "../../lib/domain/calendar";

const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("lunar calendar (UTC+7)", () => {
  // Mùng 1 Tết, Vietnamese calendar.
  const TET: Array<[number, string]> = [
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    // New moon at 23:07 Vietnam time on 2/2/2030 (00:07 on 3/2 in China): Vietnamese Tết is a day earlier.
    [2030, "2030-02-02"],
  ];
  it.each(TET)("Tết %i is %s", (year, date) => {
    expect(iso(tetDate(year))).toBe(date);
    expect(iso(lunarToSolar(1, 1, year))).toBe(date);
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    expect(solarToLunar(d, m, y)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it("Tết differs from the Chinese New Year where UTC+7 matters (1985, 2007)", () => {
    expect(iso(tetDate(1985))).toBe("1985-01-21");
    expect(iso(tetDate(2007))).toBe("2007-02-17");
  });

  const HUNG_KINGS: Array<[number, string]> = [
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
  ];
  it.each(HUNG_KINGS)("Giỗ Tổ Hùng Vương (10/3 âm lịch) %i is %s", (year, date) => {
    expect(iso(lunarToSolar(10, 3, year))).toBe(date);
  });

  it("mid-autumn (15/8) dates", () => {
    expect(iso(lunarToSolar(15, 8, 2024))).toBe("2024-09-17");
    expect(iso(lunarToSolar(15, 8, 2025))).toBe("2025-10-06");
  });

  it("the day before Tết is the last day of the 12th month (29 or 30)", () => {
    expect(solarToLunar(28, 1, 2025)).toEqual({ year: 2024, month: 12, day: 29, leap: false }); // no 30 Tết in 2025
    expect(solarToLunar(16, 2, 2026)).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(solarToLunar(14, 2, 2026)).toEqual({ year: 2025, month: 12, day: 27, leap: false });
    expect(solarToLunar(21, 1, 2023)).toEqual({ year: 2022, month: 12, day: 30, leap: false });
    expect(lunarMonthLength(12, 2024)).toBe(29);
    expect(lunarMonthLength(12, 2022)).toBe(30);
    expect(() => lunarToSolar(30, 12, 2024)).toThrow(RangeError);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])("lunar year %i has leap month %i", (year, month) => {
    const s = lunarToSolar(1, month, year, true);
    expect(solarToLunar(s.day, s.month, s.year)).toEqual({ year, month, day: 1, leap: true });
    const regular = lunarToSolar(1, month, year, false);
    const diff = (Date.UTC(s.year, s.month - 1, s.day) - Date.UTC(regular.year, regular.month - 1, regular.day)) / 86_400_000;
    expect(diff === 29 || diff === 30).toBe(true);
    expect(() => lunarToSolar(1, month === 12 ? 1 : month + 1, year, true)).toThrow(RangeError);
  });

  it("a year without a leap month rejects any leap month", () => {
    expect(() => lunarToSolar(1, 3, 2024, true)).toThrow(RangeError);
  });

  it("round-trips every day of 2019–2031", () => {
    const start = Date.UTC(2019, 0, 1);
    const end = Date.UTC(2031, 11, 31);
    let previous: ReturnType<typeof solarToLunar> | null = null;
    for (let t = start; t <= end; t += 86_400_000) {
      const d = new Date(t);
      const l = solarToLunar(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
      const back = lunarToSolar(l.day, l.month, l.year, l.leap);
      expect(back).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      if (previous) {
        // Consecutive days: day+1 in the same month, or day 1 of the next month.
        if (l.day !== 1) expect(l.day).toBe(previous.day + 1);
        else expect(previous.day === 29 || previous.day === 30).toBe(true);
      }
      previous = l;
    }
  });

  it("Julian day numbers", () => {
    expect(jdFromDate(1, 1, 2000)).toBe(2451545);
    expect(jdToDate(2451545)).toEqual({ year: 2000, month: 1, day: 1 });
  });

  it("property: solar → lunar → solar is the identity (1900–2100)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        const l = solarToLunar(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
      }),
      { numRuns: 300 },
    );
  });

  it("rejects invalid input", () => {
    expect(() => lunarToSolar(0, 1, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(RangeError);
    expect(() => solarToLunar(1.5, 1, 2025)).toThrow(RangeError);
  });
});
