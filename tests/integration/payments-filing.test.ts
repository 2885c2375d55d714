/**
 * Fees from filing to the statistics: a procedure with a fixed fee asks for it when the dossier is
 * filed; a dossier waiting on its financial obligation resumes once the payment is made (the signed
 * notification or the desk), its clock moved by the time it stood still; the register and the
 * statistics show each fee collected once.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { signParams } from "@/lib/domain/payments";
import { registerRows, registerQuerySchema } from "@/lib/server/backoffice/register";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { attachDraftFile, createDraft, getDraft, saveApplicantStep, saveQuestionsStep } from "@/lib/server/dossiers/drafts";
import { submitDraft } from "@/lib/server/dossiers/submit";
import { handleGatewayNotification, recordDeskPayment, startOnlinePayment } from "@/lib/server/payments/payments";
import { onlinePaymentFigures } from "@/lib/server/payments/stats";
import { storeAndPaymentFigures } from "@/lib/server/stats/query";
import { setStorage } from "@/lib/server/storage";
import { LocalStorage } from "@/lib/server/storage/local";
import { applicantAnswers, communeCodes, completeDraft } from "../support/citizens";
import { pdfBytes } from "../support/files";
import { agencyOf, createCitizen, createDossier, createOfficer, currentVersion, DEMO } from "./support/backoffice-fixtures";

const SECRET = "test-merchant-secret-filing-0123456789";
const MERCHANT = "MOTCUA02";
/** "Thay đổi, cải chính, bổ sung thông tin hộ tịch": a fixed fee of 15.000 đồng. */
const CORRECTION = "1.004859";

