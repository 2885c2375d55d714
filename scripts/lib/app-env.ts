import { createHmac, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

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
  };
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
