/**
 * Runs before every page and route (Next.js 16's proxy, formerly middleware): gives each response its
 * Content-Security-Policy, with a fresh script nonce on every page that shows personal data or takes
 * input. Next.js reads the nonce from the request's policy header and puts it on its own scripts.
 * Answers the public pages that are the same for everyone in a language from the page cache
 * (lib/server/page-cache.ts); the tracking form from it too, with a fresh nonce in each response.
 */
import { NextResponse, type NextRequest } from "next/server";
import { config as settings } from "@/lib/config";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { contentSecurityPolicy, isCacheablePublicPath, newNonce } from "@/lib/server/csp";
import { cachedPage, isCacheableRequest, requestLocale, STATUS_HEADER, withNonce } from "@/lib/server/page-cache";

function formTargets(): string[] {
  const issuer = settings().OIDC_ISSUER;
  if (!issuer) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}

/** A body Next.js could not decode into a server action's arguments answers 400 here, not 500 there. */
async function undecodableActionBody(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const type = request.headers.get("content-type") ?? "";
  try {
    // Next.js reads a multipart body as a form; any other body (text/plain, octet-stream, none) as JSON.
    if (type.startsWith("multipart/form-data")) await request.clone().formData();
    else if (!type.startsWith("application/x-www-form-urlencoded")) JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}

function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  if (malformedPath(request.nextUrl.pathname)) return new NextResponse("Bad request: malformed percent-encoding in the path.", { status: 400 });
  if (await undecodableActionBody(request)) return new NextResponse("Bad request: the body is not a form.", { status: 400 });
  const dev = settings().NODE_ENV !== "production";
  const { pathname, search, searchParams } = request.nextUrl;
  // Not under `next dev`, where a page's code changes without any change being announced.
  if (settings().NODE_ENV !== "development" && isCacheableRequest(request.method, request.headers, pathname, searchParams)) {
    const found = await cachedPage(requestLocale(request.cookies.get(LOCALE_COOKIE)?.value), pathname, search);
    if (found) {
      const headers = new Headers(found.page.headers);
      // A page rendered with a nonce (the tracking form) gets a fresh one in every response.
      const nonce = found.page.nonce ? newNonce() : null;
      headers.set("Content-Security-Policy", contentSecurityPolicy({ nonce, dev, formTargets: formTargets() }));
      headers.set(STATUS_HEADER, found.hit ? "hit" : "miss");
      return new NextResponse((nonce ? withNonce(found.page, nonce) : found.page.body) as BodyInit, { status: found.page.status, headers });
    }
  }
  const nonce = isCacheablePublicPath(request.nextUrl.pathname) ? null : newNonce();
  const policy = contentSecurityPolicy({ nonce, dev, formTargets: formTargets() });
  const headers = new Headers(request.headers);
  headers.delete("x-nonce");
  if (nonce) {
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon|apple-icon).*)" }],
};
