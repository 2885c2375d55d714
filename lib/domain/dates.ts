/**
 * The one way dates are written on every page, slip and email: dd/mm/yyyy, and "dd/mm/yyyy HH:mm"
 * with a time, in Vietnam's time (UTC+7, no daylight saving), whatever the interface language.
 * Pure: usable on the server and in the browser alike.
 */

const VN_OFFSET_MS = 7 * 3600_000;

function parts(date: Date | string | null | undefined): string | null {
  if (date === null || date === undefined || date === "") return null;
  const d = typeof date === "string" ? new Date(date) : date;
  if (!Number.isFinite(d.getTime())) return null;
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString();
}

/** "26/11/2026"; "—" when there is no date. */
export function formatDate(date: Date | string | null | undefined): string {
  const v = parts(date);
  return v ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : "—";
}

/** "26/11/2026 14:05"; "—" when there is no date. */
export function formatDateTime(date: Date | string | null | undefined): string {
  const v = parts(date);
  return v ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 16)}` : "—";
}

/** A calendar date "YYYY-MM-DD" (no time zone) as "dd/mm/yyyy". */
export function formatIsoDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}
