/**
 * Small in-process caches of data that changes rarely (the synonym dictionary, the vocabulary,
 * the facets). Each entry expires after its time to live; a reindex in this process clears them.
 */
interface Entry<T> {
  value: Promise<T>;
  until: number;
}

const entries = new Map<string, Entry<unknown>>();
/** Search result pages are cached too; past this many entries the oldest go first. */
const MAX_ENTRIES = 2000;

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
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

export function invalidateCatalogCaches(): void {
  entries.clear();
}
