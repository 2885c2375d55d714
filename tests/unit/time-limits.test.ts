/**
 * The three kinds of time limit (working days, working hours, same day with a cut-off) around the
 * cut-off, weekends, holidays and make-up Saturdays; and on time / late, defined once.
 */
import { describe, expect, it } from "vitest";
import { WorkCalendar, fromLocal, timeLimitOf, toLocalDate, toLocalTime, type TimeLimit } from "@/lib/domain/calendar";
import { classifyFinished, classifyOpen, finishedOnTime, isOverdue, resolvedAtOf } from "@/lib/domain/timeliness";

const at = (s: string): Date => {
  const [date, time] = s.split(" ");
  return fromLocal(date ?? "", time ?? "00:00");
};
const fmt = (d: Date | null): string | null => (d === null ? null : `${toLocalDate(d)} ${toLocalTime(d)}`);

// 2026-03-02 is a Monday. Saturday 2026-03-07 is a make-up working day; 30/4 and 1/5 (Thu, Fri) are holidays.
const cal = new WorkCalendar({
  entries: [
    { date: "2026-03-07", kind: "WORKING_DAY" },
    { date: "2026-04-30", kind: "HOLIDAY" },
    { date: "2026-05-01", kind: "HOLIDAY" },
  ],
});
const SAME_DAY: TimeLimit = { value: 1, unit: "SAME_DAY" };
const WD = (value: number): TimeLimit => ({ value, unit: "WORKING_DAY" });
const WH = (value: number): TimeLimit => ({ value, unit: "WORKING_HOUR" });

describe("same day, cut-off 15:00, next working day by 10:00", () => {
  it.each([
    ["2026-03-02 09:00", "2026-03-02 17:00", "morning receipt: end of the same day"],
    ["2026-03-02 06:30", "2026-03-02 17:00", "before the office opens: the same day"],
    ["2026-03-02 12:00", "2026-03-02 17:00", "over lunch: the same day"],
    ["2026-03-02 14:59", "2026-03-02 17:00", "one minute before the cut-off"],
    ["2026-03-02 15:00", "2026-03-03 10:00", "at the cut-off: next working day by 10:00"],
    ["2026-03-02 16:30", "2026-03-03 10:00", "after the cut-off"],
    ["2026-03-02 18:00", "2026-03-03 10:00", "after office hours"],
    ["2026-03-13 15:30", "2026-03-16 10:00", "Friday after the cut-off: Monday by 10:00"],
    ["2026-03-06 15:30", "2026-03-07 10:00", "Friday before a make-up Saturday: that Saturday by 10:00"],
    ["2026-03-07 09:00", "2026-03-07 17:00", "on a make-up Saturday: that Saturday"],
    ["2026-03-14 09:00", "2026-03-16 17:00", "an ordinary Saturday: the end of Monday"],
    ["2026-03-08 10:00", "2026-03-09 17:00", "Sunday: the end of Monday"],
    ["2026-04-29 15:30", "2026-05-04 10:00", "before a two-day holiday, after the cut-off: Monday by 10:00"],
    ["2026-04-30 09:00", "2026-05-04 17:00", "on a holiday: the end of the next working day"],
  ])("received %s → due %s (%s)", (received, due) => {
    expect(fmt(cal.dueDate(at(received), SAME_DAY))).toBe(due);
  });

  it("the procedure may set its own cut-off and return time", () => {
    const own: TimeLimit = { value: 1, unit: "SAME_DAY", cutoff: "16:00", returnBy: "08:00" };
    expect(fmt(cal.dueDate(at("2026-03-02 15:30"), own))).toBe("2026-03-02 17:00");
    expect(fmt(cal.dueDate(at("2026-03-02 16:00"), own))).toBe("2026-03-03 08:00");
  });

  it("a supplement request moves a same-day deadline by the working time the clock stood still", () => {
    // Paused 10:00–14:00: 1 h 30 before lunch and 30 min after = 2 working hours.
    const due = cal.dueDate(at("2026-03-02 09:00"), SAME_DAY, [{ from: at("2026-03-02 10:00"), to: at("2026-03-02 14:00") }]);
    expect(fmt(due)).toBe("2026-03-03 09:00");
  });

  it("is not 8 working hours: a dossier received at 09:00 is due the same afternoon, not 09:00 the next day", () => {
    expect(fmt(cal.dueDate(at("2026-03-02 09:00"), WH(8)))).toBe("2026-03-03 09:00");
    expect(fmt(cal.dueDate(at("2026-03-02 09:00"), SAME_DAY))).toBe("2026-03-02 17:00");
  });

  it("reads the procedure version's stored limit", () => {
    expect(timeLimitOf({ timeLimitValue: "1", timeLimitUnit: "SAME_DAY", sameDayCutoff: "16:00", sameDayReturnBy: null })).toEqual({
      value: 1,
      unit: "SAME_DAY",
      cutoff: "16:00",
      returnBy: null,
    });
    expect(timeLimitOf({ timeLimitValue: 3, timeLimitUnit: "WORKING_DAY" })).toEqual({ value: 3, unit: "WORKING_DAY" });
  });
});

