import { createTranslator } from "next-intl";
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

const VN = 7 * 3600_000;

/** "26/11/2026 14:05" in Vietnam's time. */
export function formatDateTime(d: Date): string {
  const v = new Date(d.getTime() + VN).toISOString();
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 16)}`;
}

export function formatDay(d: Date): string {
  const v = new Date(d.getTime() + VN).toISOString();
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
