import { describe, expect, it } from "vitest";
import { createDefaultWorkCalendar, fromLocal } from "../../lib/domain/calendar";
import { daysTaken, timeTakenByProcedure, type FinishedDossier } from "../../lib/domain/statistics/time-taken";

const calendar = createDefaultWorkCalendar(2026, 2027);
const perDay = calendar.workingMinutesPerDay;

// Monday 2026-11-30, 08:00 Vietnam time: a working day.
const monday = fromLocal("2026-11-30", "08:00");
const dossier = (o: Partial<FinishedDossier> & { resolvedAt: Date }): FinishedDossier => ({
  procedureCode: "P1",
  procedureName: "Thủ tục một",
  limitValue: 3,
  limitUnit: "WORKING_DAY",
  receivedAt: monday,
  dueAt: calendar.addWorkingDays(monday, 3),
  ...o,
});

describe("time taken against the legal limit", () => {
  it("counts working days, not the weekend between", () => {
    const friday = fromLocal("2026-12-04", "08:00");
    const d = dossier({ limitValue: 5, dueAt: calendar.addWorkingDays(monday, 5), resolvedAt: calendar.addWorkingDays(friday, 1) });
    // Monday 08:00 to the next Monday 08:00: five working days, the weekend not counted.
    expect(daysTaken(d, calendar)).toBeCloseTo(5, 6);
  });

  it("does not count a supplement pause: the due instant moved by it", () => {
    // Due moved two working days later by a pause; finished one day before the moved due instant.
    const due = calendar.addWorkingDays(monday, 5);
    const d = dossier({ limitValue: 3, dueAt: due, resolvedAt: calendar.addWorkingDays(monday, 4) });
    expect(daysTaken(d, calendar)).toBeCloseTo(2, 6);
  });

  it("counts the days past the due instant for a late dossier", () => {
    const d = dossier({ resolvedAt: calendar.addWorkingDays(monday, 4.5) });
    expect(daysTaken(d, calendar)).toBeCloseTo(4.5, 6);
  });

  it("averages per procedure, flags an average over the limit, and speaks of calendar days for calendar-day limits", () => {
    const rows = timeTakenByProcedure(
      [
        dossier({ resolvedAt: calendar.addWorkingDays(monday, 2) }),
        dossier({ resolvedAt: calendar.addWorkingDays(monday, 3) }),
        dossier({ procedureCode: "P2", procedureName: "Hai", resolvedAt: calendar.addWorkingDays(monday, 4) }),
        dossier({ procedureCode: "P3", procedureName: "Ba", limitUnit: "CALENDAR_DAY", limitValue: 15, dueAt: null, resolvedAt: new Date(monday.getTime() + 10 * 86_400_000) }),
        dossier({ procedureCode: "P4", procedureName: "Bốn", limitUnit: "WORKING_HOUR", limitValue: 8, dueAt: calendar.addWorkingHours(monday, 8), resolvedAt: calendar.addWorkingHours(monday, 4) }),
      ],
      calendar,
    );
    expect(rows.map((r) => [r.procedureCode, r.count, r.averageDays, r.limitDays, r.unit, r.over])).toEqual([
      ["P3", 1, 10, 15, "CALENDAR_DAY", false],
      ["P4", 1, round1((4 * 60) / perDay), round1((8 * 60) / perDay), "WORKING_DAY", false],
      ["P2", 1, 4, 3, "WORKING_DAY", true],
      ["P1", 2, 2.5, 3, "WORKING_DAY", false],
    ]);
  });
});

function round1(x: number) {
  return Math.round(x * 10) / 10;
}
