/**
 * Sessions end on the server: sign-out, password change (others), password reset (all), a
 * deactivated account, "sign out everywhere", and 30 idle minutes for staff. A copied cookie
 * (the session id) opens nothing afterwards.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { hashPassword } from "../../lib/server/auth/password";
import { changePassword, requestPasswordReset, resetPassword } from "../../lib/server/auth/accounts";
import { decodeSessionToken, encodeSessionToken } from "../../lib/server/auth/session";
import { createSession, readSession, revokeSession, signOutEverywhere, STAFF_IDLE_MINUTES } from "../../lib/server/auth/sessions";

const tag = () => randomBytes(5).toString("hex");
const PASSWORD = "cây đa giếng nước sân đình 7";

async function makeUser(role: "CITIZEN" | "RECEPTION" | "ADMIN" = "CITIZEN") {
  return db().user.create({
    data: { email: `se.${tag()}@motcua.test`, fullName: "Trần Văn Bình", role, emailVerifiedAt: new Date(), passwordHash: await hashPassword(PASSWORD) },
  });
}

describe("server-side sessions", () => {
  it("the cookie carries only the session id, and sign-out ends the session for a copied cookie too", async () => {
    const user = await makeUser();
    const sid = await createSession(user, "password", "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0");
    const cookie = await encodeSessionToken({ sid });
    const payload = await decodeSessionToken(cookie);
    expect(Object.keys(payload ?? {}).filter((k) => !["iat", "exp", "jti"].includes(k))).toEqual(["sid"]);
    expect((await readSession(payload!.sid))?.user.id).toBe(user.id);
    await revokeSession(sid);
    expect(await readSession((await decodeSessionToken(cookie))!.sid)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "session.signed-out", entityId: sid } })).toBe(1);
  });

  it("a deactivated account is out at once", async () => {
    const user = await makeUser();
    const sid = await createSession(user, "password");
    expect(await readSession(sid)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await readSession(sid)).toBeNull();
  });

  it("changing the password ends every other session, not this one", async () => {
    const user = await makeUser();
    const mine = await createSession(user, "password");
    const other = await createSession(user, "password");
    const wrong = await changePassword(user.id, mine, { current: "not it", password: "trăng rằm sáng tỏ 2026", confirm: "trăng rằm sáng tỏ 2026" });
    expect(wrong).toMatchObject({ ok: false, field: "current" });
    const weak = await changePassword(user.id, mine, { current: PASSWORD, password: "password1", confirm: "password1" });
    expect(weak).toMatchObject({ ok: false, field: "password", key: "passwordWeak" });
    expect(await readSession(other)).not.toBeNull();
    const ok = await changePassword(user.id, mine, { current: PASSWORD, password: "trăng rằm sáng tỏ 2026", confirm: "trăng rằm sáng tỏ 2026" });
    expect(ok).toEqual({ ok: true, sessionsEnded: 1 });
    expect(await readSession(other)).toBeNull();
    expect(await readSession(mine)).not.toBeNull();
  });

  it("a password reset ends every session", async () => {
    const user = await makeUser();
    const a = await createSession(user, "password");
    await requestPasswordReset(user.email!);
    const row = await db().outbox.findFirstOrThrow({ where: { recipient: user.email!, template: "auth.reset-password" } });
    const token = new URL((row.data as { url: string }).url).searchParams.get("token")!;
    expect(await resetPassword(token, "gió mùa đông bắc thổi về 2027")).toBe(true);
    expect(await readSession(a)).toBeNull();
  });

  it("sign out everywhere ends every session of the account", async () => {
    const user = await makeUser();
    const sids = [await createSession(user, "password"), await createSession(user, "oidc")];
    const other = await makeUser();
    const untouched = await createSession(other, "password");
    expect(await signOutEverywhere(user.id)).toBe(2);
    for (const sid of sids) expect(await readSession(sid)).toBeNull();
    expect(await readSession(untouched)).not.toBeNull();
  });

  it(`a staff session ends after ${STAFF_IDLE_MINUTES} idle minutes; a citizen's does not; last-seen is written at most once a minute`, async () => {
    const officer = await makeUser("RECEPTION");
    const citizen = await makeUser("CITIZEN");
    const s1 = await createSession(officer, "password");
    await db().userSession.update({ where: { id: s1 }, data: { secondFactorAt: new Date() } });
    const s2 = await createSession(citizen, "password");
    const seen = (await db().userSession.findUniqueOrThrow({ where: { id: s1 } })).lastSeenAt;
    await readSession(s1, new Date(seen.getTime() + 30_000));
    expect((await db().userSession.findUniqueOrThrow({ where: { id: s1 } })).lastSeenAt).toEqual(seen);
    const later = new Date(seen.getTime() + 20 * 60_000);
    expect((await readSession(s1, later))?.verified).toBe(true);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: s1 } })).lastSeenAt).toEqual(later);
    const idle = new Date(later.getTime() + (STAFF_IDLE_MINUTES + 1) * 60_000);
    expect(await readSession(s1, idle)).toBeNull();
    expect(await readSession(s1)).toBeNull(); // ended, not just refused once
    expect(await readSession(s2, new Date(Date.now() + (STAFF_IDLE_MINUTES + 1) * 60_000))).not.toBeNull();
  });

  it("a staff session opens nothing until its second factor is checked", async () => {
    const admin = await makeUser("ADMIN");
    const sid = await createSession(admin, "password");
    expect(await readSession(sid)).toMatchObject({ verified: false });
  });

  it("garbage and unknown ids answer null", async () => {
    for (const v of [undefined, "", "x", "00000000-0000-0000-0000-000000000000", "'; drop table"]) expect(await readSession(v)).toBeNull();
    expect(await decodeSessionToken("not.a.jwt")).toBeNull();
  });
});
