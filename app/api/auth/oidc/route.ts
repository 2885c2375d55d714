/**
 * Starts OpenID Connect sign-in from a plain link, so it works without JavaScript: next-auth
 * wants a POST carrying its CSRF token; this route sets that token's cookie (first visit,
 * then comes back to itself) and makes the POST on the browser's behalf.
 */
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { config } from "@/lib/config";
import { authOptions, OIDC_PROVIDER_ID, oidcConfigured } from "@/lib/server/auth/options";
import { authSecret } from "@/lib/server/auth/secret";
import { safeNext } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

function csrfCookieName(): string {
  const url = config().NEXTAUTH_URL ?? config().APP_URL;
  return `${url.startsWith("https://") ? "__Host-" : ""}next-auth.csrf-token`;
}

export async function GET(req: NextRequest): Promise<Response> {
  const next = safeNext(req.nextUrl.searchParams.get("next"));
  const base = config().NEXTAUTH_URL ?? config().APP_URL;
  if (!oidcConfigured()) return Response.redirect(new URL("/sign-in", base), 303);
  const store = await cookies();
  const existing = store.get(csrfCookieName())?.value;
  const secret = authSecret();
  const [token, hash] = existing?.split("|") ?? [];
  const valid = token && hash === createHash("sha256").update(`${token}${secret}`).digest("hex");
  if (!valid) {
    if (req.nextUrl.searchParams.get("retry")) return Response.redirect(new URL("/sign-in?error=cookies", base), 303);
    const fresh = randomBytes(32).toString("hex");
    const value = `${fresh}|${createHash("sha256").update(`${fresh}${secret}`).digest("hex")}`;
    store.set(csrfCookieName(), value, { httpOnly: true, sameSite: "lax", path: "/", secure: base.startsWith("https://") });
    const again = new URL("/api/auth/oidc", base);
    again.searchParams.set("next", next);
    again.searchParams.set("retry", "1");
    return Response.redirect(again, 303);
  }
  const body = new URLSearchParams({ csrfToken: token!, callbackUrl: new URL(next, base).toString() });
  const post = new NextRequest(new URL(`/api/auth/signin/${OIDC_PROVIDER_ID}`, base), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: body.toString(),
  });
  const handler = NextAuth(authOptions()) as unknown as (r: Request, c: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
  const res = await handler(post, { params: Promise.resolve({ nextauth: ["signin", OIDC_PROVIDER_ID] }) });
  // next-auth answers 302 to the provider with its state/PKCE cookies; pass it on as a 303.
  const headers = new Headers(res.headers);
  return new Response(null, { status: res.status === 302 ? 303 : res.status, headers });
}
