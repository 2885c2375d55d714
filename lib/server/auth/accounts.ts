/**
 * Citizen accounts: sign-up, email verification, password sign-in with throttling, password
 * reset, profile. One-time links keep only a hash of their token, expire, and work once.
 */
import { randomBytes } from "node:crypto";
import { resetEmailsPerHour, verifyEmailsPerHour } from "@/lib/server/limits";
import { hit } from "@/lib/server/rate-limit";
import { z } from "zod";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { normalizePhone, parseIdentifier } from "./identifiers";
import { hashPassword, verifyPassword } from "./password";
import { passwordStrength } from "@/lib/domain/password-strength";
import { sha256Hex } from "./secret";
import { isStaff, revokeUserSessions } from "./sessions";
import { clearFailures, recordFailure, throttleKeys, waitSeconds } from "./throttle";

export const VERIFY_HOURS = 24;
export const RESET_MINUTES = 30;

export const passwordSchema = z
  .string()
  .min(8, { error: "passwordTooShort" })
  .max(128, { error: "passwordTooLong" })
  .refine((p) => passwordStrength(p).ok, { error: "passwordWeak" });

/** A new password must not be made of the person's own details either. */
export function strongFor(password: string, details: Array<string | null | undefined>): boolean {
  return passwordStrength(password, details.filter((d): d is string => Boolean(d))).ok;
}

export const signUpSchema = z
  .object({
    fullName: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: "invalidEmail" })),
    phone: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === "") return null;
        const p = normalizePhone(v);
        if (!p) ctx.addIssue({ code: "custom", message: "invalidPhone" });
        return p;
      }),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "passwordsDiffer" })
  .refine((v) => strongFor(v.password, [v.email, v.fullName, v.phone]), { path: ["password"], error: "passwordWeak" });

export type SignUpInput = z.input<typeof signUpSchema>;

function appUrl(path: string): string {
  return new URL(path, config().APP_URL).toString();
}

async function issueToken(tx: Prisma.TransactionClient, userId: string, kind: "VERIFY_EMAIL" | "RESET_PASSWORD", minutes: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: { userId, kind, tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + minutes * 60_000) },
  });
  return token;
}

/**
 * The verification link; `next` (a path on this site, already checked with safeReturnPath) is
 * where the person was going when asked to sign in, e.g. a filing's first step, so confirming the
 * address and signing in brings them back there.
 */
function verifyUrl(token: string, next: string): string {
  return appUrl(`/verify-email?token=${token}${next ? `&next=${encodeURIComponent(next)}` : ""}`);
}

/**
 * Creates a citizen account and sends the verification link. An email already in use answers
 * exactly like a new one (the owner gets a "someone tried to sign up" email instead), so the
 * form does not reveal who has an account.
 */
export async function registerCitizen(input: z.output<typeof signUpSchema>, locale: "vi" | "en" = "vi", next = ""): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    const existing = await tx.user.findFirst({
      where: { OR: [{ email: input.email }, ...(input.phone ? [{ phone: input.phone }] : [])] },
    });
    if (existing) {
      if (existing.email) {
        await enqueueNotification(tx, {
          to: existing.email,
          template: "auth.account-exists",
          locale,
          data: { name: existing.fullName, signInUrl: appUrl("/sign-in"), resetUrl: appUrl("/forgot-password") },
        });
      }
      await audit(tx, { actorId: null, action: "user.sign-up-duplicate", entity: "User", entityId: existing.id });
      return;
    }
    const user = await tx.user.create({
      data: { email: input.email, phone: input.phone, fullName: input.fullName, passwordHash, role: "CITIZEN" },
    });
    const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_HOURS * 60);
    await enqueueNotification(tx, {
      to: input.email,
      template: "auth.verify-email",
      locale,
      data: { name: input.fullName, url: verifyUrl(token, next), hours: VERIFY_HOURS },
    });
    await audit(tx, { actorId: user.id, action: "user.sign-up", entity: "User", entityId: user.id });
  });
}

/**
 * Sends a fresh verification link (same answer whether or not the account exists); `next` is where
 * the person was going when they signed up (a filing's first step), kept in the link as at sign-up.
 */
export async function resendVerification(email: string, locale: "vi" | "en" = "vi", next = ""): Promise<void> {
  const id = parseIdentifier(email);
  if (!id || id.kind !== "email") return;
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: id.value } });
    if (!user || user.emailVerifiedAt || !user.active) return;
    // Same answer when the hourly limit is used up: nothing is sent.
    if (!(await hit(verifyEmailsPerHour(), user.id))) return;
    const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_HOURS * 60);
    await enqueueNotification(tx, {
      to: id.value,
      template: "auth.verify-email",
      locale,
      data: { name: user.fullName, url: verifyUrl(token, next), hours: VERIFY_HOURS },
    });
    await audit(tx, { actorId: user.id, action: "user.verification-resent", entity: "User", entityId: user.id });
  });
}