describe("working days and working hours around weekends, holidays and make-up Saturdays", () => {
  it.each([
    ["2026-03-02 09:00", WD(1), "2026-03-03 09:00"],
    ["2026-03-05 09:00", WD(2), "2026-03-07 09:00"], // Thursday + 2 → the make-up Saturday
    ["2026-03-12 09:00", WD(2), "2026-03-16 09:00"], // Thursday + 2 → Monday (ordinary weekend)
    ["2026-04-29 09:00", WD(1), "2026-05-04 09:00"], // over the 30/4–1/5 holidays and the weekend
    ["2026-03-02 16:00", WH(2), "2026-03-03 08:00"],
    ["2026-03-06 16:00", WH(2), "2026-03-07 08:00"], // into the make-up Saturday
    ["2026-03-13 16:00", WH(2), "2026-03-16 08:00"],
    ["2026-03-14 10:00", WD(1), "2026-03-16 17:00"], // received on a Saturday: counts from Monday morning
  ])("received %s + %o → %s", (received, limit, due) => {
    expect(fmt(cal.dueDate(at(received), limit))).toBe(due);
  });
});

describe("on time / late (lib/domain/timeliness)", () => {
  const due = at("2026-03-05 17:00");
  it("finished on a day before the due day is early; on the due day, on time; after, late", () => {
    expect(classifyFinished({ dueAt: due, resolvedAt: at("2026-03-04 16:59"), extended: false })).toBe("EARLY");
    expect(classifyFinished({ dueAt: due, resolvedAt: at("2026-03-05 08:00"), extended: false })).toBe("ON_TIME");
    expect(classifyFinished({ dueAt: due, resolvedAt: due, extended: false })).toBe("ON_TIME");
    expect(classifyFinished({ dueAt: due, resolvedAt: new Date(due.getTime() + 1000), extended: false })).toBe("LATE");
  });
  it("the apology's new date never makes a dossier on time", () => {
    expect(classifyFinished({ dueAt: due, resolvedAt: at("2026-03-04 10:00"), extended: true })).toBe("LATE");
    expect(finishedOnTime({ dueAt: due, resolvedAt: at("2026-03-06 10:00"), extendedDueAt: at("2026-03-09 17:00") })).toBe(false);
  });
  it("without a due date or a result there is nothing to judge", () => {
    expect(finishedOnTime({ dueAt: null, resolvedAt: at("2026-03-04 10:00"), extendedDueAt: null })).toBeNull();
    expect(finishedOnTime({ dueAt: due, resolvedAt: null, extendedDueAt: null })).toBeNull();
  });
  it("an open dossier is past its deadline strictly after the due instant; a stopped clock is within", () => {
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(due, new Date(due.getTime() + 1))).toBe(true);
    expect(classifyOpen({ dueAt: null, now: at("2027-01-01 00:00") })).toBe("WITHIN");
    expect(classifyOpen({ dueAt: due, now: at("2026-03-06 07:00") })).toBe("OVERDUE");
  });
  it("the result is ready when the dossier first reached PROCESSED; refused, stopped and open dossiers have none", () => {
    const p = at("2026-03-04 10:00");
    const f = at("2026-03-06 10:00");
    expect(resolvedAtOf({ status: "RESULT_RETURNED", processedAt: p, finishedAt: f })).toEqual(p);
    expect(resolvedAtOf({ status: "RESULT_RETURNED", processedAt: null, finishedAt: f })).toEqual(f);
    expect(resolvedAtOf({ status: "STOPPED", processedAt: null, finishedAt: f })).toBeNull();
    expect(resolvedAtOf({ status: "IN_PROCESSING", processedAt: null, finishedAt: null })).toBeNull();
  });
});
