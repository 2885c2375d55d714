/**
 * The outbox jobs (pg-boss on the test database) against a real SMTP server on loopback (npm
 * smtp-server): emails go out; while the server is down they wait and are retried with backoff;
 * when it is back, every one is sent, once. Two workers never send the same email. Nothing is lost.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/server/notifications/mailer";
import { backoffMs, enqueueDueEmails, outboxJobId, outboxSendJob, OUTBOX_SEND } from "@/lib/server/notifications/worker";
import { createBoss, startJobs, type RunningJobs } from "@/lib/server/jobs/runner";
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
const workers: RunningJobs[] = [];
async function startWorker(): Promise<RunningJobs> {
  const boss = createBoss(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, max: 3 });
  const w = await startJobs(boss, [outboxSendJob({ mailer, retryDelaySeconds: 1, maxAttempts: 6 }) as never], { pollingIntervalSeconds: 0.5 });
  workers.push(w);
  return w;
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop(2_000)));
  mailer.close();
  await stopSmtp();
});

describe("the outbox jobs", () => {
  it("sends the applicant's email of a transition over SMTP, in Vietnamese", async () => {
    received = [];
    const worker = await startWorker();
    const reception = await actorByEmail(DEMO.receptionXa);
    const d = await createDossier({ agencyId: (await agencyOf(DEMO.receptionXa)).id, applicantEmail: "nguoinop@example.test", applicantName: "Phạm Văn Dũng" });
    await transitionDossier(reception, d.id, 0, "requestSupplement", { reason: "Hồ sơ còn thiếu giấy tờ", items: [{ name: "Giấy chứng sinh" }] });
    expect(await enqueueDueEmails(worker.boss)).toBe(1);
    await until(async () => (await db().outbox.findFirstOrThrow({ where: { dossierId: d.id } })).status === "SENT");
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["nguoinop@example.test"]);
    const row = await db().outbox.findFirstOrThrow({ where: { dossierId: d.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    // One Message-ID per outbox row, so that a copy resent after a worker died is recognised as the same email.
    expect(received[0]!.body).toMatch(new RegExp(`^Message-ID: <outbox-${row.id}@`, "im"));
    // The body is quoted-printable/base64 UTF-8; the subject carries the code.
    expect(received[0]!.body).toContain(d.code.slice(0, 12));
  });

  it("keeps emails while SMTP is down, retries with backoff, and sends each exactly once when it is back", async () => {
    received = [];
    const worker = workers[0]!;
    await stopSmtp();
    const reception = await actorByEmail(DEMO.receptionXa);
    const agencyId = (await agencyOf(DEMO.receptionXa)).id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await createDossier({ agencyId, applicantEmail: `down-${i}@example.test` });
      await transitionDossier(reception, d.id, 0, "receive", {});
      ids.push(d.id);
    }
    const started = new Date();
    await enqueueDueEmails(worker.boss);
    // Two failed attempts each: the row records them and waits longer before the next.
    await until(async () => (await db().outbox.findMany({ where: { dossierId: { in: ids } } })).every((r) => r.attempts >= 2));
    const rows = await db().outbox.findMany({ where: { dossierId: { in: ids } } });
    expect(rows.every((r) => r.status === "PENDING" && r.lastError && r.nextAttemptAt > started)).toBe(true);
    // Enqueuing again while they wait never makes a second job for the same email.
    await enqueueDueEmails(worker.boss);
    await enqueueDueEmails(worker.boss);
    for (const r of rows) expect(await worker.boss.getJobById(OUTBOX_SEND, outboxJobId(r.id))).toBeTruthy();
    const jobs = await db().$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM pgboss.job WHERE name = ${OUTBOX_SEND} AND data->>'id' = ANY(${rows.map((r) => r.id.toString())})`;
    expect(Number(jobs[0]!.n)).toBe(3);
    expect(received).toHaveLength(0);

    await startSmtp(port);
    await until(async () => (await db().outbox.findMany({ where: { dossierId: { in: ids } } })).every((r) => r.status === "SENT" && r.sentAt));
    expect(received.map((r) => r.to[0]).sort()).toEqual(["down-0@example.test", "down-1@example.test", "down-2@example.test"]);
    await enqueueDueEmails(worker.boss);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(received).toHaveLength(3);
  });

  it("two workers at once never send the same email", async () => {
    received = [];
    const [a, b] = [workers[0]!, await startWorker()];
    const reception = await actorByEmail(DEMO.receptionXa);
    const agencyId = (await agencyOf(DEMO.receptionXa)).id;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const d = await createDossier({ agencyId, applicantEmail: `pair-${i}@example.test` });
      await transitionDossier(reception, d.id, 0, "receive", {});
      ids.push(d.id);
    }
    // Both workers enqueue the same rows at once, and both work the queue.
    await Promise.all([enqueueDueEmails(a.boss), enqueueDueEmails(b.boss), enqueueDueEmails(a.boss)]);
    await until(async () => (await db().outbox.count({ where: { dossierId: { in: ids }, status: "SENT" } })) === 12);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(new Set(received.map((r) => r.to[0])).size).toBe(12);
    expect(received).toHaveLength(12);
  });

  it("backs off exponentially up to a cap", () => {
    const fixed = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000, fixed))).toEqual([1000, 2000, 4000, 5000]);
  });
});