/** Uses a one-time token: marks it used (once) and returns its user, or null when invalid/expired/used. */
async function consumeToken(tx: Prisma.TransactionClient, token: string, kind: "VERIFY_EMAIL" | "RESET_PASSWORD"): Promise<User | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const tokenHash = sha256Hex(token);
  // Atomic: of two concurrent uses, one wins.
  const used = await tx.authToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (used.count !== 1) return null;
  const row = await tx.authToken.findUnique({ where: { tokenHash }, include: { user: true } });
  return row?.user.active ? row.user : null;
}

export async function verifyEmail(token: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const user = await consumeToken(tx, token, "VERIFY_EMAIL");
    if (!user) return false;
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: user.emailVerifiedAt ?? new Date() } });
    await audit(tx, { actorId: user.id, action: "user.email-verified", entity: "User", entityId: user.id });
    return true;
  });
}

/** Sends a reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(identifier: string, locale: "vi" | "en" = "vi"): Promise<void> {
  const id = parseIdentifier(identifier);
  if (!id) return;
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: id.kind === "email" ? { email: id.value } : { phone: id.value } });
    if (!user?.email || !user.active) return;
    // Same answer when the hourly limit is used up: nothing is sent.
    if (!(await hit(resetEmailsPerHour(), user.id))) return;
    const token = await issueToken(tx, user.id, "RESET_PASSWORD", RESET_MINUTES);
    await enqueueNotification(tx, {
      to: user.email,
      template: "auth.reset-password",
      locale,
      data: { name: user.fullName, url: appUrl(`/reset-password?token=${token}`), minutes: RESET_MINUTES },
    });
    await audit(tx, { actorId: user.id, action: "user.password-reset-requested", entity: "User", entityId: user.id });
  });
}

export async function resetPassword(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await consumeToken(tx, token, "RESET_PASSWORD");
    if (!user) return false;
    if (!strongFor(password, [user.email, user.fullName, user.phone])) throw new AppError("validation", "passwordWeak");
    // Following the link proves the email; old links die; the lock is lifted.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date(), failedLogins: 0, lockedUntil: null },
    });
    await tx.authToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    // Whoever knew the old password is signed out everywhere.
    const ended = await revokeUserSessions(tx, user.id);
    await audit(tx, { actorId: user.id, action: "user.password-reset", entity: "User", entityId: user.id, data: { sessionsEnded: ended } });
    return true;
  });
}

export type SignInResult =
  | { ok: true; user: Pick<User, "id" | "fullName" | "email" | "role"> }
  | { ok: false; reason: "invalid" | "unverified" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks email-or-phone and password. Unknown accounts take the same time and get the same
 * answer as a wrong password; failures make the next attempts wait, by account and by client
 * address (throttle.ts).
 */
export async function authenticateWithPassword(identifier: string, password: string, address = "unknown"): Promise<SignInResult> {
  const id = parseIdentifier(identifier);
  const keys = throttleKeys(id ? `${id.kind}:${id.value}` : `raw:${identifier.trim().toLowerCase()}`, address);
  const wait = await waitSeconds(keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  const user = id ? await db().user.findUnique({ where: id.kind === "email" ? { email: id.value } : { phone: id.value } }) : null;
  const good = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!good || !user) {
    const after = await recordFailure(keys);
    await db().$transaction(async (tx) => {
      if (user) await tx.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
      await audit(tx, { actorId: null, action: "user.sign-in-failed", entity: "User", entityId: user?.id ?? null, data: { waitSeconds: after } });
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.email && !user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  await clearFailures(keys);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    await audit(tx, { actorId: user.id, action: "user.sign-in", entity: "User", entityId: user.id, data: { method: "password" } });
  });
  return { ok: true, user: { id: user.id, fullName: user.fullName, email: user.email, role: user.role } };
}

export const changePasswordSchema = z
  .object({ current: z.string().min(1, { error: "passwordRequired" }).max(256), password: passwordSchema, confirm: z.string().max(256) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "passwordsDiffer" });

/**
 * Changes the caller's password (the current one is checked, and throttled like a sign-in);
 * every other session of the account ends.
 */
export async function changePassword(
  userId: string,
  sessionId: string,
  input: z.output<typeof changePasswordSchema>,
  address = "unknown",
): Promise<{ ok: true; sessionsEnded: number } | { ok: false; field: string; key: string }> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user?.active) return { ok: false, field: "current", key: "invalidCredentials" };
  const keys = throttleKeys(`user:${user.id}`, address);
  if ((await waitSeconds(keys)) > 0) return { ok: false, field: "current", key: "throttledShort" };
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    await recordFailure(keys);
    return { ok: false, field: "current", key: "currentWrong" };
  }
  if (!strongFor(input.password, [user.email, user.fullName, user.phone])) return { ok: false, field: "password", key: "passwordWeak" };
  const passwordHash = await hashPassword(input.password);
  const ended = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const n = await revokeUserSessions(tx, user.id, sessionId);
    await audit(tx, { actorId: user.id, action: "user.password-changed", entity: "User", entityId: user.id, data: { sessionsEnded: n } });
    return n;
  });
  await clearFailures(keys);
  return { ok: true, sessionsEnded: ended };
}