let dir: string;
let desk: { id: string; code: string };
let reception: Actor;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-fees-"));
  setStorage(new LocalStorage(dir));
  // A commune of its own, so that the figures below are this file's: one that receives the fee-paying
  // procedure (other test files add communes of their own, which do not).
  const demo = (await agencyOf(DEMO.receptionXa)).id;
  desk = await db().agency.findFirstOrThrow({
    where: {
      kind: "COMMUNE",
      active: true,
      id: { not: demo },
      procedureAgencies: { some: { role: "IMPLEMENTING", version: { procedure: { code: CORRECTION }, status: "PUBLISHED" } } },
    },
    select: { id: true, code: true },
    orderBy: { code: "desc" },
  });
  reception = await createOfficer(desk.id, "RECEPTION");
  Object.assign(process.env, { PAYMENT_PROVIDER: "vnpay", PAYMENT_MERCHANT_CODE: MERCHANT, PAYMENT_SECRET: SECRET, PAYMENT_GATEWAY_URL: "http://127.0.0.1:9/gateway", APP_URL: "http://127.0.0.1:3999" });
  resetConfig();
});
afterAll(async () => {
  for (const k of ["PAYMENT_PROVIDER", "PAYMENT_MERCHANT_CODE", "PAYMENT_SECRET", "PAYMENT_GATEWAY_URL"]) delete process.env[k];
  resetConfig();
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

async function versionOf(code: string): Promise<string> {
  return (await db().procedure.findUniqueOrThrow({ where: { code }, select: { currentVersionId: true } })).currentVersionId!;
}

/** The gateway's signed notification that the order was paid. */
function paidNotification(p: { orderRef: string; amount: number }, transactionNo: string) {
  return signParams(
    { vnp_TmnCode: MERCHANT, vnp_TxnRef: p.orderRef, vnp_Amount: String(p.amount * 100), vnp_ResponseCode: "00", vnp_TransactionStatus: "00", vnp_TransactionNo: transactionNo },
    SECRET,
  );
}

// Monday 7 December 2026, Vietnam time: an ordinary working week.
const at = (day: number, hour: number) => new Date(`2026-12-0${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);

/** A dossier received (by default on Monday 08:00) whose fee the desk requested (by default on Monday 09:00). */
async function waitingOnFee(amount: number, times = { received: at(7, 8), requested: at(7, 9) }) {
  const citizen = await createCitizen();
  const d = await createDossier({ agencyId: desk.id, applicantId: citizen.userId, applicantEmail: citizen.email, versionId: await versionOf(CORRECTION) });
  await transitionDossier(reception, d.id, await currentVersion(d.id), "receive", {}, { now: times.received });
  const received = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
  await transitionDossier(reception, d.id, await currentVersion(d.id), "requestFinancialObligation", { amount, description: "Lệ phí cải chính hộ tịch" }, { now: times.requested });
  const payment = await db().paymentRequest.findFirstOrThrow({ where: { dossierId: d.id, status: "PENDING" } });
  return { citizen, dossier: d, dueAtReceived: received.dueAt!, payment };
}

describe("fees asked at filing", () => {
  it("filing a procedure with a fixed fee creates the payment request at once, which the applicant can pay; a free one asks nothing", async () => {
    const citizen = await createCitizen();
    const communes = await communeCodes();
    const draftId = await createDraft(citizen.userId, CORRECTION);
    expect((await saveApplicantStep(citizen.userId, draftId, applicantAnswers(desk.code, communes[0]!))).complete).toBe(true);
    expect((await saveQuestionsStep(citizen.userId, draftId, { request: "Cải chính quê quán" })).complete).toBe(true);
    const draft = (await getDraft(citizen.userId, draftId))!;
    for (const c of draft.procedure.components.filter((x) => x.required)) {
      await attachDraftFile(citizen.userId, draftId, c.id, Readable.from([pdfBytes(`doc ${c.position}`)]), `${c.position}.pdf`);
    }
    const r = await submitDraft(citizen.userId, draftId);
    const payments = await db().paymentRequest.findMany({ where: { dossierId: r.dossierId } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: "PENDING", amount: 15_000, createdById: null });
    expect(payments[0]!.description).toContain("Lệ phí");
    expect(payments[0]!.legalBasis).not.toBe("");
    // Submitting again (a double click) does not ask twice.
    await submitDraft(citizen.userId, draftId);
    expect(await db().paymentRequest.count({ where: { dossierId: r.dossierId } })).toBe(1);
    const url = await startOnlinePayment(citizen.userId, payments[0]!.id, { clientIp: "127.0.0.1", locale: "vi" });
    expect(url).toContain("vnp_Amount=1500000");
    // The filing dossier stays new: the desk still receives it (the clock has not started).
    expect((await db().dossier.findUniqueOrThrow({ where: { id: r.dossierId } })).status).toBe("NEW");

    const free = await createCitizen();
    const freeDraft = await completeDraft(free.userId, communes[1]!);
    const f = await submitDraft(free.userId, freeDraft);
    expect(await db().paymentRequest.count({ where: { dossierId: f.dossierId } })).toBe(0);
  });
});

describe("a payment resumes the dossier waiting on it", () => {
  it("the signed notification pays it and the dossier goes on, its due date moved by the working time it waited; a repeat changes nothing", async () => {
    const { dossier, dueAtReceived, payment } = await waitingOnFee(15_000);
    const paused = await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(paused).toMatchObject({ status: "FINANCIAL_OBLIGATION_REQUESTED", dueAt: null });
    expect(paused.pausedAt).not.toBeNull();

    // Paid on Tuesday 09:00: one working day (8 working hours) later.
    expect(await handleGatewayNotification(paidNotification(payment, "70000001"), at(8, 9))).toMatchObject({ RspCode: "00" });
    const resumed = await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(resumed).toMatchObject({ status: "RECEIVED", pausedAt: null, resumeStatus: null });
    expect(resumed.pauses).toEqual([{ from: at(7, 9).toISOString(), to: at(8, 9).toISOString() }]);
    expect(resumed.dueAt!.getTime()).toBeGreaterThan(dueAtReceived.getTime());
    const events = await db().statusEvent.findMany({ where: { dossierId: dossier.id, action: "confirmFinancialObligation" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: "FINANCIAL_OBLIGATION_REQUESTED", toStatus: "RECEIVED", actorId: null });
    expect(events[0]!.data).toMatchObject({ paymentId: payment.id, automatic: true, pausedWorkingMinutes: 480 });
    expect(await db().outbox.count({ where: { dossierId: dossier.id, template: "dossier.confirmFinancialObligation" } })).toBe(1);

    expect(await handleGatewayNotification(paidNotification(payment, "70000001"), at(8, 10))).toMatchObject({ RspCode: "02" });
    expect(await db().statusEvent.count({ where: { dossierId: dossier.id, action: "confirmFinancialObligation" } })).toBe(1);
    expect((await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } })).pauses).toHaveLength(1);
  });

  it("a payment recorded at the desk resumes it too; a cancelled attempt does not", async () => {
    const { dossier, payment } = await waitingOnFee(20_000);
    const other = await waitingOnFee(20_000);
    const cancelled = signParams({ vnp_TmnCode: MERCHANT, vnp_TxnRef: other.payment.orderRef, vnp_Amount: "2000000", vnp_ResponseCode: "24", vnp_TransactionStatus: "02" }, SECRET);
    expect(await handleGatewayNotification(cancelled, at(7, 10))).toMatchObject({ RspCode: "00" });
    expect((await db().dossier.findUniqueOrThrow({ where: { id: other.dossier.id } })).status).toBe("FINANCIAL_OBLIGATION_REQUESTED");

    await recordDeskPayment(reception, payment.id, { method: "CASH", receiptNumber: `QF-${Date.now()}` }, at(7, 15));
    const resumed = await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(resumed.status).toBe("RECEIVED");
    expect(resumed.pauses).toEqual([{ from: at(7, 9).toISOString(), to: at(7, 15).toISOString() }]);
  });
});

describe("fees collected in the register and the statistics", () => {
  it("each paid fee shows once in the register and counts once in the figures, a repeated notification included", async () => {
    const range = { from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 3_600_000), agencyIds: [desk.id] };
    const before = await onlinePaymentFigures(range);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const deskRow = await db().agency.findUniqueOrThrow({ where: { id: desk.id }, select: { path: true } });
    const scoreBefore = await storeAndPaymentFigures(today, today, { agency: desk.code }, deskRow, null);
    const times = { received: new Date(Date.now() - 2 * 3_600_000), requested: new Date(Date.now() - 3_600_000) };
    const online = await waitingOnFee(30_000, times);
    await handleGatewayNotification(paidNotification(online.payment, "70000002"));
    await handleGatewayNotification(paidNotification(online.payment, "70000002"));
    const cash = await waitingOnFee(40_000, times);
    await recordDeskPayment(reception, cash.payment.id, { method: "CARD", receiptNumber: `QT-${Date.now()}` });
    const after = await onlinePaymentFigures(range);
    expect(after.paidOnline - before.paidOnline).toBe(1);
    expect(after.paidAtDesk - before.paidAtDesk).toBe(1);
    expect(after.amountTotal - before.amountTotal).toBe(70_000);
    expect(after.amountOnline - before.amountOnline).toBe(30_000);
    // What the 766 scorecard's online-payment indicator reads, for the agency and the day.
    const scoreAfter = await storeAndPaymentFigures(today, today, { agency: desk.code }, deskRow, null);
    expect(scoreAfter.payments.paidOnline - scoreBefore.payments.paidOnline).toBe(1);
    expect(scoreAfter.payments.paid - scoreBefore.payments.paid).toBe(2);

    // The register lists dossiers by the day they were filed (the fixtures file them today).
    const { header, body } = await registerRows(reception, registerQuerySchema.parse({}), "vi");
    const col = header.indexOf("Phí, lệ phí đã thu (đồng)");
    expect(col).toBeGreaterThan(0);
    const row = (code: string) => body.find((r) => r[1] === code)!;
    expect(row(online.dossier.code)[col]).toBe("30000");
    expect(row(cash.dossier.code)[col]).toBe("40000");
  });
});
