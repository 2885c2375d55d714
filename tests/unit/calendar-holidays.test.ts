import { describe, it, expect } from "vitest";
import { defaultCalendarEntries, KNOWN_ARRANGEMENTS, WorkCalendar, localWeekday } from "../../lib/domain/calendar";

const kinds = (year: number, kind: "HOLIDAY" | "DAY_OFF" | "WORKING_DAY") =>
  defaultCalendarEntries(year)
    .filter((e) => e.kind === kind)
    .map((e) => e.date);

/** Weekdays (Mon–Fri) that civil servants have off, per the default calendar. */
function weekdaysOff(year: number): string[] {
  const cal = WorkCalendar.withDefaultHolidays(year, year);
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (localWeekday(date) <= 5 && !cal.isWorkingDay(date)) out.push(date);
  }
  return out;
}

describe("public holidays (Bộ luật Lao động 2019, Điều 112) and announced arrangements", () => {
  it("2025: known schedule", () => {
    expect(kinds(2025, "HOLIDAY")).toEqual([
      "2025-01-01",
      "2025-01-28", // 29 tháng Chạp (no 30 that year)
      "2025-01-29", // mùng 1
      "2025-01-30",
      "2025-01-31",
      "2025-02-01", // mùng 4, Saturday
      "2025-04-07", // Giỗ Tổ
      "2025-04-30",
      "2025-05-01",
      "2025-09-01", // adjacent day
      "2025-09-02",
    ]);
    expect(kinds(2025, "DAY_OFF")).toEqual(["2025-01-27", "2025-05-02"]);
    expect(kinds(2025, "WORKING_DAY")).toEqual(["2025-04-26"]);
    expect(weekdaysOff(2025)).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ]);
  });

  it("Tết 2025: off from Saturday 25/1 to Sunday 2/2/2025, back on Monday 3/2", () => {
    const cal = WorkCalendar.withDefaultHolidays(2025, 2025);
    for (let d = 25; d <= 31; d++) expect(cal.isWorkingDay(`2025-01-${d}`)).toBe(false);
    expect(cal.isWorkingDay("2025-02-01")).toBe(false);
    expect(cal.isWorkingDay("2025-02-02")).toBe(false);
    expect(cal.isWorkingDay("2025-01-24")).toBe(true);
    expect(cal.isWorkingDay("2025-02-03")).toBe(true);
  });

  it("30/4 – 1/5/2025: 2/5 off, made up on Saturday 26/4/2025", () => {
    const cal = WorkCalendar.withDefaultHolidays(2025, 2025);
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(localWeekday("2025-04-26")).toBe(6);
    for (const d of ["2025-04-30", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"]) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay("2025-05-05")).toBe(true);
  });

  it("2026: known schedule", () => {
    expect(kinds(2026, "HOLIDAY")).toEqual([
      "2026-01-01",
      "2026-02-16", // 29 tháng Chạp
      "2026-02-17", // mùng 1
      "2026-02-18",
      "2026-02-19",
      "2026-02-20", // mùng 4
      "2026-04-26", // Giỗ Tổ, Sunday
      "2026-04-30",
      "2026-05-01",
      "2026-09-01", // adjacent day: unverified default
      "2026-09-02",
    ]);
    expect(kinds(2026, "DAY_OFF")).toEqual(["2026-01-02", "2026-04-27"]);
    expect(kinds(2026, "WORKING_DAY")).toEqual(["2026-01-10"]);
  });

  it("Tết 2026: civil servants off from 14/2 to 22/2/2026 (9 days)", () => {
    const cal = WorkCalendar.withDefaultHolidays(2026, 2026);
    for (let d = 14; d <= 22; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay("2026-02-13")).toBe(true);
    expect(cal.isWorkingDay("2026-02-23")).toBe(true);
  });

  it("Tết Dương lịch 2026: 1/1–4/1 off, Saturday 10/1/2026 is a make-up working day", () => {
    const cal = WorkCalendar.withDefaultHolidays(2026, 2026);
    for (const d of ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay("2026-01-10")).toBe(true);
    expect(cal.isWorkingDay("2026-01-11")).toBe(false);
  });

  it("Giỗ Tổ 2026 falls on Sunday 26/4: compensatory day Monday 27/4", () => {
    const cal = WorkCalendar.withDefaultHolidays(2026, 2026);
    expect(localWeekday("2026-04-26")).toBe(7);
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.isWorkingDay("2026-04-28")).toBe(true);
  });

  it("2027: generated defaults (nothing announced yet)", () => {
    expect(kinds(2027, "HOLIDAY")).toEqual([
      "2027-01-01",
      "2027-02-05", // 29 tháng Chạp
      "2027-02-06", // mùng 1, Saturday
      "2027-02-07", // Sunday
      "2027-02-08",
      "2027-02-09",
      "2027-04-16", // Giỗ Tổ
      "2027-04-30",
      "2027-05-01", // Saturday
      "2027-09-02",
      "2027-09-03",
    ]);
    // Tết: Saturday → the working day before, Sunday → the next one; 1/5 (Sat) → Monday 3/5.
    expect(kinds(2027, "DAY_OFF")).toEqual(["2027-02-04", "2027-02-10", "2027-05-03"]);
    expect(kinds(2027, "WORKING_DAY")).toEqual([]);
    expect(KNOWN_ARRANGEMENTS[2027]?.verified).toBe(false);
  });

  it("reproduces the announced 2023 schedule (Tết 20–26/1, 29/4–3/5, 1–4/9, 2/1)", () => {
    expect(weekdaysOff(2023)).toEqual([
      "2023-01-02",
      "2023-01-20",
      "2023-01-23",
      "2023-01-24",
      "2023-01-25",
      "2023-01-26",
      "2023-05-01",
      "2023-05-02",
      "2023-05-03",
      "2023-09-01",
      "2023-09-04",
    ]);
  });

  it("reproduces the 2024 National Day (31/8–3/9) and Tết (8–14/2)", () => {
    const off = weekdaysOff(2024);
    expect(off).toContain("2024-09-02");
    expect(off).toContain("2024-09-03");
    for (const d of ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"]) expect(off).toContain(d);
  });

  it.each(Array.from({ length: 41 }, (_, i) => 2000 + i))(
    "%i: 11 statutory holidays, each on a weekday or compensated; swaps are balanced",
    (year) => {
      const entries = defaultCalendarEntries(year);
      const swapOffs = entries.filter((e) => e.kind === "DAY_OFF" && e.name.startsWith("Nghỉ hoán đổi")).length;
      const makeUps = entries.filter((e) => e.kind === "WORKING_DAY");
      expect(makeUps.length).toBe(swapOffs);
      for (const m of makeUps) expect(localWeekday(m.date)).toBeGreaterThanOrEqual(6);
      expect(weekdaysOff(year).length).toBe(11 + swapOffs);
      // Well-formed, sorted, no duplicate (date, kind), all in the year.
      const keys = entries.map((e) => `${e.date}/${e.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
      for (const e of entries) {
        expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(e.date.startsWith(String(year))).toBe(true);
        expect(e.name.length).toBeGreaterThan(0);
        expect(e.nameEn.length).toBeGreaterThan(0);
      }
    },
  );

  it("Giỗ Tổ coinciding with 30/4 gives an extra compensatory day", () => {
    // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → compensations Tue 2/5 and Wed 3/5.
    expect(kinds(2023, "DAY_OFF")).toEqual(expect.arrayContaining(["2023-05-02", "2023-05-03"]));
  });

  it("rejects a silly year", () => {
    expect(() => defaultCalendarEntries(1800)).toThrow(RangeError);
    expect(() => defaultCalendarEntries(2025.5)).toThrow(RangeError);
  });
});
