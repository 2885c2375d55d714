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
