/**
 * The one rule for every return address (`next`, `callbackUrl`, next-auth's redirect): resolved
 * against the portal's own origin with the URL parser, and kept only when it is a path on this
 * site. Anything else — another host, a scheme, a protocol-relative or backslash trick, control
 * characters (tab, CR, LF) that browsers drop, or an encoded form of those — gives the fallback.
 */
import { config } from "@/lib/config";

const MAX_LENGTH = 1000;
// Control characters (browsers drop tab/CR/LF from a Location), backslashes (read as "/"), and
// characters URL parsers trim at the edges.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function portalOrigin(): string {
  const c = config();
  return new URL(c.NEXTAUTH_URL ?? c.APP_URL).origin;
}

function decodedForms(value: string): string[] {
  const forms = [value];
  let current = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return forms.concat("\u0000"); // malformed encoding: treat as unsafe
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

/**
 * A same-origin path ("/a/b?c#d") for `value`, or `fallback`. Accepts a path, or an absolute URL
 * on the portal's own origin (next-auth passes those).
 */
export function safeReturnPath(value: unknown, fallback = "/my/dossiers", origin = portalOrigin()): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const forms = decodedForms(value);
  for (const form of forms) {
    if (UNSAFE.test(form)) return fallback;
    // A path must not turn into a protocol-relative address once decoded.
    if (form.startsWith("//") || /^\/[/\\]/.test(form)) return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
  // Relative input must be a rooted path ("evil.example" or "javascript:..." are not).
  if (!value.startsWith("/") && !value.toLowerCase().startsWith(`${origin.toLowerCase()}/`) && value.toLowerCase() !== origin.toLowerCase()) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
