/**
 * Public pages that are the same for everyone in a language, rendered once per language and served
 * from memory by the proxy (proxy.ts) until what they show changes.
 *
 * - Which pages: `isPageCachePath` — the home page, the catalog (its pages and filters, not a typed
 *   search: those are nearly all different), a procedure's page and its JSON record
 *   (/api/v1/procedures/{code}), the statistics, robots.txt, the sitemap, and the empty tracking
 *   form (/track without a query). Only a plain GET; never
 *   a React Server Components request (client navigation, prefetch) nor a server action.
 * - The key: the language (the NEXT_LOCALE cookie as lib/i18n/request.ts reads it) and the path
 *   with its query. So one language's page is never served in the other.
 * - Filling: on a miss the proxy asks this same server for the page again, on loopback, with only the
 *   language cookie — no session, no other cookie — so what is stored was rendered for an anonymous
 *   visitor and cannot hold anyone's personal data. Concurrent misses of one key wait for one render.
 *   A response is stored only if it is a 200 without Set-Cookie; anything else (a 404, a redirect, an
 *   error, the loopback request failing) makes the proxy let the visitor's own request through as if
 *   there were no cache.
 * - Clearing: a change announced through lib/server/changes.ts — publishing and catalog changes, the
 *   calendar (the whole cache), the statistics refresh (the statistics pages only) — clears it, here
 *   at once and on every other instance when its PostgreSQL notification arrives. A render that
 *   began before a clear is not stored. Entries also expire after `MAX_AGE_MS`, for data whose changes are not announced.
 * - Pages with a script nonce (the tracking form: it takes input, so its scripts run only with the
 *   response's nonce, docs/security.md): the page is stored with the nonce it was rendered with
 *   (read from its Content-Security-Policy), and each response gets a fresh nonce put in its place
 *   (`withNonce`), in the body and in the policy. The HTML is the same for everyone; the nonce is not.
 * - Kept uncompressed: Next.js drops a proxy response's Content-Encoding and compresses the body itself.
 * - Bounded: at most PAGE_CACHE_MB of bodies (least recently used go first), no page over 1 MB.
 *
 * The state lives on globalThis: the proxy and the pages run in one Node.js process under `next start`
 * but in different bundles, and the change listener's subscribers are shared the same way.
 */
import { config } from "@/lib/config";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { listenForChanges, onChange } from "@/lib/server/changes";
import { errorMessage, log as childLog } from "@/lib/server/log";

/** Safety net for changes nobody announces (an agency's address, a setting). */
export const MAX_AGE_MS = 60_000;
const MAX_ENTRY_BYTES = 1024 * 1024;
/** The loopback request carries this header so that the proxy lets it through to the page. */
export const FILL_HEADER = "x-page-cache-fill";
/** Tells (tests, operators) whether a page came from the cache: "hit", "miss" or "bypass". */
export const STATUS_HEADER = "x-page-cache";

/** Headers of the loopback response not to repeat: framing and encoding belong to each response. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie"]);

export interface CachedPage {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
  storedAt: number;
  /** The script nonce the page was rendered with, for a page that carries one (replaced in each response). */
  nonce?: string;
}

interface State {
  entries: Map<string, CachedPage>;
  bytes: number;
  generation: number;
  pending: Map<string, Promise<CachedPage | null>>;
  subscribed: boolean;
  hits: number;
  misses: number;
  loopbackFailedUntil: number;
}

const globalForPages = globalThis as unknown as { motCuaPageCache?: State };
function state(): State {
  globalForPages.motCuaPageCache ??= {
    entries: new Map(),
    bytes: 0,
    generation: 0,
    pending: new Map(),
    subscribed: false,
    hits: 0,
    misses: 0,
    loopbackFailedUntil: 0,
  };
  const s = globalForPages.motCuaPageCache;
  if (!s.subscribed) {
    s.subscribed = true;
    onChange("catalog", () => clearPageCache());
    onChange("calendar", () => clearPageCache());
    // The statistics refresh (every few minutes) only touches the statistics page.
    onChange("stats", () => clearPageCache("/stats"));
  }
  return s;
}

function maxBytes(): number {
  return config().PAGE_CACHE_MB * 1024 * 1024;
}

/** Whether a GET of this path and query may be served from the cache. */
export function isPageCachePath(pathname: string, search: URLSearchParams): boolean {
  if (search.has("_rsc")) return false;
  if (pathname === "/" || pathname === "/stats" || pathname === "/robots.txt" || pathname === "/sitemap.xml") return true;
  // The empty tracking form; with ?code= (the receipt's QR code) it is rendered per request.
  if (pathname === "/track") return [...search.keys()].length === 0;
  // A typed search is nearly always new: caching it would only push useful pages out.
  if (pathname === "/procedures") return !search.has("q");
  // A procedure's page (one segment after /procedures/), the agencies and life events lists, and a
  // procedure's JSON record.
  return /^\/procedures\/[^/]+$/.test(pathname) || /^\/api\/v1\/procedures\/[^/]+$/.test(pathname);
}

