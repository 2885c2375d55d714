import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";

/**
 * The message catalogs for the client components below it, and only those namespaces. Public pages
 * that have no client component reading messages send none and load no i18n runtime: place this
 * around the client components (or in the layout of the area that uses them), never in the root layout.
 */
/** What the account forms (components/forms/auth-forms.tsx) read. */
export const AUTH_FORM_NAMESPACES = ["common", "auth", "forms"] as const;

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const [locale, all, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  const messages = Object.fromEntries(Object.entries(all).filter(([ns]) => namespaces.includes(ns)));
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
