/**
 * Online payment against the gateway simulator on loopback: the portal's signed request, the
 * simulator's signed notification to the portal's notification route, every outcome, and the desk.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as notifyRoute } from "@/app/api/payments/notify/route";
import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { paramsOf } from "@/lib/domain/payments";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { handleGatewayNotification, readPaymentReturn, recordDeskPayment, startOnlinePayment } from "@/lib/server/payments/payments";
import { renderPaymentReceipt } from "@/lib/server/payments/receipt";
import { onlinePaymentFigures } from "@/lib/server/payments/stats";
import { startPaymentGateway } from "@/scripts/payment-gateway";
import { actorByEmail, agencyOf, createCitizen, createDossier, createOfficer, currentVersion, DEMO, otherCommune } from "./support/backoffice-fixtures";

const SECRET = "test-merchant-secret-0123456789abcdef";
const MERCHANT = "MOTCUA01";
let reception: Actor;
let commune: { id: string };
let portal: http.Server;
let gateway: Awaited<ReturnType<typeof startPaymentGateway>>;
const started = new Date();

beforeAll(async () => {
  reception = await actorByEmail(DEMO.receptionXa);
  commune = await agencyOf(DEMO.receptionXa);
  // The portal's notification route, served on loopback as the gateway would reach it.
  portal = http.createServer((req, res) => {
    void notifyRoute(new Request(`http://127.0.0.1${req.url}`)).then(async (r) => {
      res.writeHead(r.status, { "Content-Type": "application/json" });
      res.end(await r.text());
    });
  });
  await new Promise<void>((r) => portal.listen(0, "127.0.0.1", r));
  const notifyUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/api/payments/notify`;
  gateway = await startPaymentGateway({ merchantCode: MERCHANT, secret: SECRET, notifyUrl, delayMs: 700 });
  Object.assign(process.env, { PAYMENT_PROVIDER: "vnpay", PAYMENT_MERCHANT_CODE: MERCHANT, PAYMENT_SECRET: SECRET, PAYMENT_GATEWAY_URL: gateway.url, APP_URL: "http://127.0.0.1:3999" });
  resetConfig();
});

afterAll(async () => {
  await gateway.close();
  await new Promise((r) => portal.close(r));
  for (const k of ["PAYMENT_PROVIDER", "PAYMENT_MERCHANT_CODE", "PAYMENT_SECRET", "PAYMENT_GATEWAY_URL"]) delete process.env[k];
  resetConfig();
});

/** A received dossier of a new citizen, for which the desk requested a fee of `amount`. */
async function pendingPayment(amount = 50_000) {
  const citizen = await createCitizen();
  // A fee is asked only for a procedure that lists one.
  const withFee = await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED", NOT: { fees: { equals: [] } } }, select: { id: true } });
  const d = await createDossier({ agencyId: commune.id, applicantId: citizen.userId, versionId: withFee.id });
  await transitionDossier(reception, d.id, await currentVersion(d.id), "receive", {});
  await transitionDossier(reception, d.id, await currentVersion(d.id), "requestFinancialObligation", { amount, description: "Lệ phí đăng ký" });
  const payment = await db().paymentRequest.findFirstOrThrow({ where: { dossierId: d.id } });
  return { citizen, dossier: d, payment };
}

/** The citizen goes to the gateway, picks an outcome, and is sent back: returns the return URL. */
async function payThroughGateway(userId: string, paymentId: string, outcome: string): Promise<URL> {
  const url = await startOnlinePayment(userId, paymentId, { clientIp: "127.0.0.1", locale: "vi" });
  expect(url.startsWith(gateway.url)).toBe(true);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const form = paramsOf(new URL(url).searchParams);
  const res = await fetch(gateway.url, { method: "POST", body: new URLSearchParams({ ...form, outcome }), redirect: "manual" });
  expect(res.status).toBe(303);
  return new URL(res.headers.get("location")!);
}

async function gatewayLog(orderRef: string): Promise<Array<{ RspCode?: string }>> {
  const log = (await (await fetch(gateway.logUrl)).json()) as Array<{ orderRef: string; answers: Array<{ RspCode?: string }> }>;
  return log.filter((e) => e.orderRef === orderRef).flatMap((e) => e.answers);
}

const statusOf = async (id: string) => (await db().paymentRequest.findUniqueOrThrow({ where: { id } })).status;

