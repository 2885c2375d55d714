/**
 * Keys derived per purpose with HKDF, named by a key id, so that the secret can be rotated: what
 * was made with the previous secret (tracking PINs, sealed values, session cookies) keeps working.
 */
import { createHmac, createHash, createCipheriv, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "../../lib/config";
import { hashTrackingPin, verifyTrackingPin } from "../../lib/server/dossiers/code";
import { deriveKey, seal, unseal, secretKeys } from "../../lib/server/auth/secret";
import { decodeSessionToken, encodeSessionToken } from "../../lib/server/auth/session";

const OLD = "old-secret-".padEnd(40, "o");
const NEW = "new-secret-".padEnd(40, "n");
const saved = { a: process.env.AUTH_SECRET, p: process.env.AUTH_SECRET_PREVIOUS, n: process.env.NEXTAUTH_SECRET };

function useSecrets(current: string, previous?: string) {
  process.env.AUTH_SECRET = current;
  delete process.env.NEXTAUTH_SECRET;
  if (previous) process.env.AUTH_SECRET_PREVIOUS = previous;
  else delete process.env.AUTH_SECRET_PREVIOUS;
  resetConfig();
}

afterEach(() => {
  for (const [k, v] of [["AUTH_SECRET", saved.a], ["AUTH_SECRET_PREVIOUS", saved.p], ["NEXTAUTH_SECRET", saved.n]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfig();
});

describe("keys and rotation", () => {
  it("derives a different key for each purpose and each secret", () => {
    useSecrets(OLD);
    expect(deriveKey("seal").equals(deriveKey("session"))).toBe(false);
    expect(deriveKey("seal", OLD).equals(deriveKey("seal", NEW))).toBe(false);
  });

  it("a tracking PIN stored under the old secret still verifies after rotation; a wrong one does not", () => {
    useSecrets(OLD);
    const stored = hashTrackingPin("X1-260101-0001", "123456");
    useSecrets(NEW, OLD);
    expect(verifyTrackingPin("X1-260101-0001", "123456", stored)).toBe(true);
    expect(verifyTrackingPin("X1-260101-0001", "123457", stored)).toBe(false);
    expect(hashTrackingPin("X1-260101-0001", "123456")).not.toBe(stored);
    // Once the old secret is dropped, its PINs no longer open anything.
    useSecrets(NEW);
    expect(verifyTrackingPin("X1-260101-0001", "123456", stored)).toBe(false);
  });

  it("PINs stored before key ids (HMAC keyed with \"dossier-pin:<secret>\") still verify", () => {
    useSecrets(OLD);
    const legacy = `hmac-sha256:${createHmac("sha256", `dossier-pin:${OLD}`).update("X1-260101-0002:654321").digest("hex")}`;
    expect(verifyTrackingPin("X1-260101-0002", "654321", legacy)).toBe(true);
    useSecrets(NEW, OLD);
    expect(verifyTrackingPin("X1-260101-0002", "654321", legacy)).toBe(true);
    expect(verifyTrackingPin("X1-260101-0002", "654322", legacy)).toBe(false);
  });

  it("sealed values survive rotation, including those sealed before key ids", () => {
    useSecrets(OLD);
    const sealed = seal("482913");
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", createHash("sha256").update(`seal:${OLD}`).digest(), iv);
    const data = Buffer.concat([cipher.update("777777", "utf8"), cipher.final()]);
    const legacy = [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
    useSecrets(NEW, OLD);
    expect(unseal(sealed)).toBe("482913");
    expect(unseal(legacy)).toBe("777777");
    expect(unseal(seal("1"))).toBe("1");
    expect(secretKeys().map((k) => k.id)).toHaveLength(2);
    useSecrets(NEW);
    expect(unseal(sealed)).toBeNull();
  });

  it("session cookies made under the old secret are read after rotation", async () => {
    useSecrets(OLD);
    const cookie = await encodeSessionToken({ sid: "00000000-0000-4000-8000-000000000001" });
    useSecrets(NEW, OLD);
    expect((await decodeSessionToken(cookie))?.sid).toBe("00000000-0000-4000-8000-000000000001");
    useSecrets(NEW);
    expect(await decodeSessionToken(cookie)).toBeNull();
  });
});
