/**
 * Small in-process caches of data that changes rarely (the synonym dictionary, the vocabulary,
 * the facets). Each entry expires after its time to live; `invalidateCatalogCaches()` clears them
 * here and, through PostgreSQL NOTIFY (lib/server/changes.ts), on every other instance.
 */
import { announceChangeSoon, listenForChanges, onChange } from "@/lib/server/changes";

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

const entries = new Map<string, Entry<unknown>>();
/** Search result pages are cached too; past this many entries the oldest go first. */
const MAX_ENTRIES = 2000;

onChange("catalog", () => entries.clear());

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  void listenForChanges();
  const now = Date.now();
  const hit = entries.get(key) as Entry<T> | undefined;
  if (hit && hit.until > now) return hit.value;
  const value = load();
  if (hit) entries.delete(key);
  else if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { value, until: now + ttlMs });
  // A failed load is not kept.
  value.catch(() => entries.delete(key));
  return value;
}

/** After a catalog change (publishing, synonyms, agency renames): clears every instance's caches. */
export function invalidateCatalogCaches(): void {
  announceChangeSoon("catalog");
}
