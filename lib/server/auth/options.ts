/**
 * next-auth (v4) configuration: password sign-in (email or phone) and, when configured, an
 * OpenID Connect provider (the national identity provider in production). JWT sessions.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { authenticateWithPassword, signInWithOidc } from "./accounts";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE = 8 * 60 * 60;
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

async function userinfo(issuer: string, accessToken: string): Promise<OidcProfile> {
  userinfoEndpoint ??= fetch(`${issuer}/.well-known/openid-configuration`)
    .then((r) => r.json() as Promise<{ userinfo_endpoint?: string }>)
    .then((d) => d.userinfo_endpoint ?? null)
    .catch(() => null);
  const endpoint = await userinfoEndpoint;
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
      async authorize(credentials) {
        if (!credentials?.identifier || !credentials.password) return null;
        const result = await authenticateWithPassword(String(credentials.identifier).slice(0, 254), String(credentials.password).slice(0, 256));
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
    jwt: { maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in", newUser: "/my/dossiers" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const u = user as { id: string; name?: string | null; email?: string | null; emailVerified?: boolean };
          const local = await signInWithOidc(OIDC_PROVIDER_ID, { sub: account.providerAccountId || u.id, email: u.email, email_verified: u.emailVerified === true, name: u.name });
          Object.assign(user, { uid: local.id, role: local.role, name: local.fullName, email: local.email });
        }
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const u = user as { id: string; uid?: string; role?: string; name?: string | null; email?: string | null };
          token.uid = u.uid ?? u.id;
          token.sub = token.uid as string;
          token.role = u.role ?? "CITIZEN";
          token.name = u.name ?? null;
          token.email = u.email ?? null;
        }
        return token;
      },
      async session({ session, token }) {
        Object.assign(session, { uid: token.uid, role: token.role });
        return session;
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // fall through
        }
        return `${baseUrl}/my/dossiers`;
      },
    },
  };
  return cached;
}
