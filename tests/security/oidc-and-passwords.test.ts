/**
 * The identity provider signs in citizens only; weak passwords are refused; failed sign-ins
 * slow down by account and by client address, with growing delays rather than long locks.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { passwordStrength } from "../../lib/domain/password-strength";
import { authenticateWithPassword, signInWithOidc, signUpSchema } from "../../lib/server/auth/accounts";
import { userinfoEndpointOf } from "../../lib/server/auth/options";
import { hashPassword } from "../../lib/server/auth/password";
import { RULES } from "../../lib/server/auth/throttle";

const tag = () => randomBytes(5).toString("hex");
const PASSWORD = "cây đa giếng nước sân đình 7";

async function makeUser(role: "CITIZEN" | "RECEPTION" | "ADMIN" = "CITIZEN") {
  return db().user.create({
    data: { email: `op.${tag()}@motcua.test`, fullName: "Phạm Minh Đức", role, emailVerifiedAt: new Date(), passwordHash: await hashPassword(PASSWORD) },
  });
}

/** Lets the running delays pass, as time would. */
const letDelaysPass = () => db().loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });

describe("OpenID Connect signs in citizens only", () => {
  it("never links to a staff account with the same verified email: refused with a clear message, audited", async () => {
    for (const role of ["RECEPTION", "ADMIN"] as const) {
      const staff = await makeUser(role);
      const sub = `sub-${tag()}`;
      await expect(signInWithOidc("oidc", { sub, email: staff.email, email_verified: true, name: "X" })).rejects.toMatchObject({ messageKey: "auth.errors.oidcStaff" });
      expect(await db().externalIdentity.count({ where: { subject: sub } })).toBe(0);
      expect(await db().user.count({ where: { email: staff.email } })).toBe(1);
      expect(await db().auditLog.count({ where: { action: "user.oidc-staff-refused", entityId: staff.id } })).toBe(1);
    }
  });

  it("an identity linked earlier to an account that became staff is refused too; citizens still link", async () => {
    const citizen = await makeUser("CITIZEN");
    const sub = `sub-${tag()}`;
    expect((await signInWithOidc("oidc", { sub, email: citizen.email, email_verified: true })).id).toBe(citizen.id);
    await db().user.update({ where: { id: citizen.id }, data: { role: "LEADER" } });
    await expect(signInWithOidc("oidc", { sub })).rejects.toMatchObject({ messageKey: "auth.errors.oidcStaff" });
  });

  it("a failed discovery is retried, not kept", async () => {
    let up = false;
    const server = createServer((_req, res) => {
      if (!up) return void res.writeHead(503).end();
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ userinfo_endpoint: "http://127.0.0.1/userinfo" }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await userinfoEndpointOf(issuer)).toBeNull();
      up = true;
      expect(await userinfoEndpointOf(issuer)).toBe("http://127.0.0.1/userinfo");
    } finally {
      server.close();
    }
  });
});

describe("password strength", () => {
  it.each(["password1", "Password123", "MatKhau123", "12345678a", "motcua2026", "qwertyuiop1"])("refuses %j", (p) => {
    expect(passwordStrength(p).ok).toBe(false);
  });
  it("refuses a password made of the person's own details", () => {
    const base = { fullName: "Nguyễn Thành Trung", email: "thanhtrung1990@motcua.test", phone: "" };
    expect(signUpSchema.safeParse({ ...base, password: "thanhtrung1990", confirm: "thanhtrung1990" }).success).toBe(false);
  });
  it("accepts a passphrase", () => {
    expect(passwordStrength("hoa sen nở giữa hồ 2026").ok).toBe(true);
  });
});

describe("sign-in throttling", () => {
  it("one account tried from many addresses waits longer and longer, but never more than a few minutes", async () => {
    const user = await makeUser();
    const waits: number[] = [];
    for (let i = 0; i < RULES.account.free + 6; i++) {
      const addr = `198.51.100.${i}`;
      let r = await authenticateWithPassword(user.email!, "wrong guess", addr);
      if (!r.ok && r.reason === "throttled") {
        waits.push(r.retryAfterSeconds);
        await letDelaysPass();
        r = await authenticateWithPassword(user.email!, "wrong guess", addr);
      }
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits.length).toBe(6);
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[0]!).toBeLessThanOrEqual(30);
    expect(Math.max(...waits)).toBeLessThanOrEqual(RULES.account.maxSeconds);
    // Even the owner with the right password waits meanwhile (no oracle), then gets in.
    expect(await authenticateWithPassword(user.email!, PASSWORD, "203.0.113.9")).toMatchObject({ ok: false, reason: "throttled" });
    await letDelaysPass();
    expect(await authenticateWithPassword(user.email!, PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
  }, 120_000);

  it("one address trying one password across many accounts is slowed; other addresses are not", async () => {
    const addr = `192.0.2.${Math.floor(Math.random() * 250)}`;
    let throttled = 0;
    for (let i = 0; i < RULES.address.free + 1; i++) {
      const r = await authenticateWithPassword(`spray.${tag()}@motcua.test`, "Summer2026!", addr);
      if (!r.ok && r.reason === "throttled") throttled++;
    }
    expect(throttled).toBe(1);
    const user = await makeUser();
    expect(await authenticateWithPassword(user.email!, PASSWORD, addr)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateWithPassword(user.email!, PASSWORD, "203.0.113.50")).toMatchObject({ ok: true });
  }, 120_000);

  it("a stranger hammering an account from one address is slowed there first; the owner elsewhere still signs in", async () => {
    const user = await makeUser("RECEPTION");
    for (let i = 0; i < RULES.pair.free; i++) await authenticateWithPassword(user.email!, `guess ${i}`, "192.0.2.200");
    expect(await authenticateWithPassword(user.email!, "guess x", "192.0.2.200")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateWithPassword(user.email!, PASSWORD, "198.18.0.1")).toMatchObject({ ok: true });
  }, 60_000);

  it("an unknown account is throttled exactly like a real one", async () => {
    const user = await makeUser();
    const ghost = `ghost.${tag()}@motcua.test`;
    const a: unknown[] = [];
    const b: unknown[] = [];
    for (let i = 0; i < RULES.pair.free + 1; i++) {
      a.push(await authenticateWithPassword(user.email!, "nope nope", "192.0.2.77"));
      b.push(await authenticateWithPassword(ghost, "nope nope", "192.0.2.78"));
    }
    expect(b).toEqual(a);
  }, 60_000);
});
