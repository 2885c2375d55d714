/**
 * The outbox worker against a real SMTP server on loopback (npm smtp-server): emails go out; while
 * the server is down they wait and are retried with backoff; when it is back, every one is sent,
 * once. Nothing is lost.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/server/notifications/mailer";
import { backoffMs, processOutboxBatch } from "@/lib/server/notifications/worker";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import { actorByEmail, agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

interface Received {
  to: string[];
  body: string;
}
let received: Received[] = [];
let server: SMTPServer | undefined;
let port = 0;
let mailer: Mailer;

function startSmtp(onPort = 0): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  return new Promise((resolve) => server!.listen(onPort, "127.0.0.1", () => resolve((server!.server.address() as AddressInfo).port)));
}
const stopSmtp = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

/** Only this test's rows: older pending rows of other tests are sent out of the way first. */
async function drainOthers() {
  await db().outbox.updateMany({ where: { status: "PENDING" }, data: { status: "SENT", sentAt: new Date() } });
}

beforeAll(async () => {
  port = await startSmtp();
  mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Một Cửa <no-reply@motcua.test>");
  await drainOthers();
});
afterAll(async () => {
  mailer.close();
  await stopSmtp();
});

describe("the outbox worker", () => {
  it("sends the applicant's email of a transition over SMTP, in Vietnamese", async () => {
    received = [];
    const reception = await actorByEmail(DEMO.receptionXa);
    const d = await createDossier({ agencyId: (await agencyOf(DEMO.receptionXa)).id, applicantEmail: "nguoinop@example.test", applicantName: "Phạm Văn Dũng" });
    await transitionDossier(reception, d.id, 0, "requestSupplement", { reason: "Hồ sơ còn thiếu giấy tờ", items: [{ name: "Giấy chứng sinh" }] });
    const r = await processOutboxBatch({ mailer });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["nguoinop@example.test"]);
    const row = await db().outbox.findFirstOrThrow({ where: { dossierId: d.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    // The body is quoted-printable/base64 UTF-8; the subject carries the code.
    expect(received[0]!.body).toContain(d.code.slice(0, 12));
  });

  it("keeps emails while SMTP is down, retries with backoff, and sends each exactly once when it is back", async () => {
    received = [];
    await stopSmtp();
    const reception = await actorByEmail(DEMO.receptionXa);
    const agencyId = (await agencyOf(DEMO.receptionXa)).id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await createDossier({ agencyId, applicantEmail: `down-${i}@example.test` });
      await transitionDossier(reception, d.id, 0, "receive", {});
      ids.push(d.id);
    }
    let now = new Date();
    const opts = { mailer, baseDelayMs: 1_000, maxDelayMs: 60_000, now: () => now };
    const first = await processOutboxBatch(opts);
    expect(first).toMatchObject({ claimed: 3, sent: 0, retried: 3 });
    let rows = await db().outbox.findMany({ where: { dossierId: { in: ids } } });
    expect(rows.every((r) => r.status === "PENDING" && r.attempts === 1 && r.lastError && r.nextAttemptAt > now)).toBe(true);
    // Not due yet: nothing is claimed.
    expect((await processOutboxBatch(opts)).claimed).toBe(0);
    // Still down at the next attempt: the delay grows.
    now = new Date(now.getTime() + 2_000);
    expect(await processOutboxBatch(opts)).toMatchObject({ claimed: 3, retried: 3 });
    rows = await db().outbox.findMany({ where: { dossierId: { in: ids } } });
    expect(rows.every((r) => r.attempts === 2 && r.nextAttemptAt.getTime() - now.getTime() >= 1_500)).toBe(true);

    await startSmtp(port);
    now = new Date(now.getTime() + 10_000);
    const back = await processOutboxBatch(opts);
    expect(back).toMatchObject({ claimed: 3, sent: 3 });
    expect(received.map((r) => r.to[0]).sort()).toEqual(["down-0@example.test", "down-1@example.test", "down-2@example.test"]);
    rows = await db().outbox.findMany({ where: { dossierId: { in: ids } } });
    expect(rows.every((r) => r.status === "SENT" && r.sentAt)).toBe(true);
    now = new Date(now.getTime() + 3600_000);
    expect((await processOutboxBatch(opts)).claimed).toBe(0);
    expect(received).toHaveLength(3);
  });

  it("two workers at once never take the same email", async () => {
    received = [];
    const reception = await actorByEmail(DEMO.receptionXa);
    const agencyId = (await agencyOf(DEMO.receptionXa)).id;
    for (let i = 0; i < 6; i++) {
      const d = await createDossier({ agencyId, applicantEmail: `pair-${i}@example.test` });
      await transitionDossier(reception, d.id, 0, "receive", {});
    }
    const [a, b] = await Promise.all([processOutboxBatch({ mailer, batchSize: 4 }), processOutboxBatch({ mailer, batchSize: 4 })]);
    const third = await processOutboxBatch({ mailer, batchSize: 4 });
    expect(a.sent + b.sent + third.sent).toBe(6);
    expect(new Set(received.map((r) => r.to[0])).size).toBe(6);
    expect(received).toHaveLength(6);
  });

  it("backs off exponentially up to a cap", () => {
    const fixed = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000, fixed))).toEqual([1000, 2000, 4000, 5000]);
  });
});
