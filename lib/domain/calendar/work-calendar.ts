/**
 * Counting time for administrative procedures (DOMAIN.md, "Counting time").
 *
 * - Time limits are in working days, working hours or calendar days.
 * - A working day is the configured total of the office periods (by default
 *   07:00–11:30 + 13:30–17:00 = 8 hours), Monday to Friday, Asia/Ho_Chi_Minh.
 * - A dossier received outside office hours counts from the next working morning.
 * - Working-time limits end at the instant the last working minute is used: received
 *   Monday 09:00 with 1 working day → due Tuesday 09:00; received Monday 07:00 → Monday 17:00.
 * - A calendar-day limit ends at the end of office hours of its last day and never on a day
 *   off: it moves to the end of the next working day.
 * - A supplement request stops the clock until the complete dossier comes back.
 * - Days off: weekdays outside `officeHours.weekdays`, HOLIDAY and DAY_OFF entries.
 *   WORKING_DAY entries make a weekend day (make-up Saturday) a working day.
 *
 * All instants are JS `Date` (UTC). Vietnam observes no daylight saving time, so local time is
 * UTC+07:00, applied explicitly. Local dates are "YYYY-MM-DD" strings.
 */
import type { CalendarDayKind } from "./holidays";
import { defaultCalendarEntriesRange } from "./holidays";

export type TimeZone = "Asia/Ho_Chi_Minh";

export type OfficePeriod = { start: string; end: string };

export type OfficeHours = {
  /** Working periods of a working day, local "HH:MM" (end exclusive). */
  periods: Array<OfficePeriod>;
  /** ISO weekdays that are ordinarily working days: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  timeZone: TimeZone;
};

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  periods: [
    { start: "07:00", end: "11:30" },
    { start: "13:30", end: "17:00" },
  ],
  weekdays: [1, 2, 3, 4, 5],
  timeZone: "Asia/Ho_Chi_Minh",
};

/** Asia/Ho_Chi_Minh is UTC+07:00 all year. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/**
 * The three kinds of time limit a procedure states, plus calendar days:
 * - WORKING_DAY: `value` working days (one = the working minutes of an office day);
 * - WORKING_HOUR: `value` working hours;
 * - SAME_DAY: "within the day of receipt": due at the end of office hours of the receipt day; a
 *   dossier received at or after the cut-off (default 15:00) is due the next working day by
 *   `returnBy` (default 10:00); one received on a day off is due at the end of the next working day.
 *   `value` is ignored.
 * - CALENDAR_DAY: `value` calendar days, never ending on a day off.
 */
export type TimeLimitUnit = "WORKING_DAY" | "WORKING_HOUR" | "SAME_DAY" | "CALENDAR_DAY";
export type TimeLimit = {
  value: number;
  unit: TimeLimitUnit;
  /** SAME_DAY only: local "HH:MM" from which a receipt is handled the next working day (default 15:00). */
  cutoff?: string | null;
  /** SAME_DAY only: local "HH:MM" by which a dossier received after the cut-off is due next working day (default 10:00). */
  returnBy?: string | null;
};

export const SAME_DAY_DEFAULT_CUTOFF = "15:00";
export const SAME_DAY_DEFAULT_RETURN_BY = "10:00";

/** The time limit of a procedure version as stored (value, unit, optional same-day cut-off and return time). */
export function timeLimitOf(v: {
  timeLimitValue: number | { toString(): string };
  timeLimitUnit: TimeLimitUnit;
  sameDayCutoff?: string | null;
  sameDayReturnBy?: string | null;
}): TimeLimit {
  const limit: TimeLimit = { value: Number(v.timeLimitValue), unit: v.timeLimitUnit };
  if (v.timeLimitUnit === "SAME_DAY") {
    limit.cutoff = v.sameDayCutoff ?? null;
    limit.returnBy = v.sameDayReturnBy ?? null;
  }
  return limit;
}
/** A stop of the clock (supplement request). `to === null`: still waiting for the applicant. */
export type ClockPause = { from: Date; to: Date | null };
export type WorkCalendarEntry = { date: string; kind: CalendarDayKind; name?: string; nameEn?: string };

// ---------------------------------------------------------------------------
// Local time helpers

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS;
/** Give up looking for a working day after this many consecutive days off. */
const MAX_DAYS_WITHOUT_WORK = 3660;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

function assertInstant(d: Date, what: string): number {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) throw new TypeError(`${what} must be a valid Date`);
  return t;
}

