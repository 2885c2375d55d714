/**
 * Catalog strings for a client component that reads its words without next-intl's runtime in the browser
 * (12 kB of gzipped JavaScript, and the whole namespaces in the page's payload): its page passes the
 * flattened strings it needs (lib/i18n/plain-messages.ts) and the component looks them up here. Only for
 * messages with plain {placeholders}: no plural, select or number formatting (docs/performance.md).
 */
export type PlainMessages = Record<string, string>;

export interface PlainT {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function plainTranslator(messages: PlainMessages): PlainT {
  const t = (key: string, values?: Record<string, string | number>) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
  return Object.assign(t, { has: (key: string) => key in messages });
}
