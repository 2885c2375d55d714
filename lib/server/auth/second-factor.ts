/**
 * The second factor of every staff account (any role but CITIZEN): TOTP (RFC 6238, an
 * authenticator app) and ten one-use recovery codes. Enrolled at the first sign-in, required at
 * every sign-in after; a staff session opens nothing until it is checked (sessions.ts). Attempts
 * are throttled per account and every outcome is audited.
 */
import { createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { db } from "@/lib/db";
import { audit } from "@/lib/server/audit";
import { hit, used } from "@/lib/server/rate-limit";
import { deriveKey, matchesTaggedHash, seal, taggedHash, unseal } from "./secret";
import { markSecondFactor } from "./sessions";

export const ISSUER = "Một Cửa";
export const RECOVERY_CODES = 10;
/** Wrong codes per account per window (codes and recovery codes together); then attempts wait. */
export const ATTEMPTS = { scope: "second-factor:user", max: 5, windowSeconds: 5 * 60 };

function totp(secret: Secret, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret });
}

/**
 * The secret offered while enrolling: derived from the session (same on every reload, nothing
 * stored until a first code proves the app has it).
 */
export function enrollmentSecret(sessionId: string): Secret {
  const bytes = createHmac("sha256", deriveKey("totp-enroll")).update(sessionId).digest().subarray(0, 20);
  return new Secret({ buffer: Uint8Array.from(bytes).buffer });
}

export interface Enrollment {
  secret: string;
  uri: string;
}

export function enrollmentFor(sessionId: string, label: string): Enrollment {
  const secret = enrollmentSecret(sessionId);
  return { secret: secret.base32, uri: totp(secret, label).toString() };
}

export async function hasSecondFactor(userId: string): Promise<boolean> {
  const f = await db().secondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(f?.enabledAt);
}

/** The step (30 s) of a code that is valid now (±1 step of clock drift), or null. */
function validStep(secret: Secret, code: string, now = Date.now()): number | null {
  const delta = totp(secret, "x").validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normalizeRecovery = (code: string) => code.trim().toLowerCase().replace(/[\s]/g, "");

export type SecondFactorResult =
  | { ok: true; recoveryCodes?: string[] }
  | { ok: false; reason: "invalid" | "throttled" | "no-session" };

/** Confirms enrollment with a first code from the app; returns the recovery codes (shown once). */
export async function enrollSecondFactor(sessionId: string, userId: string, code: string): Promise<SecondFactorResult> {
  if ((await used(ATTEMPTS, userId)) >= ATTEMPTS.max) return { ok: false, reason: "throttled" };
  const secret = enrollmentSecret(sessionId);
  const step = /^\d{6}$/.test(code.trim()) ? validStep(secret, code.trim()) : null;
  if (step === null) {
    await hit(ATTEMPTS, userId);
    await db().$transaction((tx) => audit(tx, { actorId: userId, action: "user.second-factor-failed", entity: "User", entityId: userId, data: { stage: "enroll" } }));
    return { ok: false, reason: "invalid" };
  }
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  return db().$transaction(async (tx) => {
    const existing = await tx.secondFactor.findUnique({ where: { userId } });
    if (existing?.enabledAt) return { ok: false, reason: "invalid" } as const;
    const session = await tx.userSession.findFirst({ where: { id: sessionId, userId, revokedAt: null } });
    if (!session) return { ok: false, reason: "no-session" } as const;
    await tx.secondFactor.upsert({
      where: { userId },
      create: { userId, secretSealed: seal(secret.base32), enabledAt: new Date(), lastStep: step },
      update: { secretSealed: seal(secret.base32), enabledAt: new Date(), lastStep: step },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: taggedHash("recovery-code", `${userId}:${c}`) })) });
    await markSecondFactor(tx, sessionId);
    await audit(tx, { actorId: userId, action: "user.second-factor-enrolled", entity: "User", entityId: userId });
    return { ok: true, recoveryCodes: codes } as const;
  });
}

/** Checks a code from the app, or a recovery code (used once), and marks the session verified. */
export async function verifySecondFactor(sessionId: string, userId: string, input: string): Promise<SecondFactorResult> {
  if ((await used(ATTEMPTS, userId)) >= ATTEMPTS.max) {
    await db().$transaction((tx) => audit(tx, { actorId: userId, action: "user.second-factor-throttled", entity: "User", entityId: userId }));
    return { ok: false, reason: "throttled" };
  }
  const factor = await db().secondFactor.findUnique({ where: { userId } });
  const plain = factor?.enabledAt ? unseal(factor.secretSealed) : null;
  if (!factor || !plain) return { ok: false, reason: "invalid" };
  const code = input.trim().replace(/\s/g, "");
  // A right code that was already used (a replay, or two sign-ins within one 30-second step) is refused
  // but is no guess: it does not count towards the throttle.
  let replayed = false;
  const result = await db().$transaction(async (tx) => {
    let method: "totp" | "recovery-code" | null = null;
    if (/^\d{6}$/.test(code)) {
      const step = validStep(Secret.fromBase32(plain), code);
      // A code is accepted once: its step must be later than the last one used.
      if (step !== null) {
        const used = await tx.secondFactor.updateMany({ where: { userId, OR: [{ lastStep: null }, { lastStep: { lt: step } }] }, data: { lastStep: step } });
        if (used.count === 1) method = "totp";
        else replayed = true;
      }
    } else if (/^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code)) {
      const wanted = normalizeRecovery(code).replace(/^(.{5})-?(.{5})$/, "$1-$2");
      const rows = await tx.recoveryCode.findMany({ where: { userId, usedAt: null } });
      const match = rows.find((r) => matchesTaggedHash("recovery-code", `${userId}:${wanted}`, r.codeHash));
      if (match) {
        const used = await tx.recoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: new Date() } });
        if (used.count === 1) method = "recovery-code";
      }
    }
    if (!method) {
      await audit(tx, { actorId: userId, action: "user.second-factor-failed", entity: "User", entityId: userId, data: { stage: "verify" } });
      return { ok: false, reason: "invalid" } as const;
    }
    const session = await tx.userSession.findFirst({ where: { id: sessionId, userId, revokedAt: null } });
    if (!session) return { ok: false, reason: "no-session" } as const;
    await markSecondFactor(tx, sessionId);
    await audit(tx, { actorId: userId, action: "user.second-factor-verified", entity: "User", entityId: userId, data: { method } });
    return { ok: true } as const;
  });
  if (!result.ok && result.reason === "invalid" && !replayed) await hit(ATTEMPTS, userId);
  return result;
}

/** Recovery codes not used yet (a count, for the officer's own information). */
export async function remainingRecoveryCodes(userId: string): Promise<number> {
  return db().recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Did this session enrol the second factor in the last two minutes? Its page then stays open (the
 * recovery codes are shown once, also without JavaScript, when the form is answered by the page).
 */
export async function justEnrolled(sessionId: string, userId: string): Promise<boolean> {
  const [factor, session] = await Promise.all([
    db().secondFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    db().userSession.findUnique({ where: { id: sessionId }, select: { secondFactorAt: true } }),
  ]);
  if (!factor?.enabledAt || !session?.secondFactorAt) return false;
  return Math.abs(factor.enabledAt.getTime() - session.secondFactorAt.getTime()) < 5_000 && Date.now() - factor.enabledAt.getTime() < 120_000;
}
