import { createHash, createHmac, randomBytes, createCipheriv, createDecipheriv } from "node:crypto";
import { config } from "@/lib/config";

const DEV_SECRET = "motcua-development-secret-not-for-production-use";

/** The secret behind sessions, one-time links and sealed PINs (AUTH_SECRET or NEXTAUTH_SECRET). */
export function authSecret(): string {
  const c = config();
  const secret = c.AUTH_SECRET ?? c.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (c.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production.");
  return DEV_SECRET;
}

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

/** HMAC-SHA256 with a key derived from the secret for one purpose. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", `${purpose}:${authSecret()}`).update(value).digest("hex");
}

function sealKey(): Buffer {
  return createHash("sha256").update(`seal:${authSecret()}`).digest();
}

/** Encrypts a short secret (AES-256-GCM) so only this server can read it back. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function unseal(sealed: string): string | null {
  try {
    const [iv, tag, data] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", sealKey(), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