/** Whether this request may be answered from (or fill) the cache. */
export function isCacheableRequest(method: string, headers: Headers, pathname: string, search: URLSearchParams): boolean {
  if (method !== "GET") return false;
  if (maxBytes() === 0) return false;
  if (headers.has(FILL_HEADER)) return false;
  if (headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-router-state-tree") || headers.has("next-action")) return false;
  return isPageCachePath(pathname, search);
}

/** The language a request's page is rendered in (as lib/i18n/request.ts decides it). */
export function requestLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : defaultLocale;
}

export function cacheKey(locale: Locale, pathname: string, search: string): string {
  return `${locale} ${pathname}${search}`;
}

/** Empties the cache, or only the pages of one path (on every change announced for its topics, and in tests). */
export function clearPageCache(pathname?: string): void {
  const s = globalForPages.motCuaPageCache;
  if (!s) return;
  s.generation++;
  if (pathname === undefined) {
    s.entries.clear();
    s.bytes = 0;
    s.pending.clear();
    return;
  }
  for (const [key, entry] of s.entries) {
    if (keyPath(key) !== pathname) continue;
    s.entries.delete(key);
    s.bytes -= entry.body.byteLength;
  }
  for (const key of s.pending.keys()) if (keyPath(key) === pathname) s.pending.delete(key);
}

function keyPath(key: string): string {
  const path = key.slice(key.indexOf(" ") + 1);
  const query = path.indexOf("?");
  return query === -1 ? path : path.slice(0, query);
}

export function pageCacheFigures(): { entries: number; bytes: number; hits: number; misses: number } {
  const s = state();
  return { entries: s.entries.size, bytes: s.bytes, hits: s.hits, misses: s.misses };
}

function lookup(key: string, now: number): CachedPage | undefined {
  const s = state();
  const entry = s.entries.get(key);
  if (!entry) return undefined;
  s.entries.delete(key);
  if (now - entry.storedAt > MAX_AGE_MS) {
    s.bytes -= entry.body.byteLength;
    return undefined;
  }
  s.entries.set(key, entry); // most recently used last
  return entry;
}

function store(key: string, page: CachedPage): void {
  const s = state();
  const size = page.body.byteLength;
  if (size > MAX_ENTRY_BYTES || size > maxBytes()) return;
  const old = s.entries.get(key);
  if (old) {
    s.entries.delete(key);
    s.bytes -= old.body.byteLength;
  }
  while (s.bytes + size > maxBytes() && s.entries.size > 0) {
    const [oldestKey, oldest] = s.entries.entries().next().value!;
    s.entries.delete(oldestKey);
    s.bytes -= oldest.body.byteLength;
  }
  s.entries.set(key, page);
  s.bytes += size;
}

/** Renders the page for an anonymous visitor in `locale` by asking this server on loopback. */
async function render(locale: Locale, pathAndQuery: string): Promise<CachedPage | null> {
  const s = state();
  const port = process.env.PORT ?? "3000";
  if (Date.now() < s.loopbackFailedUntil) return null;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${pathAndQuery}`, {
      headers: { [FILL_HEADER]: "1", cookie: `${LOCALE_COOKIE}=${locale}`, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const body = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200 || res.headers.has("set-cookie")) return null;
    const headers: Array<[string, string]> = [];
    res.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) headers.push([name, value]);
    });
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    return { status: res.status, headers, body, storedAt: Date.now(), ...(nonce ? { nonce } : {}) };
  } catch (error) {
    s.loopbackFailedUntil = Date.now() + 30_000;
    childLog({ component: "page-cache" }).warn({ port, err: errorMessage(error) }, "could not render a page on loopback; serving pages uncached for 30 s");
    return null;
  }
}

/**
 * The cached page for this language and path, rendering and storing it on a miss; null when the
 * page cannot come from the cache (the caller then lets the request through as usual).
 */
export async function cachedPage(locale: Locale, pathname: string, search: string): Promise<{ page: CachedPage; hit: boolean } | null> {
  const s = state();
  void listenForChanges();
  const key = cacheKey(locale, pathname, search);
  const now = Date.now();
  const hit = lookup(key, now);
  if (hit) {
    s.hits++;
    return { page: hit, hit: true };
  }
  s.misses++;
  let pending = s.pending.get(key);
  if (!pending) {
    const generation = s.generation;
    pending = render(locale, pathname + search).then((page) => {
      // A render that began before a change may show what was there before it: answer with it, never keep it.
      if (page && s.generation === generation) store(key, page);
      if (s.pending.get(key) === pending) s.pending.delete(key);
      return page;
    });
    s.pending.set(key, pending);
  }
  const page = await pending;
  return page ? { page, hit: false } : null;
}


/**
 * The body of a page stored with a nonce, with `nonce` in place of the one it was rendered with (every
 * occurrence: the script tags and Next.js's own copy in the page's data). A nonce is 128 random bits
 * in base64, so it occurs nowhere else in a page.
 */
export function withNonce(page: CachedPage, nonce: string): Uint8Array {
  if (!page.nonce) return page.body;
  const body = Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength);
  const old = Buffer.from(page.nonce);
  const fresh = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(old); at !== -1; at = body.indexOf(old, from)) {
    parts.push(body.subarray(from, at), fresh);
    from = at + old.length;
  }
  parts.push(body.subarray(from));
  return Buffer.concat(parts);
}
