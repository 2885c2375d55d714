/** Dates and times as officers read them: Asia/Ho_Chi_Minh, in the interface language. */
export function formatDateTime(date: Date | string | null | undefined, locale: string): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
}

export function formatDate(date: Date | string | null | undefined, locale: string): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(d);
}

/** Working minutes → days (of `perDay` minutes), hours, minutes. */
export function splitWorkingMinutes(minutes: number, perDay: number): { days: number; hours: number; minutes: number } {
  const m = Math.abs(Math.trunc(minutes));
  return { days: Math.floor(m / perDay), hours: Math.floor((m % perDay) / 60), minutes: m % 60 };
}
