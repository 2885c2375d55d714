/**
 * How long the dossiers finished this month took, per procedure, against the legal time limit
 * (the leader's dashboard). A dossier's time taken is counted the way its limit is counted:
 *
 * - WORKING_DAY / WORKING_HOUR: working time used of the limit, net of supplement requests (which
 *   move the due instant): the limit, minus the working time left at the result, or plus the working
 *   time past the due instant; in working days (one day = the calendar's working minutes per day);
 * - SAME_DAY: working days from the receipt to the result;
 * - CALENDAR_DAY: calendar days from the receipt to the result.
 *
 * The result instant is the one of lib/domain/timeliness (first reached PROCESSED).
 */
import type { TimeLimitUnit, WorkCalendar } from "../calendar";

export interface FinishedDossier {
  procedureCode: string;
  procedureName: string;
  limitValue: number;
  limitUnit: TimeLimitUnit;
  receivedAt: Date;
  resolvedAt: Date;
  /** The legal due instant (after any supplement pause); null: unknown. */
  dueAt: Date | null;
}

export interface TimeTaken {
  procedureCode: string;
  procedureName: string;
  /** Dossiers finished. */
  count: number;
  /** Mean time taken, in `unit` (working days, or calendar days for CALENDAR_DAY limits), one decimal. */
  averageDays: number;
  /** The legal limit in the same unit. */
  limitDays: number;
  unit: "WORKING_DAY" | "CALENDAR_DAY";
  /** The average is over the limit. */
  over: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The limit in days of its own counting (working days; calendar days for CALENDAR_DAY). */
export function limitInDays(value: number, unit: TimeLimitUnit, minutesPerDay: number): number {
  switch (unit) {
    case "WORKING_DAY":
    case "CALENDAR_DAY":
      return value;
    case "WORKING_HOUR":
      return (value * 60) / minutesPerDay;
    case "SAME_DAY":
      return 1;
  }
}

/** Time taken by one dossier, in the days of its limit's counting. */
export function daysTaken(d: FinishedDossier, calendar: WorkCalendar): number {
  const perDay = calendar.workingMinutesPerDay;
  if (d.limitUnit === "CALENDAR_DAY") return Math.max(0, d.resolvedAt.getTime() - d.receivedAt.getTime()) / 86_400_000;
  if (d.limitUnit === "SAME_DAY" || !d.dueAt) return calendar.workingMinutesBetween(d.receivedAt, d.resolvedAt) / perDay;
  const limit = limitInDays(d.limitValue, d.limitUnit, perDay) * perDay;
  const used = d.resolvedAt <= d.dueAt ? limit - calendar.workingMinutesBetween(d.resolvedAt, d.dueAt) : limit + calendar.workingMinutesBetween(d.dueAt, d.resolvedAt);
  return Math.max(0, used) / perDay;
}

/** Per procedure, sorted by name: how many finished, the mean time taken and the limit. */
export function timeTakenByProcedure(dossiers: ReadonlyArray<FinishedDossier>, calendar: WorkCalendar): TimeTaken[] {
  const groups = new Map<string, FinishedDossier[]>();
  for (const d of dossiers) {
    const list = groups.get(d.procedureCode) ?? [];
    list.push(d);
    groups.set(d.procedureCode, list);
  }
  const out: TimeTaken[] = [];
  for (const list of groups.values()) {
    const first = list[list.length - 1]!;
    const average = list.reduce((s, d) => s + daysTaken(d, calendar), 0) / list.length;
    const limitDays = limitInDays(first.limitValue, first.limitUnit, calendar.workingMinutesPerDay);
    out.push({
      procedureCode: first.procedureCode,
      procedureName: first.procedureName,
      count: list.length,
      averageDays: round1(average),
      limitDays: round1(limitDays),
      unit: first.limitUnit === "CALENDAR_DAY" ? "CALENDAR_DAY" : "WORKING_DAY",
      over: average > limitDays + 1e-9,
    });
  }
  return out.sort((a, b) => a.procedureName.localeCompare(b.procedureName, "vi"));
}
