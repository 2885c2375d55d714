/**
 * Staff second factor: enrolment with a first code (recovery codes shown once, stored hashed),
 * TOTP codes accepted once, recovery codes used once, wrong codes throttled, all audited.
 */
import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { enrollmentFor, enrollSecondFactor, hasSecondFactor, verifySecondFactor, ATTEMPTS } from "../../lib/server/auth/second-factor";
import { createSession, readSession } from "../../lib/server/auth/sessions";

const tag = () => randomBytes(5).toString("hex");
const code = (secret: string, offset = 0) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.now() + offset * 30_000 });

async function officer() {
  const user = await db().user.create({ data: { email: `tf.${tag()}@motcua.test`, fullName: "Ngô Thị Lan", role: "SPECIALIST", emailVerifiedAt: new Date() } });
  return { user, sid: await createSession(user, "password") };
}

describe("second factor for staff", () => {
  it("is enrolled with a first code, then the session is a staff session; recovery codes are stored hashed", async () => {
    const { user, sid } = await officer();
    const enrollment = enrollmentFor(sid, user.email!);
    expect(enrollment.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrollmentFor(sid, user.email!).secret).toBe(enrollment.secret); // same on reload
    expect(await enrollSecondFactor(sid, user.id, "000000")).toMatchObject({ ok: false });
    expect((await readSession(sid))?.verified).toBe(false);
    const done = await enrollSecondFactor(sid, user.id, code(enrollment.secret));
    expect(done.ok).toBe(true);
    const codes = (done as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect((await readSession(sid))?.verified).toBe(true);
    expect(await hasSecondFactor(user.id)).toBe(true);
    const stored = await db().recoveryCode.findMany({ where: { userId: user.id } });
    for (const c of codes) expect(stored.some((r) => r.codeHash.includes(c))).toBe(false);
    const factor = await db().secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(factor.secretSealed).not.toContain(enrollment.secret);
    expect(await db().auditLog.count({ where: { action: "user.second-factor-enrolled", entityId: user.id } })).toBe(1);

    // The next sign-in needs a code; the one just used is refused (once per step), a later one works.
    const next = await createSession(user, "password");
    expect(await verifySecondFactor(next, user.id, code(enrollment.secret))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(next, user.id, code(enrollment.secret, 1))).toEqual({ ok: true });
    expect((await readSession(next))?.verified).toBe(true);

    // A recovery code works once.
    const third = await createSession(user, "password");
    expect(await verifySecondFactor(third, user.id, codes[0]!.toUpperCase())).toEqual({ ok: true });
    const fourth = await createSession(user, "password");
    expect(await verifySecondFactor(fourth, user.id, codes[0]!)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db().auditLog.count({ where: { action: "user.second-factor-verified", entityId: user.id } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "user.second-factor-failed", entityId: user.id } })).toBeGreaterThanOrEqual(2);
  });

  it(`wrong codes are throttled after ${ATTEMPTS.max} per window, even the right one then waits`, async () => {
    const { user, sid } = await officer();
    const { secret } = enrollmentFor(sid, user.email!);
    for (let i = 0; i < ATTEMPTS.max; i++) expect(await enrollSecondFactor(sid, user.id, "123456")).toMatchObject({ ok: false });
    expect(await enrollSecondFactor(sid, user.id, code(secret))).toEqual({ ok: false, reason: "throttled" });
    expect((await readSession(sid))?.verified).toBe(false);
  });

  it("a code of one account does not open another's session", async () => {
    const a = await officer();
    const b = await officer();
    const { secret } = enrollmentFor(a.sid, a.user.email!);
    expect(await enrollSecondFactor(b.sid, b.user.id, code(secret))).toMatchObject({ ok: false });
  });
});
