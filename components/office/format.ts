import { formatDate as oneDate, formatDateTime as oneDateTime } from "@/lib/domain/dates";

/** Dates and times on office pages: the one formatter of lib/domain/dates (dd/mm/yyyy, Vietnam's time) in either language. */
export function formatDateTime(date: Date | string | null | undefined, _locale?: string): string {
  return oneDateTime(date);
}

export function formatDate(date: Date | string | null | undefined, _locale?: string): string {
  return oneDate(date);
}

/** Working minutes → days (of `perDay` minutes), hours, minutes. */
export function splitWorkingMinutes(minutes: number, perDay: number): { days: number; hours: number; minutes: number } {
  const m = Math.abs(Math.trunc(minutes));
  return { days: Math.floor(m / perDay), hours: Math.floor((m % perDay) / 60), minutes: m % 60 };
}
