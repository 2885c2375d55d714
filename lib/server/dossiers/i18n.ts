import { createTranslator } from "next-intl";
import { formatDate as oneDate, formatDateTime as oneDateTime } from "@/lib/domain/dates";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

/** A translator outside a request (emails, PDFs), for one namespace. */
export async function translatorFor(locale: Locale, namespace: string) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages: messages as never, namespace: namespace as never, timeZone: "Asia/Ho_Chi_Minh" }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}

/** "26/11/2026 14:05" in Vietnam's time (lib/domain/dates). */
export function formatDateTime(d: Date): string {
  return oneDateTime(d);
}

/** "26/11/2026" in Vietnam's time (lib/domain/dates). */
export function formatDay(d: Date): string {
  return oneDate(d);
}
