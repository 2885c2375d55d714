/**
 * A real OpenID Connect provider (npm `oidc-provider`) on loopback, for end-to-end tests of
 * "sign in with the national identity provider". Its development login page accepts any login;
 * the login becomes the subject, with a verified email `<login>@vneid.test`.
 */
import type { Server } from "node:http";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface TestOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startOidcProvider(opts: { port: number; redirectUri: string }): Promise<TestOidc> {
  const moduleName = "oidc-provider";
  const { default: Provider } = (await import(moduleName)) as unknown as { default: new (issuer: string, config: unknown) => { listen(port: number, host: string): Server; proxy: boolean } };
  const issuer = `http://127.0.0.1:${opts.port}`;
  const clientId = "mot-cua-e2e";
  const clientSecret = "e2e-client-secret-0123456789abcdef";
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [opts.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-cookie-key-0123456789"] },
    async findAccount(_ctx: unknown, sub: string) {
      return {
        accountId: sub,
        async claims() {
          return { sub, name: `Công dân ${sub}`, email: `${sub}@vneid.test`, email_verified: true };
        },
      };
    },
  });
  const server = provider.listen(opts.port, "127.0.0.1");
  await new Promise<void>((r) => server.once("listening", () => r()));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
