/**
 * Stored emails: only an administrator reads them, in production never another account's reset
 * link, and sent emails are deleted after the retention period.
 */
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "../../lib/config";
import { db } from "../../lib/db";
import type { SessionUser } from "../../lib/server/auth/session";
import { getMailFor, listMailFor, mailViewerFor } from "../../lib/server/mail-viewer";
import { purgeOldEmails } from "../../lib/server/notifications/retention";

const admin: SessionUser = { id: "00000000-0000-4000-8000-000000000001", fullName: "Quản trị", email: "quantri@motcua.test", role: "ADMIN", agencyId: null };
const citizen: SessionUser = { ...admin, role: "CITIZEN", email: "dan@motcua.test" };
const officer: SessionUser = { ...admin, role: "LEADER", email: "lanhdao@motcua.test" };

function setEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfig();
}

const tag = Date.now();
async function mail(recipient: string, template: string, at = new Date(), status: "SENT" | "PENDING" = "SENT") {
  return db().outbox.create({
    data: { recipient, template, data: { url: `http://x/reset?token=${tag}` }, status, sentAt: status === "SENT" ? at : null, createdAt: at, nextAttemptAt: at },
  });
}

describe("the stored-email viewer", () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, MAIL_VIEWER: process.env.MAIL_VIEWER };
  afterEach(() => setEnv(saved));

  it("is for signed-in administrators only", () => {
    expect(mailViewerFor(null)).toBeNull();
    expect(mailViewerFor(citizen)).toBeNull();
    expect(mailViewerFor(officer)).toBeNull();
    expect(mailViewerFor(admin)).not.toBeNull();
  });

  it("is off in production unless MAIL_VIEWER=1, and then hides other accounts' reset links", async () => {
    setEnv({ NODE_ENV: "production", MAIL_VIEWER: undefined });
    expect(mailViewerFor(admin)).toBeNull();
    setEnv({ NODE_ENV: "production", MAIL_VIEWER: "1" });
    const viewer = mailViewerFor(admin)!;
    const other = await mail(`victim.${tag}@motcua.test`, "auth.reset-password");
    const own = await mail("quantri@motcua.test", "auth.reset-password");
    const verify = await mail(`victim.${tag}@motcua.test`, "auth.verify-email");
    const ids = (await listMailFor(viewer)).map((m) => m.id);
    expect(ids).not.toContain(other.id);
    expect(ids).toContain(own.id);
    expect(ids).toContain(verify.id);
    expect(await getMailFor(viewer, other.id)).toBeNull();
    expect(await getMailFor(viewer, own.id)).not.toBeNull();
  });
});

describe("email retention", () => {
  it("deletes emails sent (or abandoned) before the retention period, keeps the rest", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 31 * 86_400_000);
    const recent = new Date(now.getTime() - 29 * 86_400_000);
    const a = await mail(`old.${tag}@motcua.test`, "auth.verify-email", old);
    const b = await mail(`recent.${tag}@motcua.test`, "auth.verify-email", recent);
    const c = await mail(`stuck.${tag}@motcua.test`, "auth.verify-email", old, "PENDING");
    const d = await mail(`queued.${tag}@motcua.test`, "auth.verify-email", now, "PENDING");
    expect(await purgeOldEmails(now, 30)).toBeGreaterThanOrEqual(2);
    const left = (await db().outbox.findMany({ where: { id: { in: [a.id, b.id, c.id, d.id] } }, select: { id: true } })).map((r) => r.id);
    expect(left.sort()).toEqual([b.id, d.id].sort());
  });
});
