import { getMessages } from "next-intl/server";
import type { PlainMessages } from "./plain";

/**
 * The raw catalog strings under each of `prefixes` ("tracking", "auth.errors.throttled"), flattened to
 * their full keys, for a client component that reads them with plainTranslator (lib/i18n/plain.ts).
 */
export async function plainMessages(prefixes: readonly string[]): Promise<PlainMessages> {
  const all = await getMessages();
  const out: PlainMessages = {};
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") out[key] = value;
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
  };
  for (const prefix of prefixes) {
    const value = prefix.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), all);
    if (value === undefined) throw new Error(`No message ${prefix}`);
    walk(value, prefix);
  }
  return out;
}
