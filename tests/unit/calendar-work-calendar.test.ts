import { describe, it, expect } from "vitest";
import {
  DEFAULT_OFFICE_HOURS,
  WorkCalendar,
  addDaysToDate,
  fromLocal,
  localWeekday,
  toLocalDate,
  toLocalTime,
  type TimeLimit,
} from "../../lib/domain/calendar";

/** "YYYY-MM-DD HH:MM" in Vietnam time → Date. */
const at = (s: string): Date => {
  const [date, time] = s.split(" ");
  return fromLocal(date ?? "", time ?? "00:00");
};
/** Date → "YYYY-MM-DD HH:MM" in Vietnam time. */
const fmt = (d: Date | null): string | null => (d === null ? null : `${toLocalDate(d)} ${toLocalTime(d)}`);

const cal = WorkCalendar.withDefaultHolidays(2024, 2028);
const WD = (value: number): TimeLimit => ({ value, unit: "WORKING_DAY" });
const WH = (value: number): TimeLimit => ({ value, unit: "WORKING_HOUR" });
const CD = (value: number): TimeLimit => ({ value, unit: "CALENDAR_DAY" });

describe("time zone: Asia/Ho_Chi_Minh = UTC+07:00", () => {
  it("converts local ↔ UTC explicitly", () => {
    expect(at("2025-03-03 07:00").toISOString()).toBe("2025-03-03T00:00:00.000Z");
    expect(toLocalDate(new Date("2025-03-02T17:00:00Z"))).toBe("2025-03-03");
    expect(toLocalTime(new Date("2025-03-02T17:00:00Z"))).toBe("00:00");
    expect(toLocalDate(new Date("2025-03-02T16:59:59Z"))).toBe("2025-03-02");
    expect(localWeekday("2025-03-03")).toBe(1);
    expect(localWeekday("2025-03-09")).toBe(7);
    expect(addDaysToDate("2025-02-27", 2)).toBe("2025-03-01");
    expect(() => fromLocal("2025-02-30")).toThrow(RangeError);
    expect(() => fromLocal("2025-02-03", "7:00")).toThrow(RangeError);
  });
  it("default office hours are 07:00–11:30 and 13:30–17:00, Monday–Friday (8 hours)", () => {
    expect(DEFAULT_OFFICE_HOURS.periods).toEqual([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
    expect(DEFAULT_OFFICE_HOURS.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(cal.workingMinutesPerDay).toBe(480);
  });
});

describe("office hours, lunch break, weekends", () => {
  // 2025-03-03 is a Monday with no holiday that week.
  it.each([
    ["2025-03-03 06:59", false],
    ["2025-03-03 07:00", true],
    ["2025-03-03 11:29", true],
    ["2025-03-03 11:30", false], // lunch break
    ["2025-03-03 12:15", false],
    ["2025-03-03 13:30", true],
    ["2025-03-03 16:59", true],
    ["2025-03-03 17:00", false],
    ["2025-03-03 22:00", false],
    ["2025-03-08 09:00", false], // Saturday
    ["2025-03-09 09:00", false], // Sunday
  ])("isWorkingTime(%s) = %s", (s, expected) => {
    expect(cal.isWorkingTime(at(s))).toBe(expected);
  });

  it.each([
    ["2025-03-03 09:15", "2025-03-03 09:15"], // already working time
    ["2025-03-03 05:00", "2025-03-03 07:00"], // before opening
    ["2025-03-03 11:30", "2025-03-03 13:30"], // lunch break
    ["2025-03-03 12:00", "2025-03-03 13:30"],
    ["2025-03-03 17:00", "2025-03-04 07:00"], // closing time
    ["2025-03-07 17:30", "2025-03-10 07:00"], // Friday after hours → Monday morning
    ["2025-03-08 10:00", "2025-03-10 07:00"], // Saturday
    ["2025-03-09 23:59", "2025-03-10 07:00"], // Sunday night
  ])("nextWorkingStart(%s) = %s", (s, expected) => {
    expect(fmt(cal.nextWorkingStart(at(s)))).toBe(expected);
  });

  it("isWorkingDay accepts a local date or an instant", () => {
    expect(cal.isWorkingDay("2025-03-03")).toBe(true);
    expect(cal.isWorkingDay("2025-03-08")).toBe(false);
    // 2025-03-07T18:00Z is Saturday 01:00 in Vietnam.
    expect(cal.isWorkingDay(new Date("2025-03-07T18:00:00Z"))).toBe(false);
    expect(cal.isWorkingDay(new Date("2025-03-07T16:00:00Z"))).toBe(true);
    expect(cal.nextWorkingDay("2025-03-07")).toBe("2025-03-10");
  });
});

describe("working-day limits (1 working day = 8 working hours)", () => {
  it.each([
    ["2025-03-03 09:00", 1, "2025-03-04 09:00"], // Monday 09:00 + 1 → Tuesday 09:00
    ["2025-03-03 07:00", 1, "2025-03-03 17:00"], // whole day used → same day 17:00
    ["2025-03-03 13:30", 1, "2025-03-04 11:30"], // afternoon + morning
    ["2025-03-03 12:00", 1, "2025-03-04 11:30"], // received in the lunch break → from 13:30
    ["2025-03-03 06:00", 1, "2025-03-03 17:00"], // received before opening → from 07:00
    ["2025-03-03 18:00", 1, "2025-03-04 17:00"], // after hours → next morning
    ["2025-03-07 09:00", 1, "2025-03-10 09:00"], // Friday → Monday (weekend skipped)
    ["2025-03-07 17:30", 1, "2025-03-10 17:00"], // Friday 17:30 counts from Monday 07:00
    ["2025-03-08 10:00", 1, "2025-03-10 17:00"], // received on Saturday (online)
    ["2025-03-03 09:00", 5, "2025-03-10 09:00"], // a full week
    ["2025-03-03 09:00", 10, "2025-03-17 09:00"],
    ["2025-03-03 09:00", 0.5, "2025-03-03 15:00"], // half a day = 4 hours
    ["2025-03-03 09:00", 0, "2025-03-03 09:00"],
    ["2025-03-07 17:30", 0, "2025-03-10 07:00"],
  ])("received %s + %s working day(s) → due %s", (start, days, due) => {
    expect(fmt(cal.addWorkingDays(at(start), days))).toBe(due);
    expect(fmt(cal.dueDate(at(start), WD(days)))).toBe(due);
  });
});

describe("working-hour limits", () => {
  it.each([
    ["2025-03-03 10:00", 2, "2025-03-03 14:00"], // across the lunch break
    ["2025-03-03 16:00", 2, "2025-03-04 08:00"], // across the night
    ["2025-03-03 11:00", 0.5, "2025-03-03 11:30"], // ends at the end of the morning
    ["2025-03-03 07:00", 8, "2025-03-03 17:00"],
    ["2025-03-07 16:00", 8, "2025-03-10 16:00"], // online dossier: received within 8 working hours
    ["2025-03-07 20:00", 8, "2025-03-10 17:00"],
    ["2025-03-03 09:00", 1.25, "2025-03-03 10:15"],
  ])("received %s + %s working hour(s) → %s", (start, hours, due) => {
    expect(fmt(cal.addWorkingHours(at(start), hours))).toBe(due);
    expect(fmt(cal.dueDate(at(start), WH(hours)))).toBe(due);
  });

  it("rejects negative or non-finite amounts", () => {
    expect(() => cal.addWorkingHours(at("2025-03-03 09:00"), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(at("2025-03-03 09:00"), Number.NaN)).toThrow(RangeError);
    expect(() => cal.dueDate(at("2025-03-03 09:00"), WD(-1))).toThrow(RangeError);
    expect(() => cal.addCalendarDays(at("2025-03-03 09:00"), 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(new Date(Number.NaN), 1)).toThrow(TypeError);
  });
});

describe("public holidays in working-day limits, 2025–2027", () => {
  it.each([
    // Tết Dương lịch
    ["2024-12-31 09:00", 1, "2025-01-02 09:00"], // 1/1/2025 (Wed)
    ["2025-12-31 09:00", 1, "2026-01-05 09:00"], // 1/1 + swapped 2/1/2026 + weekend
    ["2026-12-31 09:00", 1, "2027-01-04 09:00"], // 1/1/2027 (Fri)
    // Tết Nguyên đán
    ["2025-01-24 09:00", 1, "2025-02-03 09:00"], // Tết 2025: off 25/1–2/2
    ["2026-02-13 09:00", 1, "2026-02-23 09:00"], // Tết 2026: off 14/2–22/2
    ["2026-02-13 14:00", 3, "2026-02-25 14:00"], // received Friday afternoon, 3 working days → after 22/2
    ["2027-02-03 09:00", 1, "2027-02-11 09:00"], // Tết 2027 (default): off 4/2–10/2
    // Giỗ Tổ Hùng Vương
    ["2025-04-04 09:00", 1, "2025-04-08 09:00"], // 7/4/2025 (Mon)
    ["2026-04-24 09:00", 1, "2026-04-28 09:00"], // 26/4/2026 (Sun) → compensated Mon 27/4
    ["2027-04-15 09:00", 1, "2027-04-19 09:00"], // 16/4/2027 (Fri)
    // 30/4 and 1/5
    ["2025-04-29 09:00", 1, "2025-05-05 09:00"], // 30/4, 1/5, swapped 2/5, weekend
    ["2026-04-29 09:00", 1, "2026-05-04 09:00"], // 30/4 Thu, 1/5 Fri
    ["2027-04-29 09:00", 1, "2027-05-04 09:00"], // 30/4 Fri, 1/5 Sat → compensated Mon 3/5
    // Quốc khánh
    ["2025-08-29 09:00", 1, "2025-09-03 09:00"], // 1/9 + 2/9/2025
    ["2026-08-31 09:00", 1, "2026-09-03 09:00"], // 1/9 (default) + 2/9/2026
    ["2027-09-01 09:00", 1, "2027-09-06 09:00"], // 2/9 + 3/9/2027 (default)
  ])("received %s + %s working day(s) → due %s", (start, days, due) => {
    expect(fmt(cal.addWorkingDays(at(start), days))).toBe(due);
  });

  it("Tết 2026: a dossier received 13/2/2026 afternoon with 3 working days falls due after 22/2/2026", () => {
    const due = cal.dueDate(at("2026-02-13 15:00"), WD(3));
    expect(due).not.toBeNull();
    expect(toLocalDate(due as Date) > "2026-02-22").toBe(true);
    expect(cal.workingMinutesBetween(at("2026-02-13 17:00"), at("2026-02-23 07:00"))).toBe(0);
  });

  it("a make-up working Saturday counts as a working day", () => {
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(cal.isWorkingTime(at("2025-04-26 09:00"))).toBe(true);
    expect(fmt(cal.addWorkingDays(at("2025-04-25 09:00"), 1))).toBe("2025-04-26 09:00");
    expect(fmt(cal.nextWorkingStart(at("2025-04-25 18:00")))).toBe("2025-04-26 07:00");
    expect(fmt(cal.addWorkingDays(at("2026-01-09 09:00"), 1))).toBe("2026-01-10 09:00");
    expect(cal.workingMinutesBetween(at("2026-01-09 17:00"), at("2026-01-12 07:00"))).toBe(480);
  });

  it("compensatory days off are days off", () => {
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.isWorkingDay("2027-05-03")).toBe(false);
    expect(cal.isWorkingDay("2025-01-27")).toBe(false);
  });

  it("a calendar without entries knows only weekends; entries make holidays and make-up days", () => {
    const bare = new WorkCalendar();
    expect(bare.isWorkingDay("2026-01-01")).toBe(true);
    const custom = new WorkCalendar({
      entries: [
        { date: "2026-01-01", kind: "HOLIDAY" },
        { date: "2026-01-02", kind: "DAY_OFF" },
        { date: "2026-01-10", kind: "WORKING_DAY" },
      ],
    });
    expect(custom.isWorkingDay("2026-01-01")).toBe(false);
    expect(custom.isWorkingDay("2026-01-02")).toBe(false);
    expect(custom.isWorkingDay("2026-01-10")).toBe(true);
  });

  it("a day-off entry wins over a make-up entry on the same date", () => {
    const c = new WorkCalendar({
      entries: [
        { date: "2026-01-10", kind: "WORKING_DAY" },
        { date: "2026-01-10", kind: "DAY_OFF" },
      ],
    });
    expect(c.isWorkingDay("2026-01-10")).toBe(false);
  });
});

describe("calendar-day limits (end of office hours of the last day; never on a day off)", () => {
  it.each([
    ["2025-03-03 09:00", 3, "2025-03-06 17:00"], // receipt day not counted: Tue, Wed, Thu → end of Thursday
    ["2025-03-03 09:00", 0, "2025-03-03 17:00"], // same-day procedures: end of the receipt day
    ["2025-03-03 09:00", 5, "2025-03-10 17:00"], // ends on Saturday → end of Monday
    ["2025-03-03 09:00", 6, "2025-03-10 17:00"], // ends on Sunday → end of Monday
    ["2025-03-03 09:00", 7, "2025-03-10 17:00"],
    ["2025-03-07 17:30", 1, "2025-03-11 17:00"], // after hours: counts from Monday
    ["2026-02-09 09:00", 7, "2026-02-23 17:00"], // ends in Tết 2026 → end of 23/2
    ["2025-04-21 09:00", 9, "2025-05-05 17:00"], // ends 30/4/2025 → end of Monday 5/5
    ["2025-04-19 10:00", 5, "2025-04-26 17:00"], // ends on the make-up Saturday: a working day
    ["2026-04-20 09:00", 7, "2026-04-28 17:00"], // ends on the compensatory Monday 27/4/2026
    ["2027-01-29 09:00", 7, "2027-02-11 17:00"], // ends in Tết 2027 (default) → Thursday 11/2
  ])("received %s + %s calendar day(s) → %s", (start, days, due) => {
    expect(fmt(cal.addCalendarDays(at(start), days))).toBe(due);
    expect(fmt(cal.dueDate(at(start), CD(days)))).toBe(due);
  });

  it("rejects fractional calendar days", () => {
    expect(() => cal.dueDate(at("2025-03-03 09:00"), CD(1.5))).toThrow(RangeError);
  });
});

describe("supplement requests stop the clock", () => {
  const start = at("2025-03-03 09:00"); // Monday; 2 working days → Wednesday 09:00 without pauses
  it.each<[string, Array<[string, string]>, string]>([
    ["no pause", [], "2025-03-05 09:00"],
    ["2 days paused from Tuesday 09:00", [["2025-03-04 09:00", "2025-03-06 09:00"]], "2025-03-07 09:00"],
    ["answer after hours: restarts next morning", [["2025-03-04 09:00", "2025-03-04 20:00"]], "2025-03-05 17:00"],
    ["paused over a weekend only: no effect", [["2025-03-08 08:00", "2025-03-09 20:00"]], "2025-03-05 09:00"],
    ["paused after the due date: no effect", [["2025-03-05 10:00", "2025-03-06 10:00"]], "2025-03-05 09:00"],
    ["pause ending exactly at start: no effect", [["2025-03-01 09:00", "2025-03-03 09:00"]], "2025-03-05 09:00"],
    ["pause begun before receipt is clipped", [["2025-03-02 09:00", "2025-03-03 10:00"]], "2025-03-05 10:00"],
    [
      "overlapping pauses are merged (Tue 09:00–14:30 = 3.5 working hours)",
      [
        ["2025-03-04 09:00", "2025-03-04 11:00"],
        ["2025-03-04 10:00", "2025-03-04 14:30"],
      ],
      "2025-03-05 14:30",
    ],
    [
      "two separate pauses add up (1 h + 1 h)",
      [
        ["2025-03-03 10:00", "2025-03-03 11:00"],
        ["2025-03-04 14:00", "2025-03-04 15:00"],
      ],
      "2025-03-05 11:00",
    ],
    ["a one-hour pause at the end of Tuesday", [["2025-03-04 16:00", "2025-03-04 17:00"]], "2025-03-05 10:00"],
  ])("%s", (_label, pauses, due) => {
    const p = pauses.map(([from, to]) => ({ from: at(from), to: at(to) }));
    expect(fmt(cal.dueDate(start, WD(2), p))).toBe(due);
  });

  it("an open pause means the due date is unknown", () => {
    expect(cal.dueDate(start, WD(2), [{ from: at("2025-03-04 09:00"), to: null }])).toBeNull();
    expect(cal.dueDate(start, CD(10), [{ from: at("2025-03-04 09:00"), to: null }])).toBeNull();
  });

  it("a pause extends a working-hour limit", () => {
    // 1 h used (09:00–10:00), paused 10:00–14:00, the remaining hour runs 14:00–15:00.
    const p = [{ from: at("2025-03-03 10:00"), to: at("2025-03-03 14:00") }];
    expect(fmt(cal.dueDate(at("2025-03-03 09:00"), WH(2), p))).toBe("2025-03-03 15:00");
  });

  it("a pause extends a calendar-day limit by its duration", () => {
    const start = at("2025-03-03 09:00"); // 3 calendar days → end of Thursday 6/3
    const p = [{ from: at("2025-03-04 09:00"), to: at("2025-03-05 09:00") }];
    expect(fmt(cal.dueDate(start, CD(3), p))).toBe("2025-03-07 17:00");
    // Extended onto a Saturday → end of Monday.
    const p2 = [{ from: at("2025-03-04 09:00"), to: at("2025-03-06 09:00") }];
    expect(fmt(cal.dueDate(start, CD(3), p2))).toBe("2025-03-10 17:00");
    // 15 hours paused: Thursday 09:00 + 15 h is past midnight → end of Friday.
    const p3 = [{ from: at("2025-03-04 09:00"), to: at("2025-03-05 00:00") }];
    expect(fmt(cal.dueDate(start, CD(3), p3))).toBe("2025-03-07 17:00");
    // A short pause does not move the last day.
    const p4 = [{ from: at("2025-03-04 09:00"), to: at("2025-03-04 10:00") }];
    expect(fmt(cal.dueDate(start, CD(3), p4))).toBe("2025-03-06 17:00");
  });

  it("a supplement request across Tết 2026", () => {
    // Received Wed 11/2/2026 09:00, 5 working days; paused Thu 12/2 09:00 → answered Tue 24/2 09:00.
    // Used before: 8 h (Wed 09:00 → Thu 09:00). Remaining 32 h from Tue 24/2 09:00 → Mon 2/3 09:00.
    const p = [{ from: at("2026-02-12 09:00"), to: at("2026-02-24 09:00") }];
    expect(fmt(cal.dueDate(at("2026-02-11 09:00"), WD(5), p))).toBe("2026-03-02 09:00");
  });
});

describe("workingMinutesBetween and remainingWorkingMinutes", () => {
  it.each([
    ["2025-03-03 07:00", "2025-03-03 17:00", 480],
    ["2025-03-03 11:00", "2025-03-03 14:00", 60], // lunch break excluded
    ["2025-03-07 16:00", "2025-03-10 08:00", 120], // weekend excluded
    ["2025-03-03 09:00", "2025-03-03 09:00", 0],
    ["2025-03-03 10:00", "2025-03-03 09:00", 0], // b < a
    ["2025-03-01 00:00", "2025-04-01 00:00", 21 * 480], // March 2025: 21 working days
    ["2025-04-01 00:00", "2025-05-01 00:00", (22 - 2 + 1) * 480], // April 2025: 22 weekdays − 7/4 − 30/4 + Saturday 26/4
    ["2026-02-13 17:00", "2026-02-23 07:00", 0], // Tết 2026
  ])("between %s and %s: %i minutes", (a, b, minutes) => {
    expect(cal.workingMinutesBetween(at(a), at(b))).toBe(minutes);
  });

  it("remainingWorkingMinutes counts down in working time and goes negative when late", () => {
    const due = at("2025-03-04 09:00");
    expect(cal.remainingWorkingMinutes(due, at("2025-03-03 16:00"))).toBe(180);
    expect(cal.remainingWorkingMinutes(due, at("2025-03-04 09:00"))).toBe(0);
    expect(cal.remainingWorkingMinutes(due, at("2025-03-04 10:00"))).toBe(-60);
    expect(cal.remainingWorkingMinutes(due, new Date(due.getTime() + 30_000))).toBe(-1);
    expect(cal.remainingWorkingMinutes(due, at("2025-03-05 09:00"))).toBe(-480);
    // After hours the countdown does not move.
    expect(cal.remainingWorkingMinutes(at("2025-03-07 17:00"), at("2025-03-07 20:00"))).toBe(0);
    expect(cal.remainingWorkingMinutes(at("2025-03-10 08:00"), at("2025-03-07 20:00"))).toBe(60);
  });
});

describe("configurable office hours", () => {
  const sixDays = new WorkCalendar({
    officeHours: {
      periods: [
        { start: "13:00", end: "17:00" },
        { start: "08:00", end: "12:00" },
      ],
      weekdays: [1, 2, 3, 4, 5, 6],
      timeZone: "Asia/Ho_Chi_Minh",
    },
  });
  it("works with other periods and Saturday office hours", () => {
    expect(sixDays.workingMinutesPerDay).toBe(480);
    expect(fmt(sixDays.addWorkingDays(at("2025-03-07 09:00"), 1))).toBe("2025-03-08 09:00");
    expect(fmt(sixDays.addWorkingDays(at("2025-03-08 09:00"), 1))).toBe("2025-03-10 09:00");
    expect(fmt(sixDays.nextWorkingStart(at("2025-03-08 12:30")))).toBe("2025-03-08 13:00");
  });
  it("a shorter working day changes the length of a working day", () => {
    const short = new WorkCalendar({
      officeHours: { periods: [{ start: "08:00", end: "12:00" }], weekdays: [1, 2, 3, 4, 5], timeZone: "Asia/Ho_Chi_Minh" },
    });
    expect(short.workingMinutesPerDay).toBe(240);
    expect(fmt(short.addWorkingDays(at("2025-03-03 10:00"), 1))).toBe("2025-03-04 10:00");
  });
  it.each([
    [[{ start: "11:00", end: "10:00" }], [1]],
    [[{ start: "07:00", end: "12:00" }, { start: "11:00", end: "17:00" }], [1]],
    [[], [1]],
    [[{ start: "7:00", end: "11:00" }], [1]],
    [[{ start: "07:00", end: "11:00" }], [0]],
  ])("rejects invalid office hours %j / %j", (periods, weekdays) => {
    expect(() => new WorkCalendar({ officeHours: { periods, weekdays, timeZone: "Asia/Ho_Chi_Minh" } })).toThrow(RangeError);
  });
  it("fails loudly instead of looping when there is no working day", () => {
    const never = new WorkCalendar({ officeHours: { ...DEFAULT_OFFICE_HOURS, weekdays: [] } });
    expect(() => never.nextWorkingStart(at("2025-03-03 09:00"))).toThrow(/no working day/);
  });
});
