/**
 * Accounts: sign-up with a verification link (hash only, single use, expiring), password sign-in
 * by email or phone, repeated failures slowed — unknown accounts alike — password
 * reset, and OpenID Connect identities linked to users.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import {
  authenticateWithPassword,
  registerCitizen,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signInWithOidc,
  signUpSchema,
  verifyEmail,
} from "../../lib/server/auth/accounts";
import { renderEmail } from "../../lib/server/notifications/templates";

const tag = () => randomBytes(5).toString("hex");

async function tokenFrom(email: string, template: string): Promise<string> {
  const row = await db().outbox.findFirstOrThrow({ where: { recipient: email, template }, orderBy: { id: "desc" } });
  return new URL((row.data as { url: string }).url).searchParams.get("token")!;
}

async function signUp(password = "cây đa giếng nước sân đình 7") {
  const email = `au.${tag()}@motcua.test`;
  const phone = `09${String(parseInt(tag().slice(0, 7), 16) % 100_000_000).padStart(8, "0")}`;
  const input = signUpSchema.parse({ fullName: "Đỗ Thị Mai", email, phone, password, confirm: password });
  await registerCitizen(input);
  return { email, phone, password };
}

describe("sign-up and email verification", () => {
  it("sends a one-time link, stores only its hash, and refuses sign-in until it is used", async () => {
    const { email, phone, password } = await signUp();
    const token = await tokenFrom(email, "auth.verify-email");
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { authTokens: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.authTokens).toHaveLength(1);
    expect(user.authTokens[0]!.tokenHash).not.toContain(token);
    expect(await authenticateWithPassword(email, password)).toMatchObject({ ok: false, reason: "unverified" });
    expect(await verifyEmail(token)).toBe(true);
    expect(await verifyEmail(token)).toBe(false);
    expect(await authenticateWithPassword(email, password)).toMatchObject({ ok: true });
    expect(await authenticateWithPassword(phone.replace(/^0/, "+84 "), password)).toMatchObject({ ok: true });
    const mail = await renderEmail("auth.verify-email", "vi", { name: "Mai", url: "https://x/verify-email?token=abc", hours: 24 });
    expect(mail.subject).toContain("Xác nhận");
    expect(mail.text).toContain("https://x/verify-email?token=abc");
  });

  it("the link leads back to where the person was going when asked to sign in (a filing's first step)", async () => {
    const email = `au.${tag()}@motcua.test`;
    const password = "cây đa giếng nước sân đình 7";
    await registerCitizen(signUpSchema.parse({ fullName: "Đỗ Thị Mai", email, phone: "", password, confirm: password }), "vi", "/file/1.001193/new");
    const row = await db().outbox.findFirstOrThrow({ where: { recipient: email, template: "auth.verify-email" }, orderBy: { id: "desc" } });
    const url = new URL((row.data as { url: string }).url);
    expect(url.pathname).toBe("/verify-email");
    expect(url.searchParams.get("next")).toBe("/file/1.001193/new");
    // A link sent again ("Gửi lại") leads there too.
    await resendVerification(email, "vi", "/file/1.001193/new");
    const again = await db().outbox.findFirstOrThrow({ where: { recipient: email, template: "auth.verify-email", id: { gt: row.id } }, orderBy: { id: "desc" } });
    expect(new URL((again.data as { url: string }).url).searchParams.get("next")).toBe("/file/1.001193/new");
    const plain = `au.${tag()}@motcua.test`;
    await registerCitizen(signUpSchema.parse({ fullName: "Đỗ Thị Mai", email: plain, phone: "", password, confirm: password }));
    const row2 = await db().outbox.findFirstOrThrow({ where: { recipient: plain, template: "auth.verify-email" }, orderBy: { id: "desc" } });
    expect(new URL((row2.data as { url: string }).url).searchParams.has("next")).toBe(false);
  });

  it("an expired link does not work", async () => {
    const { email } = await signUp();
    const token = await tokenFrom(email, "auth.verify-email");
    await db().authToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyEmail(token)).toBe(false);
    expect(await verifyEmail("not-a-token")).toBe(false);
  });

  it("signing up with an email already in use answers the same and tells the owner", async () => {
    const { email } = await signUp();
    const before = await db().user.count();
    await registerCitizen(signUpSchema.parse({ fullName: "Kẻ khác", email, phone: "", password: "mây trắng bay trên núi 9", confirm: "mây trắng bay trên núi 9" }));
    expect(await db().user.count()).toBe(before);
    expect(await db().outbox.count({ where: { recipient: email, template: "auth.account-exists" } })).toBe(1);
  });

  it("checks the password rules", () => {
    const base = { fullName: "A", email: "a@b.vn", phone: "", confirm: "" };
    expect(signUpSchema.safeParse({ ...base, password: "short1", confirm: "short1" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "abcdefgh", confirm: "abcdefgh" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "password1", confirm: "password1" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "xK9#mQ2vLp-ok", confirm: "Other12345" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "xK9#mQ2vLp-ok", confirm: "xK9#mQ2vLp-ok", phone: "123" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "xK9#mQ2vLp-ok", confirm: "xK9#mQ2vLp-ok" }).success).toBe(true);
  });
});

describe("repeated failed sign-ins", () => {
  it("an unknown account answers exactly like a wrong password, and spends comparable time", async () => {
    const { email } = await signUp();
    await verifyEmail(await tokenFrom(email, "auth.verify-email"));
    const t0 = performance.now();
    const known = await authenticateWithPassword(email, "WrongPass1");
    const t1 = performance.now();
    const unknown = await authenticateWithPassword(`nobody.${tag()}@motcua.test`, "WrongPass1");
    const t2 = performance.now();
    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: false, reason: "invalid" });
    // Both verify an argon2id hash; the unknown one is not answered early.
    expect(t2 - t1).toBeGreaterThan((t1 - t0) * 0.3);
  });
  // Growing delays by account and by client address: tests/security/sign-in-throttle.test.ts.
});

describe("password reset", () => {
  it("a one-time link that sets a new password and lifts the lock", async () => {
    const { email, phone } = await signUp();
    await requestPasswordReset(phone);
    const token = await tokenFrom(email, "auth.reset-password");
    expect(await resetPassword(token, "trăng rằm sáng tỏ 2026")).toBe(true);
    expect(await resetPassword(token, "gió mùa đông bắc 2027")).toBe(false);
    expect(await authenticateWithPassword(email, "trăng rằm sáng tỏ 2026")).toMatchObject({ ok: true });
    const before = await db().outbox.count();
    await requestPasswordReset(`nobody.${tag()}@motcua.test`);
    expect(await db().outbox.count()).toBe(before);
  });
});

describe("OpenID Connect identities", () => {
  it("creates a citizen once per subject, and links a verified email to its account", async () => {
    const sub = `sub-${tag()}`;
    const a = await signInWithOidc("oidc", { sub, name: "Hoàng Văn Nam", email: `oidc.${tag()}@motcua.test`, email_verified: true });
    const b = await signInWithOidc("oidc", { sub, name: "Hoàng Văn Nam" });
    expect(b.id).toBe(a.id);
    expect(a.role).toBe("CITIZEN");
    const { email } = await signUp();
    const linked = await signInWithOidc("oidc", { sub: `sub-${tag()}`, email, email_verified: true, name: "Đỗ Thị Mai" });
    expect(linked.email).toBe(email);
    // An unverified email is never used to link.
    const stranger = await signInWithOidc("oidc", { sub: `sub-${tag()}`, email, email_verified: false, name: "Giả mạo" });
    expect(stranger.id).not.toBe(linked.id);
    expect(stranger.email).toBeNull();
  });
});
