import { createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { makeTestPki } from "../../lib/server/e-results/pki";

/** A stable secret for local runs, kept under .data (git-ignored). Production sets AUTH_SECRET. */
export async function localAuthSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** Environment for a Next.js process of this project. */
export async function appEnv(databaseUrl: string, port: number): Promise<NodeJS.ProcessEnv> {
  const secret = await localAuthSecret();
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...simulatedPayments(process.env.APP_URL ?? `http://localhost:${port}`, secret),
    ...(await demoSigning()),
  };
}

/**
 * Without a configured signing certificate, local runs (demo, e2e) sign results with a throwaway
 * certificate authority and agency certificate made on first run under .data/result-signing
 * (git-ignored). A province configures the certificate its certification authority issued.
 */
async function demoSigning(): Promise<Record<string, string>> {
  if (process.env.RESULT_SIGNING_P12) return {};
  const dir = path.join(process.cwd(), ".data", "result-signing");
  const p12 = path.join(dir, "agency.p12");
  const pass = path.join(dir, "passphrase");
  if (!existsSync(p12) || !existsSync(pass)) {
    await mkdir(dir, { recursive: true });
    const pki = makeTestPki({ agencyName: "UBND tỉnh Ninh Bình (chứng thư thử nghiệm)", caName: "Một Cửa Demo CA" });
    await writeFile(path.join(dir, "ca.pem"), pki.caPem);
    await writeFile(pass, pki.passphrase, { mode: 0o600 });
    await writeFile(p12, pki.p12, { mode: 0o600 });
  }
  return { RESULT_SIGNING_P12: p12, RESULT_SIGNING_PASSPHRASE: (await readFile(pass, "utf8")).trim() };
}

/**
 * Without a configured gateway, local runs (demo, e2e) pay through the gateway simulator inside
 * the portal (/dev/payment-gateway), with a merchant secret derived from the local secret.
 */
function simulatedPayments(appUrl: string, secret: string): Record<string, string> {
  if (process.env.PAYMENT_PROVIDER) return {};
  return {
    PAYMENT_PROVIDER: "vnpay",
    PAYMENT_MERCHANT_CODE: "MOTCUADEMO",
    PAYMENT_SECRET: createHmac("sha256", secret).update("payment-simulator").digest("hex"),
    PAYMENT_GATEWAY_URL: `${appUrl}/dev/payment-gateway/pay`,
    PAYMENT_SIMULATOR: "1",
  };
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}
