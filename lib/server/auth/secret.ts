/**
 * Keys. Every purpose (sessions, sealed values, tracking PINs, sign-in throttling, recovery codes)
 * gets its own key derived from the secret with HKDF-SHA256, and every stored value names the key
 * id it was made with. The secret can then be rotated: set the new AUTH_SECRET and move the old
 * one to AUTH_SECRET_PREVIOUS (a comma-separated list); values made with an old secret keep
 * working until they expire, new ones use the new secret. Nothing here runs while a module loads.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

const DEV_SECRET = "motcua-development-secret-not-for-production-use";
const SALT = "motcua/v1";

/** The secret behind sessions, one-time links and sealed PINs (AUTH_SECRET or NEXTAUTH_SECRET). */
export function authSecret(): string {
  const c = config();
  const secret = c.AUTH_SECRET ?? c.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (c.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production.");
  return DEV_SECRET;
}

export interface SecretKey {
  /** A short id of the secret (derived from it, reveals nothing useful). */
  id: string;
  secret: string;
}

const keyIdCache = new Map<string, string>();

function keyId(secret: string): string {
  let id = keyIdCache.get(secret);
  if (!id) {
    id = Buffer.from(hkdfSync("sha256", secret, SALT, "key-id", 6)).toString("base64url");
    keyIdCache.set(secret, id);
  }
  return id;
}

/** The current secret first, then the previous ones (AUTH_SECRET_PREVIOUS), each with its id. */
export function secretKeys(): SecretKey[] {
  const current = authSecret();
  const previous = (config().AUTH_SECRET_PREVIOUS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length >= 32 && s !== current);
  return [current, ...previous].map((secret) => ({ id: keyId(secret), secret }));
}

/** The key of one purpose under one secret (HKDF-SHA256, 32 bytes). */
export function deriveKey(purpose: string, secret: string = authSecret()): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, SALT, purpose, 32));
}

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

/** HMAC-SHA256 under the current key of one purpose (for lookup keys that may be forgotten on rotation). */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", deriveKey(purpose)).update(value).digest("hex");
}

/** A stored keyed hash that names its key: "<key id>.<hex>". */
export function taggedHash(purpose: string, value: string): string {
  const [key] = secretKeys();
  return `${key!.id}.${createHmac("sha256", deriveKey(purpose, key!.secret)).update(value).digest("hex")}`;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Does `value` give `stored`? Accepts hashes made under any current or previous secret, and the
 * format before key ids ("<hex>", keyed with "<purpose>:<secret>").
 */
export function matchesTaggedHash(purpose: string, value: string, stored: string): boolean {
  const keys = secretKeys();
  const dot = stored.indexOf(".");
  if (dot > 0) {
    const key = keys.find((k) => k.id === stored.slice(0, dot));
    const hex = createHmac("sha256", deriveKey(purpose, (key ?? keys[0]!).secret)).update(value).digest("hex");
    return sameHex(hex, stored.slice(dot + 1)) && key !== undefined;
  }
  let ok = false;
  for (const key of keys) {
    if (sameHex(createHmac("sha256", `${purpose}:${key.secret}`).update(value).digest("hex"), stored)) ok = true;
  }
  return ok;
}

/** Encrypts a short secret (AES-256-GCM) so only this server can read it back: "v2.<key id>.<iv>.<tag>.<data>". */
export function seal(plain: string): string {
  const [key] = secretKeys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey("seal", key!.secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v2", key!.id, ...[iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url"))].join(".");
}

function open(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer): string | null {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export function unseal(sealed: string): string | null {
  const parts = sealed.split(".");
  if (parts[0] === "v2" && parts.length === 5) {
    const key = secretKeys().find((k) => k.id === parts[1]);
    if (!key) return null;
    const [iv, tag, data] = parts.slice(2).map((p) => Buffer.from(p, "base64url"));
    return open(deriveKey("seal", key.secret), iv!, tag!, data!);
  }
  if (parts.length !== 3) return null;
  // Sealed before key ids: the key was SHA-256("seal:<secret>").
  const [iv, tag, data] = parts.map((p) => Buffer.from(p, "base64url"));
  for (const key of secretKeys()) {
    const plain = open(createHash("sha256").update(`seal:${key.secret}`).digest(), iv!, tag!, data!);
    if (plain !== null) return plain;
  }
  return null;
}
