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

/** Where a date is read from: URL parameters, a posted form, or a page's searchParams object. */
export type DateSource = { get(name: string): unknown } | Record<string, unknown>;

function valueOf(source: DateSource, key: string): string {
  const v = typeof (source as { get?: unknown }).get === "function" ? (source as { get(name: string): unknown }).get(key) : (source as Record<string, unknown>)[key];
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" ? one.slice(0, 100) : "";
}

/**
 * The date a form sent under `name`: its three fields `<name>.day/.month/.year` (components/ui/date-input.tsx)
 * when any was filled, else a plain `<name>=YYYY-MM-DD` (links the portal builds, older links, exports).
 * `value` is "" when nothing was given, the date when it exists, else what was typed (dateFromParts),
 * which the same fields show back; `valid` is false only for a date given and wrong.
 */
export function readDate(source: DateSource, name: string): { value: string; valid: boolean } {
  const parts = { day: valueOf(source, `${name}.day`), month: valueOf(source, `${name}.month`), year: valueOf(source, `${name}.year`) };
  const value = parts.day.trim() || parts.month.trim() || parts.year.trim() ? dateFromParts(parts) : valueOf(source, name).trim().slice(0, 32);
  return { value, valid: value === "" || isCalendarDate(value) };
}
