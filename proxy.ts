/**
 * Runs before every page and route (Next.js 16's proxy, formerly middleware): gives each response its
 * Content-Security-Policy, with a fresh script nonce on every page that shows personal data or takes
 * input. Next.js reads the nonce from the request's policy header and puts it on its own scripts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { config as settings } from "@/lib/config";
import { contentSecurityPolicy, isCacheablePublicPath, newNonce } from "@/lib/server/csp";

function formTargets(): string[] {
  const issuer = settings().OIDC_ISSUER;
  if (!issuer) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}

export function proxy(request: NextRequest) {
  const dev = settings().NODE_ENV !== "production";
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
