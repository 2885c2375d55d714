import type { Locale } from "./locales";

/**
 * The message catalogs: one JSON file per area under messages/<locale>/, each holding one or more
 * top-level namespaces. Add a file's name here when you add one.
 */
export const catalogFiles = ["shell", "home", "office", "catalog", "public-service", "citizen", "auth", "layout", "admin", "desk", "payments", "store", "e-results"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    catalogFiles.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts);
}
