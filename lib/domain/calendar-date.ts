/**
 * A calendar date written YYYY-MM-DD that exists: 2026-02-31 and 2025-02-29 do not (Date.parse
 * accepts them and rolls over into March). Every date read from a URL or a form goes through here.
 */
import { z } from "zod";

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** zod schema of such a date (the message is a key of the "common" namespace-free error). */
export const calendarDateSchema = z.string().refine(isCalendarDate, "invalid date");

/** A date as typed in three fields (day / month / year), as GOV.UK asks for a date. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const part = (s: string | null | undefined) => (s ?? "").trim().replace(/-/g, "").slice(0, 10);

/**
 * Three typed fields → one value: YYYY-MM-DD when they are numbers (day and month padded), "" when
 * all are empty, else what was typed joined by "-" (which isCalendarDate refuses and datePartsOf
 * splits back, so nothing typed is lost when the form is shown again with its error).
 */
export function dateFromParts(p: Partial<DateParts>): string {
  const day = part(p.day);
  const month = part(p.month);
  const year = part(p.year);
  if (!day && !month && !year) return "";
  const pad = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** One value (YYYY-MM-DD, or what dateFromParts kept of a wrong date) → the three fields to show. */
export function datePartsOf(value: string | null | undefined): DateParts {
  const m = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value ?? "");
  if (!m) return { day: "", month: "", year: "" };
  return { day: m[3]!, month: m[2]!, year: m[1]! };
}