/** Day number (days since 1970-01-01) of a "YYYY-MM-DD" date. */
function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`invalid date "${date}", expected YYYY-MM-DD`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`invalid date "${date}"`);
  }
  return Math.floor(ms / DAY_MS);
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseTime(time: string): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`invalid time "${time}", expected HH:MM`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60) throw new RangeError(`invalid time "${time}"`);
  return minutes;
}

/** 1 = Monday … 7 = Sunday, of a day number. */
function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Local date ("YYYY-MM-DD", Asia/Ho_Chi_Minh) of an instant. */
export function toLocalDate(instant: Date): string {
  return formatDay(Math.floor((assertInstant(instant, "instant") + OFFSET_MS) / DAY_MS));
}

/** Local wall-clock time "HH:MM" (Asia/Ho_Chi_Minh) of an instant (seconds dropped). */
export function toLocalTime(instant: Date): string {
  const local = assertInstant(instant, "instant") + OFFSET_MS;
  const minutes = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The instant of local date `date` at local time `time` (default midnight), Asia/Ho_Chi_Minh. */
export function fromLocal(date: string, time: string = "00:00"): Date {
  return new Date(parseDate(date) * DAY_MS + parseTime(time) * MINUTE_MS - OFFSET_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date or of an instant's local date. */
export function localWeekday(date: Date | string): number {
  return weekdayOfDay(typeof date === "string" ? parseDate(date) : parseDate(toLocalDate(date)));
}

/** `date` plus `days` calendar days, "YYYY-MM-DD". */
export function addDaysToDate(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError("days must be an integer");
  return formatDay(parseDate(date) + days);
}

// ---------------------------------------------------------------------------

type Segment = { from: number; to: number }; // local ms, [from, to)

/**
 * A work calendar: office hours plus dated exceptions (holidays, extra days off,
 * make-up working days). Immutable; all methods are pure.
 */
export class WorkCalendar {
  readonly officeHours: OfficeHours;
  /** Working minutes of one working day (sum of the periods). */
  readonly workingMinutesPerDay: number;
  private readonly periods: ReadonlyArray<readonly [number, number]>; // minutes of day
  private readonly weekdays: ReadonlySet<number>;
  private readonly offDays: ReadonlySet<number>;
  private readonly extraWorkDays: ReadonlySet<number>;

  constructor(options: { officeHours?: OfficeHours; entries?: ReadonlyArray<WorkCalendarEntry> } = {}) {
    const officeHours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
    if (officeHours.timeZone !== "Asia/Ho_Chi_Minh") {
      throw new RangeError(`unsupported time zone ${String(officeHours.timeZone)}`);
    }
    const periods = officeHours.periods
      .map((p) => [parseTime(p.start), parseTime(p.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    if (periods.length === 0) throw new RangeError("office hours need at least one period");
    let previousEnd = -1;
    for (const [s, e] of periods) {
      if (e <= s) throw new RangeError("an office period must end after it starts");
      if (s < previousEnd) throw new RangeError("office periods overlap");
      previousEnd = e;
    }
    for (const w of officeHours.weekdays) {
      if (!Number.isInteger(w) || w < 1 || w > 7) throw new RangeError(`invalid weekday ${w} (1 = Monday … 7 = Sunday)`);
    }
    this.officeHours = {
      periods: officeHours.periods.map((p) => ({ ...p })),
      weekdays: [...officeHours.weekdays],
      timeZone: officeHours.timeZone,
    };
    this.periods = periods;
    this.workingMinutesPerDay = periods.reduce((sum, [s, e]) => sum + (e - s), 0);
    this.weekdays = new Set(officeHours.weekdays);

    const off = new Set<number>();
    const work = new Set<number>();
    for (const entry of options.entries ?? []) {
      const day = parseDate(entry.date);
      if (entry.kind === "WORKING_DAY") work.add(day);
      else if (entry.kind === "HOLIDAY" || entry.kind === "DAY_OFF") off.add(day);
      else throw new RangeError(`unknown calendar entry kind ${String(entry.kind)}`);
    }
    this.offDays = off;
    this.extraWorkDays = work;
  }

  /** Default Vietnamese calendar (holidays and known swaps) for the given years, inclusive. */
  static withDefaultHolidays(
    fromYear: number,
    toYear: number,
    officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
  ): WorkCalendar {
    return new WorkCalendar({ officeHours, entries: defaultCalendarEntriesRange(fromYear, toYear) });
  }

  // --- days ---------------------------------------------------------------

  private isWorkingDayNumber(day: number): boolean {
    // A day off (holiday, compensation, swap) always wins over a make-up working-day entry.
    if (this.offDays.has(day)) return false;
    if (this.extraWorkDays.has(day)) return true;
    return this.weekdays.has(weekdayOfDay(day));
  }

  /** Is the local date (or the local date of the instant) a working day? */
  isWorkingDay(date: Date | string): boolean {
    const day = typeof date === "string" ? parseDate(date) : parseDate(toLocalDate(date));
    return this.isWorkingDayNumber(day);
  }

  /** The first working day strictly after `date` ("YYYY-MM-DD"). */
  nextWorkingDay(date: string): string {
    let day = parseDate(date);
    for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
      day++;
      if (this.isWorkingDayNumber(day)) return formatDay(day);
    }
    throw new Error("no working day found within 10 years");
  }

  /** Is the instant inside an office period ([start, end)) of a working day? */
  isWorkingTime(instant: Date): boolean {
    const local = assertInstant(instant, "instant") + OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    if (!this.isWorkingDayNumber(day)) return false;
    const minute = (local - day * DAY_MS) / MINUTE_MS;
    return this.periods.some(([s, e]) => minute >= s && minute < e);
  }

  /** Inside an office period with both ends included (a due instant may be a period's end). */
  private isWithinOfficeClosed(local: number): boolean {
    const day = Math.floor(local / DAY_MS);
    if (!this.isWorkingDayNumber(day)) return false;
    const minute = (local - day * DAY_MS) / MINUTE_MS;
    return this.periods.some(([s, e]) => minute >= s && minute <= e);
  }

  /**
   * Working segments (local ms) that end after `fromLocal`, clipped to start at
   * `fromLocal`, in order; stops after `untilLocal` when given.
   */
  private *segments(fromLocal: number, untilLocal?: number): Generator<Segment> {
    let day = Math.floor(fromLocal / DAY_MS);
    let idle = 0;
    for (;;) {
      if (untilLocal !== undefined && day * DAY_MS >= untilLocal) return;
      if (this.isWorkingDayNumber(day)) {
        idle = 0;
        for (const [s, e] of this.periods) {
          const from = day * DAY_MS + s * MINUTE_MS;
          const to = day * DAY_MS + e * MINUTE_MS;
          if (to <= fromLocal) continue;
          if (untilLocal !== undefined && from >= untilLocal) return;
          yield { from: Math.max(from, fromLocal), to };
        }
      } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
        throw new Error("no working day found within 10 years: check the office hours and calendar");
      }
      day++;
    }
  }

  // --- instants -----------------------------------------------------------

  /**
   * The instant itself when it is working time, otherwise the start of the next
   * office period of a working day (after hours / lunch / day off → next working start).
   */
  nextWorkingStart(instant: Date): Date {
    const local = assertInstant(instant, "instant") + OFFSET_MS;
    for (const seg of this.segments(local)) return new Date(seg.from - OFFSET_MS);
    throw new Error("unreachable");
  }

  private addWorkingMsLocal(local: number, ms: number): number {
    if (ms === 0) {
      if (this.isWithinOfficeClosed(local)) return local;
      for (const seg of this.segments(local)) return seg.from;
    }
    let remaining = ms;
    for (const seg of this.segments(local)) {
      const available = seg.to - seg.from;
      if (remaining <= available) return seg.from + remaining;
      remaining -= available;
    }
    throw new Error("unreachable");
  }

  private workingMsBetweenLocal(a: number, b: number): number {
    if (b <= a) return 0;
    let total = 0;
    for (const seg of this.segments(a, b)) total += Math.min(seg.to, b) - seg.from;
    return total;
  }

  /** `start` plus `minutes` working minutes (see {@link addWorkingHours}). */
  addWorkingMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError("minutes must be a finite number ≥ 0");
    const local = assertInstant(start, "start") + OFFSET_MS;
    return new Date(this.addWorkingMsLocal(local, Math.round(minutes * MINUTE_MS)) - OFFSET_MS);
  }

  /**
   * `start` plus `hours` working hours. Time outside office hours does not count; the
   * result is the instant the last working minute is used (possibly the end of a period,
   * e.g. 17:00). With 0 hours: `start` when within office hours, else the next working start.
   */
  addWorkingHours(start: Date, hours: number): Date {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError("hours must be a finite number ≥ 0");
    return this.addWorkingMinutes(start, hours * 60);
  }

  /** `start` plus `days` working days; one working day = {@link workingMinutesPerDay} working minutes. */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isFinite(days) || days < 0) throw new RangeError("days must be a finite number ≥ 0");
    return this.addWorkingMinutes(start, days * this.workingMinutesPerDay);
  }

  /** End of office hours of the local day of `local`, or of the next working day when that day is off. */
  private endOfWorkingDayOnOrAfter(local: number): number {
    let day = Math.floor(local / DAY_MS);
    if (!this.isWorkingDayNumber(day)) day = parseDate(this.nextWorkingDay(formatDay(day)));
    const last = this.periods[this.periods.length - 1];
    return day * DAY_MS + (last ? last[1] : 0) * MINUTE_MS;
  }

  /**
   * Deadline of a limit of `days` calendar days received at `start`.
   *
   * As in the Civil Code (Bộ luật Dân sự 2015, Điều 147–148): the day of receipt is not
   * counted, the period ends at the end of its last day, and when that day is a day off it
   * ends at the end of the next working day. "End of the day" is the end of office hours
   * (17:00 by default). A receipt outside office hours counts from the next working morning,
   * so its receipt day is that working day. 0 days = the end of the (working) receipt day.
   */
  addCalendarDays(start: Date, days: number): Date {
    if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be an integer ≥ 0");
    const s = assertInstant(this.nextWorkingStart(start), "start") + OFFSET_MS;
    return new Date(this.endOfWorkingDayOnOrAfter(s + days * DAY_MS) - OFFSET_MS);
  }

  /** SAME_DAY deadline (local ms) of a receipt at local ms `local` (see {@link TimeLimitUnit}). */
  private sameDayDueLocal(local: number, limit: TimeLimit): number {
    const cutoff = parseTime(limit.cutoff ?? SAME_DAY_DEFAULT_CUTOFF);
    const returnBy = parseTime(limit.returnBy ?? SAME_DAY_DEFAULT_RETURN_BY);
    const last = this.periods[this.periods.length - 1]![1];
    const day = Math.floor(local / DAY_MS);
    const minute = (local - day * DAY_MS) / MINUTE_MS;
    const next = parseDate(this.nextWorkingDay(formatDay(day)));
    if (!this.isWorkingDayNumber(day)) return next * DAY_MS + last * MINUTE_MS;
    if (minute < cutoff) return day * DAY_MS + last * MINUTE_MS;
    return next * DAY_MS + returnBy * MINUTE_MS;
  }

  /** Working minutes elapsed between `a` and `b` (0 when b ≤ a). May be fractional for sub-minute instants. */
  workingMinutesBetween(a: Date, b: Date): number {
    const la = assertInstant(a, "a") + OFFSET_MS;
    const lb = assertInstant(b, "b") + OFFSET_MS;
    return this.workingMsBetweenLocal(la, lb) / MINUTE_MS;
  }

  /**
   * Due instant of a time limit started at `start` (the receipt). Paused intervals
   * (supplement requests) do not count. Any pause still open (`to === null`) → `null`:
   * the due date is unknown until the applicant answers.
   */
  dueDate(start: Date, limit: TimeLimit, pauses: ReadonlyArray<ClockPause> = []): Date | null {
    const startMs = assertInstant(start, "start");
    if (!Number.isFinite(limit.value) || limit.value < 0) throw new RangeError("limit.value must be a finite number ≥ 0");
    if (pauses.some((p) => p.to === null)) return null;
    const merged = mergePauses(pauses, startMs);

    if (limit.unit === "CALENDAR_DAY") {
      if (!Number.isInteger(limit.value)) throw new RangeError("a calendar-day limit must be a whole number of days");
      const s = assertInstant(this.nextWorkingStart(start), "start") + OFFSET_MS;
      let target = s + limit.value * DAY_MS;
      for (const p of merged) {
        const from = Math.max(p.from + OFFSET_MS, s);
        const to = p.to + OFFSET_MS;
        if (to <= from) continue;
        if (from < target) target += to - from;
      }
      return new Date(this.endOfWorkingDayOnOrAfter(target) - OFFSET_MS);
    }

    let minutes: number;
    if (limit.unit === "WORKING_DAY") minutes = limit.value * this.workingMinutesPerDay;
    else if (limit.unit === "WORKING_HOUR") minutes = limit.value * 60;
    else if (limit.unit === "SAME_DAY") {
      // The same-day deadline as working time from the receipt, so that pauses shift it like any other.
      const local = startMs + OFFSET_MS;
      minutes = this.workingMsBetweenLocal(local, this.sameDayDueLocal(local, limit)) / MINUTE_MS;
    } else throw new RangeError(`unknown time-limit unit ${String((limit as { unit: unknown }).unit)}`);

    let remaining = Math.round(minutes * MINUTE_MS);
    let t = startMs + OFFSET_MS;
    for (const p of merged) {
      const from = p.from + OFFSET_MS;
      const to = p.to + OFFSET_MS;
      if (to <= t) continue;
      const due = this.addWorkingMsLocal(t, remaining);
      if (from >= due) break;
      remaining -= this.workingMsBetweenLocal(t, Math.max(t, from));
      t = Math.max(t, to);
    }
    return new Date(this.addWorkingMsLocal(t, remaining) - OFFSET_MS);
  }

  /**
   * Working minutes left until `due` at `now`, for countdowns: positive (whole minutes,
   * rounded down) before the due instant, negative (rounded away from zero) when late.
   * Time outside office hours does not count, so `now` a little after a 17:00 deadline
   * gives 0: use `now > due` to tell whether the dossier is late.
   */
  remainingWorkingMinutes(due: Date, now: Date): number {
    const d = assertInstant(due, "due");
    const n = assertInstant(now, "now");
    if (n <= d) return Math.floor(this.workingMinutesBetween(now, due));
    const late = Math.ceil(this.workingMinutesBetween(due, now));
    return late === 0 ? 0 : -late;
  }
}

/** Sort, clip to `startMs`, drop empty, merge overlapping pauses (UTC ms). All `to` must be set. */
function mergePauses(pauses: ReadonlyArray<ClockPause>, startMs: number): Array<{ from: number; to: number }> {
  const list = pauses
    .map((p) => {
      const from = Math.max(assertInstant(p.from, "pause.from"), startMs);
      const to = assertInstant(p.to as Date, "pause.to");
      return { from, to };
    })
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const p of list) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

/** The default Vietnamese work calendar for a range of years (convenience). */
export function createDefaultWorkCalendar(fromYear: number, toYear: number, officeHours?: OfficeHours): WorkCalendar {
  return WorkCalendar.withDefaultHolidays(fromYear, toYear, officeHours);
}