describe("online payment through the gateway simulator", () => {
  it("the financial obligation creates a pending payment request with the amount and a due date", async () => {
    const { payment } = await pendingPayment(75_000);
    expect(payment).toMatchObject({ status: "PENDING", amount: 75_000, description: "Lệ phí đăng ký" });
    expect(payment.dueAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("paid: the signed notification marks it paid once, with a receipt; the return shows paid", async () => {
    const { citizen, payment } = await pendingPayment();
    const back = await payThroughGateway(citizen.userId, payment.id, "paid");
    const row = await db().paymentRequest.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row).toMatchObject({ status: "PAID", method: "ONLINE" });
    expect(row.receiptNumber).toMatch(/^BL-/);
    expect(row.providerRef).toMatch(/^\d{8}$/);
    expect(await gatewayLog(payment.orderRef)).toEqual([{ RspCode: "00", Message: "Confirm Success" }]);
    expect(await readPaymentReturn(citizen.userId, paramsOf(back.searchParams))).toMatchObject({ valid: true, status: "PAID" });
    // Another citizen cannot read that return, and cannot pay again.
    const other = await createCitizen();
    expect(await readPaymentReturn(other.userId, paramsOf(back.searchParams))).toMatchObject({ valid: false });
    await expect(startOnlinePayment(citizen.userId, payment.id, { clientIp: "127.0.0.1", locale: "vi" })).rejects.toMatchObject({ messageKey: "payments.errors.notPending" });
  });

  it("duplicated notification: answered 'already confirmed', counted once", async () => {
    const { citizen, payment } = await pendingPayment();
    await payThroughGateway(citizen.userId, payment.id, "duplicated");
    expect((await gatewayLog(payment.orderRef)).map((a) => a.RspCode)).toEqual(["00", "02"]);
    const rows = await db().paymentNotification.findMany({ where: { orderRef: payment.orderRef }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["accepted", "duplicate"]);
    expect(await db().paymentRequest.count({ where: { dossierId: payment.dossierId, status: "PAID" } })).toBe(1);
  });

  it("cancelled and failed leave it unpaid with the gateway's outcome", async () => {
    const a = await pendingPayment();
    const backA = await payThroughGateway(a.citizen.userId, a.payment.id, "cancelled");
    expect(await statusOf(a.payment.id)).toBe("CANCELLED");
    expect(await readPaymentReturn(a.citizen.userId, paramsOf(backA.searchParams))).toMatchObject({ valid: true, status: "CANCELLED" });
    const b = await pendingPayment();
    await payThroughGateway(b.citizen.userId, b.payment.id, "failed");
    expect(await statusOf(b.payment.id)).toBe("FAILED");
  });

  it("tampered signature: refused with 97, logged, nothing paid; the return is not valid either", async () => {
    const { citizen, payment } = await pendingPayment();
    const back = await payThroughGateway(citizen.userId, payment.id, "tampered");
    expect((await gatewayLog(payment.orderRef)).map((a) => a.RspCode)).toEqual(["97"]);
    expect(await statusOf(payment.id)).toBe("PENDING");
    expect(await db().paymentNotification.count({ where: { orderRef: payment.orderRef, outcome: "bad_signature" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "payment.notification.bad_signature", data: { path: ["orderRef"], equals: payment.orderRef } } })).toBe(1);
    expect(await readPaymentReturn(citizen.userId, paramsOf(back.searchParams))).toMatchObject({ valid: false });
  });

  it("wrong amount: refused with 04, logged, nothing paid", async () => {
    const { citizen, payment } = await pendingPayment();
    await payThroughGateway(citizen.userId, payment.id, "wrongAmount");
    expect((await gatewayLog(payment.orderRef)).map((a) => a.RspCode)).toEqual(["04"]);
    expect(await statusOf(payment.id)).toBe("PENDING");
    expect(await db().paymentNotification.count({ where: { orderRef: payment.orderRef, outcome: "wrong_amount", requestId: payment.id } })).toBe(1);
  });

  it("delayed notification: the return comes first and shows 'being confirmed'; the late notification pays it", async () => {
    const { citizen, payment } = await pendingPayment();
    const back = await payThroughGateway(citizen.userId, payment.id, "delayed");
    expect(await readPaymentReturn(citizen.userId, paramsOf(back.searchParams))).toMatchObject({ valid: true, status: "PENDING", gatewayOutcome: "PAID" });
    for (let i = 0; i < 50 && (await statusOf(payment.id)) === "PENDING"; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await statusOf(payment.id)).toBe("PAID");
  });

  it("a notification for an unknown order or another merchant is refused", async () => {
    expect(await handleGatewayNotification({ vnp_TxnRef: "NOPE", vnp_Amount: "100" })).toMatchObject({ RspCode: "97" });
    const { payment } = await pendingPayment();
    const { signParams } = await import("@/lib/domain/payments");
    const forged = signParams({ vnp_TmnCode: MERCHANT, vnp_TxnRef: "MCUNKNOWN", vnp_Amount: "5000000", vnp_ResponseCode: "00", vnp_TransactionStatus: "00" }, SECRET);
    expect(await handleGatewayNotification(forged)).toMatchObject({ RspCode: "01" });
    const otherMerchant = signParams({ vnp_TmnCode: "OTHER", vnp_TxnRef: payment.orderRef, vnp_Amount: String(payment.amount * 100), vnp_ResponseCode: "00" }, SECRET);
    expect(await handleGatewayNotification(otherMerchant)).toMatchObject({ RspCode: "97" });
    expect(await statusOf(payment.id)).toBe("PENDING");
  });

  it("only the applicant starts a payment; a new request cancels the pending one", async () => {
    const { dossier, payment } = await pendingPayment();
    const stranger = await createCitizen();
    await expect(startOnlinePayment(stranger.userId, payment.id, { clientIp: "127.0.0.1", locale: "vi" })).rejects.toMatchObject({ kind: "not_found" });
    await transitionDossier(reception, dossier.id, await currentVersion(dossier.id), "confirmFinancialObligation", {});
    await transitionDossier(reception, dossier.id, await currentVersion(dossier.id), "requestFinancialObligation", { amount: 30_000, description: "Phí bổ sung" });
    const rows = await db().paymentRequest.findMany({ where: { dossierId: dossier.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.amount])).toEqual([
      ["CANCELLED", 50_000],
      ["PENDING", 30_000],
    ]);
  });
});

describe("payment at the desk and the receipt", () => {
  it("reception records cash with the receipt number, once; another agency's officer sees nothing", async () => {
    const { citizen, payment } = await pendingPayment();
    const elsewhere = await createOfficer((await otherCommune(commune.id)).id, "RECEPTION");
    await expect(recordDeskPayment(elsewhere, payment.id, { method: "CASH", receiptNumber: "0001234" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(recordDeskPayment(reception, payment.id, { method: "GOLD", receiptNumber: "0001234" })).rejects.toMatchObject({ messageKey: "payments.errors.method" });
    const receiptNumber = `QT-${Date.now()}`;
    await recordDeskPayment(reception, payment.id, { method: "CASH", receiptNumber });
    expect(await db().paymentRequest.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "PAID", method: "CASH", receiptNumber, recordedById: reception.userId });
    await expect(recordDeskPayment(reception, payment.id, { method: "CARD", receiptNumber: `${receiptNumber}-2` })).rejects.toMatchObject({ messageKey: "payments.errors.notPending" });
    const second = await pendingPayment();
    await expect(recordDeskPayment(reception, second.payment.id, { method: "CARD", receiptNumber })).rejects.toMatchObject({ messageKey: "payments.errors.receiptNumberUsed" });
    // A late notification for a payment taken at the desk changes nothing.
    const { signParams } = await import("@/lib/domain/payments");
    const late = signParams({ vnp_TmnCode: MERCHANT, vnp_TxnRef: payment.orderRef, vnp_Amount: String(payment.amount * 100), vnp_ResponseCode: "00", vnp_TransactionStatus: "00", vnp_TransactionNo: "12345678" }, SECRET);
    expect(await handleGatewayNotification(late)).toMatchObject({ RspCode: "02" });
    expect(await db().paymentRequest.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ method: "CASH" });

    const pdf = await renderPaymentReceipt(citizen, payment.id);
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.fileName).toContain(receiptNumber);
    await expect(renderPaymentReceipt(second.citizen, payment.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(renderPaymentReceipt(citizen, second.payment.id)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("without the gateway settings nothing is paid online", async () => {
    const { citizen, payment } = await pendingPayment();
    delete process.env.PAYMENT_SECRET;
    resetConfig();
    try {
      await expect(startOnlinePayment(citizen.userId, payment.id, { clientIp: "127.0.0.1", locale: "vi" })).rejects.toMatchObject({ messageKey: "payments.errors.notConfigured" });
    } finally {
      process.env.PAYMENT_SECRET = SECRET;
      resetConfig();
    }
  });

  it("the statistics count each paid request once, online and at the desk (this file: 3 online, 1 cash)", async () => {
    const figures = await onlinePaymentFigures({ from: started, to: new Date(Date.now() + 1000), agencyIds: [commune.id] });
    expect(figures).toMatchObject({ paidOnline: 3, paidAtDesk: 1, amountOnline: 150_000, amountTotal: 200_000 });
    expect(figures.onlineShare).toBeCloseTo(0.75);
  });
});
