/**
 * Content-Security-Policy of every page (set by proxy.ts). Pages that show personal data or take input
 * allow only scripts carrying this request's nonce; the public catalog pages (cacheable, the same
 * HTML for everyone) cannot carry a per-request nonce and allow the inline scripts Next.js writes.
 * See docs/security.md for the trade-off.
 */

/** Public catalog pages rendered once and cached: home, procedures, statistics, the published feedback list. */
export function isCacheablePublicPath(pathname: string): boolean {
  return (
    pathname === "/" ||
    pathname === "/procedures" ||
    pathname.startsWith("/procedures/") ||
    pathname === "/stats" ||
    pathname === "/feedback" ||
    pathname === "/robots.txt" ||
    pathname === "/sitemap.xml"
  );
}

export interface PolicyOptions {
  /** The request's nonce; null for the cacheable public pages. */
  nonce: string | null;
  /** Development server: React needs eval for its debugging aids. */
  dev: boolean;
  /** Origins a form may post to besides this site (the OIDC provider's sign-in redirect). */
  formTargets?: string[];
}

export function contentSecurityPolicy({ nonce, dev, formTargets = [] }: PolicyOptions): string {
  const scripts = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
  if (dev) scripts.push(`'unsafe-eval'`);
  const directives: Array<[string, string[]]> = [
    ["default-src", [`'self'`]],
    ["script-src", scripts],
    ["style-src", [`'self'`, `'unsafe-inline'`]],
    ["img-src", [`'self'`, "data:", "blob:"]],
    ["font-src", [`'self'`]],
    ["connect-src", [`'self'`]],
    ["object-src", [`'none'`]],
    ["base-uri", [`'none'`]],
    ["frame-ancestors", [`'none'`]],
    ["form-action", [`'self'`, ...formTargets]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
