/**
 * next-auth (v4) configuration: password sign-in (email or phone) and, when configured, an
 * OpenID Connect provider (the national identity provider, for citizens only). The JWT cookie
 * carries only the id of a server-side session (sessions.ts).
 */
import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/server/rate-limit";
import { AppError } from "@/lib/server/errors";
import { authenticateWithPassword, signInWithOidc } from "./accounts";
import { safeReturnPath } from "./return-path";
import { authSecret } from "./secret";
import { decodeSessionToken, encodeSessionToken, SESSION_MAX_AGE } from "./session";
import { createSession, revokeSession } from "./sessions";

export { SESSION_MAX_AGE };
export const OIDC_PROVIDER_ID = "oidc";

export function oidcConfigured(): boolean {
  const c = config();
  return Boolean(c.OIDC_ISSUER && c.OIDC_CLIENT_ID && c.OIDC_CLIENT_SECRET);
}

export function oidcName(): string {
  return config().OIDC_NAME;
}

interface OidcProfile {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
}

let cached: NextAuthOptions | undefined;
let userinfoEndpoint: Promise<string | null> | undefined;

function stripEmpty(o: OidcProfile): Partial<OidcProfile> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Partial<OidcProfile>;
}

/** The provider's userinfo endpoint from its discovery document; a failure is not kept (retried next time). */
export async function userinfoEndpointOf(issuer: string): Promise<string | null> {
  userinfoEndpoint ??= fetch(`${issuer}/.well-known/openid-configuration`)
    .then((r) => (r.ok ? (r.json() as Promise<{ userinfo_endpoint?: string }>) : ({} as { userinfo_endpoint?: string })))
    .then((d) => d.userinfo_endpoint ?? null)
    .catch(() => null);
  const endpoint = await userinfoEndpoint;
  if (!endpoint) userinfoEndpoint = undefined;
  return endpoint;
}

async function userinfo(issuer: string, accessToken: string): Promise<OidcProfile> {
  const endpoint = await userinfoEndpointOf(issuer);
  if (!endpoint) return { sub: "" };
  const res = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.ok ? ((await res.json()) as OidcProfile) : { sub: "" };
}

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const c = config();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "password",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.identifier || !credentials.password) return null;
        const h = new Headers();
        for (const [k, v] of Object.entries(req?.headers ?? {})) if (typeof v === "string") h.set(k, v);
        const result = await authenticateWithPassword(String(credentials.identifier).slice(0, 254), String(credentials.password).slice(0, 256), clientAddress(h));
        if (!result.ok) return null;
        return { id: result.user.id, name: result.user.fullName, email: result.user.email, role: result.user.role };
      },
    }),
  ];
  if (oidcConfigured()) {
    const issuer = c.OIDC_ISSUER!.replace(/\/+$/, "");
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: c.OIDC_NAME,
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      issuer,
      clientId: c.OIDC_CLIENT_ID,
      clientSecret: c.OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
      // The ID token may carry only "sub" (claims conformant to the OIDC spec); the rest
      // then comes from the userinfo endpoint.
      async profile(claims: OidcProfile, tokens: { access_token?: string }) {
        let c: OidcProfile = claims;
        if ((!c.email || !c.name) && tokens.access_token) c = { ...(await userinfo(issuer, tokens.access_token)), ...stripEmpty(claims) };
        return { id: c.sub, name: c.name ?? null, email: c.email ?? null, emailVerified: c.email_verified === true };
      },
    });
  }
  cached = {
    providers,
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    jwt: {
      maxAge: SESSION_MAX_AGE,
      encode: ({ token, maxAge }) => encodeSessionToken(token ?? {}, maxAge),
      decode: ({ token }) => decodeSessionToken(token),
    },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in", newUser: "/my/dossiers" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const u = user as { id: string; name?: string | null; email?: string | null; emailVerified?: boolean };
          try {
            const local = await signInWithOidc(OIDC_PROVIDER_ID, { sub: account.providerAccountId || u.id, email: u.email, email_verified: u.emailVerified === true, name: u.name });
            Object.assign(user, { uid: local.id, role: local.role, name: local.fullName, email: local.email });
          } catch (error) {
            if (error instanceof AppError && error.messageKey === "auth.errors.oidcStaff") return "/sign-in?error=oidc-staff";
            if (error instanceof AppError) return "/sign-in?error=oidc";
            throw error;
          }
        }
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          // A new sign-in: a server-side session; the cookie carries only its id.
          const u = user as { id: string; uid?: string; role?: string };
          const role = (u.role ?? "CITIZEN") as Parameters<typeof createSession>[0]["role"];
          let ua: string | null = null;
          try {
            ua = (await headers()).get("user-agent");
          } catch {
            // outside a request
          }
          const sid = await createSession({ id: u.uid ?? u.id, role }, account?.provider === OIDC_PROVIDER_ID ? "oidc" : "password", ua);
          return { sid };
        }
        return { sid: token.sid };
      },
      async session({ session }) {
        // The session id stays in the cookie; pages ask currentUser() on the server.
        return session;
      },
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${safeReturnPath(url, "/my/dossiers", new URL(baseUrl).origin)}`;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
  return cached;
}