/**
 * Signs in with an OpenID Connect identity — citizens only: the linked citizen, else the citizen
 * with the same verified email (linked now), else a new citizen account. The identity provider
 * never opens, links to or creates a staff account: a staff email (or a link to a staff account)
 * is refused with a clear message and audited.
 */
export async function signInWithOidc(provider: string, claims: { sub: string; email?: string | null; email_verified?: boolean | null; name?: string | null }): Promise<Pick<User, "id" | "fullName" | "email" | "role">> {
  if (!claims.sub) throw new AppError("unauthenticated", "auth.errors.oidcFailed");
  return db().$transaction(async (tx) => {
    const linked = await tx.externalIdentity.findUnique({ where: { provider_subject: { provider, subject: claims.sub } }, include: { user: true } });
    let user = linked?.user ?? null;
    const email = claims.email?.toLowerCase() ?? null;
    if (!user && email && claims.email_verified) {
      user = await tx.user.findUnique({ where: { email } });
      if (user && !isStaff(user.role)) await tx.externalIdentity.create({ data: { provider, subject: claims.sub, userId: user.id } });
    }
    if (user && isStaff(user.role)) {
      await refuseStaff(provider, claims.sub, user.id);
      throw new AppError("forbidden", "auth.errors.oidcStaff");
    }
    if (!user) {
      const emailFree = email && claims.email_verified ? !(await tx.user.findUnique({ where: { email } })) : false;
      user = await tx.user.create({
        data: {
          fullName: claims.name?.trim() || email || "Công dân",
          email: emailFree ? email : null,
          emailVerifiedAt: emailFree ? new Date() : null,
          role: "CITIZEN",
          identities: { create: { provider, subject: claims.sub } },
        },
      });
    }
    if (!user.active) throw new AppError("forbidden", "auth.errors.inactive");
    await audit(tx, { actorId: user.id, action: "user.sign-in", entity: "User", entityId: user.id, data: { method: "oidc", provider } });
    return { id: user.id, fullName: user.fullName, email: user.email, role: user.role };
  });
}

/** The refusal is recorded outside the sign-in transaction (which rolls back). */
async function refuseStaff(provider: string, subject: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await audit(tx, { actorId: null, action: "user.oidc-staff-refused", entity: "User", entityId: userId, data: { provider, subject: subject.slice(0, 200) } });
  });
}

// ── Profile ─────────────────────────────────────────────────────────────────────────

export const profileSchema = z.object({
  fullName: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  dateOfBirth: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && v >= "1900-01-01" && Date.parse(v) <= Date.now()), { error: "invalidDate" }),
  citizenId: z
    .string()
    .transform((v) => v.replace(/[\s.]/g, ""))
    .refine((v) => v === "" || /^\d{12}$/.test(v), { error: "invalidCitizenId" }),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || normalizePhone(v) !== null, { error: "invalidPhone" }),
  address: z.string().trim().max(200, { error: "tooLong" }),
  communeCode: z.string().trim().max(30),
  provinceName: z.string().trim().max(120, { error: "tooLong" }),
});

export async function getProfile(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, fullName: true, email: true, phone: true, dateOfBirth: true, citizenId: true, address: true, communeName: true, provinceName: true, role: true, emailVerifiedAt: true, passwordHash: true },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}

export async function updateProfile(userId: string, input: z.output<typeof profileSchema>): Promise<{ ok: true } | { ok: false; field: string; key: string }> {
  const phone = input.phone ? normalizePhone(input.phone) : null;
  const commune = input.communeCode
    ? await db().agency.findFirst({ where: { code: input.communeCode, kind: "COMMUNE", active: true } })
    : null;
  if (input.communeCode && !commune) return { ok: false, field: "communeCode", key: "invalidOption" };
  try {
    await db().$transaction(async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: {
          fullName: input.fullName,
          dateOfBirth: input.dateOfBirth ? new Date(`${input.dateOfBirth}T00:00:00Z`) : null,
          citizenId: input.citizenId || null,
          phone,
          address: input.address,
          communeName: commune ? commune.name.replace(/^Ủy ban nhân dân\s+/i, "") : "",
          provinceName: input.provinceName,
        },
      });
      await audit(tx, { actorId: userId, action: "user.profile-updated", entity: "User", entityId: userId });
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, field: "phone", key: "phoneTaken" };
    throw error;
  }
  return { ok: true };
}
