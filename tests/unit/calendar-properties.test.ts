import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { WorkCalendar, fromLocal, toLocalTime, type TimeLimit } from "../../lib/domain/calendar";

const cal = WorkCalendar.withDefaultHolidays(2024, 2029);
const MIN = 60_000;
const FROM = fromLocal("2025-01-01").getTime() / MIN;
const TO = fromLocal("2027-12-31", "23:59").getTime() / MIN;

/** Any instant of 2025–2027, at a whole minute. */
const instant = fc.integer({ min: FROM, max: TO }).map((m) => new Date(m * MIN));
/** Any instant within working time. */
const workingInstant = instant.map((d) => cal.nextWorkingStart(d));
const limit: fc.Arbitrary<TimeLimit> = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((value): TimeLimit => ({ value, unit: "WORKING_DAY" })),
  fc.integer({ min: 0, max: 200 }).map((value): TimeLimit => ({ value, unit: "WORKING_HOUR" })),
  fc.integer({ min: 0, max: 90 }).map((value): TimeLimit => ({ value, unit: "CALENDAR_DAY" })),
);
/** Closed pauses: offsets (minutes) from the start and durations up to ~3 weeks. */
const pauses = fc.array(fc.tuple(fc.integer({ min: -2000, max: 40_000 }), fc.integer({ min: 0, max: 30_000 })), { maxLength: 3 });

/** Within office hours, both ends included (a due instant may be 11:30 or 17:00), on a working day. */
function withinOfficeHours(d: Date): boolean {
  if (!cal.isWorkingDay(d)) return false;
  const t = toLocalTime(d);
  return cal.officeHours.periods.some((p) => p.start <= t && t <= p.end);
}

describe("properties of the work calendar", () => {
  it("a due date never falls on a day off or outside office hours", () => {
    fc.assert(
      fc.property(instant, limit, pauses, (start, lim, ps) => {
        const p = ps.map(([offset, duration]) => {
          const from = new Date(start.getTime() + offset * MIN);
          return { from, to: new Date(from.getTime() + duration * MIN) };
        });
        const due = cal.dueDate(start, lim, p);
        expect(due).not.toBeNull();
        expect(withinOfficeHours(due as Date)).toBe(true);
        expect((due as Date).getTime()).toBeGreaterThanOrEqual(start.getTime());
        // Pauses can only push the due date later.
        const withoutPauses = cal.dueDate(start, lim) as Date;
        expect((due as Date).getTime()).toBeGreaterThanOrEqual(withoutPauses.getTime());
      }),
      { numRuns: 400 },
    );
  });

  it("adding n then m working hours equals adding n + m", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (start, n, m) => {
        expect(cal.addWorkingHours(cal.addWorkingHours(start, n), m).getTime()).toBe(cal.addWorkingHours(start, n + m).getTime());
      }),
      { numRuns: 400 },
    );
  });

  it("the same holds for minutes, across lunch breaks and nights", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (start, n, m) => {
        expect(cal.addWorkingMinutes(cal.addWorkingMinutes(start, n), m).getTime()).toBe(
          cal.addWorkingMinutes(start, n + m).getTime(),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("workingMinutesBetween(start, addWorkingHours(start, h)) = h × 60 when start is within working time", () => {
    fc.assert(
      fc.property(workingInstant, fc.integer({ min: 0, max: 400 }), (start, h) => {
        expect(cal.isWorkingTime(start)).toBe(true);
        expect(cal.workingMinutesBetween(start, cal.addWorkingHours(start, h))).toBe(h * 60);
      }),
      { numRuns: 400 },
    );
  });

  it("one working day is 8 working hours", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 }), (start, d) => {
        expect(cal.addWorkingDays(start, d).getTime()).toBe(cal.addWorkingHours(start, 8 * d).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it("workingMinutesBetween is additive and never negative", () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        expect(cal.workingMinutesBetween(a, c)).toBe(cal.workingMinutesBetween(a, b) + cal.workingMinutesBetween(b, c));
        expect(cal.workingMinutesBetween(c, a)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("nextWorkingStart is working time, idempotent, and skips no working minute", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = cal.nextWorkingStart(t);
        expect(cal.isWorkingTime(s)).toBe(true);
        expect(cal.nextWorkingStart(s).getTime()).toBe(s.getTime());
        expect(cal.workingMinutesBetween(t, s)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("remainingWorkingMinutes is the signed working time to the due instant", () => {
    fc.assert(
      fc.property(instant, instant, (due, now) => {
        const r = cal.remainingWorkingMinutes(due, now);
        if (now.getTime() <= due.getTime()) expect(r).toBe(cal.workingMinutesBetween(now, due));
        else expect(r).toBe(-cal.workingMinutesBetween(due, now) || 0);
      }),
      { numRuns: 200 },
    );
  });
});
