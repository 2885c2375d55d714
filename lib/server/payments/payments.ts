/**
 * Payment use cases: a payment request created with the financial obligation, the citizen sent to
 * the gateway, the gateway's signed server-to-server notification (the only thing trusted to mark a
 * payment paid), the return page, and a payment recorded at the desk. A payment counts once: its
 * state moves out of PENDING by one conditional UPDATE, whichever of the callers comes first.
 */
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import {
  NOTIFY_ANSWERS,
  canMove,
  feeLegalBasis,
  feesOf,
  outcomeOf,
  paymentRequestParams,
  toGatewayAmount,
  toQuery,
  verifyParams,
  type NotifyAnswer,
} from "@/lib/domain/payments";
import { audit } from "@/lib/server/audit";
import { assertInScope, UUID_RE } from "@/lib/server/backoffice/scope";
import { resumeAfterPayment } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { AppError, conflict, notFound, validation } from "@/lib/server/errors";
import { gatewaySettings, returnPath } from "./settings";

/** Days the citizen has to pay a payment request. */
export const PAYMENT_DAYS = 15;

function newOrderRef(now: Date): string {
  const d = now.toISOString().slice(2, 10).replace(/-/g, "");
  return `MC${d}${randomBytes(5).toString("hex").toUpperCase()}`;
}

function newReceiptNumber(now: Date): string {
  return `BL-${now.getUTCFullYear()}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/**
 * Called inside the transition's transaction when an officer requests the financial obligation
 * (and inside the filing transaction for a fixed fee, createdById null): cancels any request still
 * pending for the dossier and creates the new one.
 */
export async function createPaymentRequest(
  tx: Prisma.TransactionClient,
  input: { dossierId: string; amount: number; description: string; createdById: string | null; now: Date; actorId?: string | null },
): Promise<{ id: string; orderRef: string }> {
  const version = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: { procedureVersion: { select: { fees: true } } } });
  const legalBasis = feeLegalBasis(feesOf(version?.procedureVersion.fees));
  await tx.paymentRequest.updateMany({ where: { dossierId: input.dossierId, status: "PENDING" }, data: { status: "CANCELLED" } });
  const row = await tx.paymentRequest.create({
    data: {
      dossierId: input.dossierId,
      orderRef: newOrderRef(input.now),
      amount: input.amount,
      description: input.description,
      legalBasis,
      dueAt: new Date(input.now.getTime() + PAYMENT_DAYS * 24 * 3600_000),
      createdById: input.createdById,
    },
    select: { id: true, orderRef: true },
  });
  await audit(tx, { actorId: input.actorId === undefined ? input.createdById : input.actorId, action: "payment.request", entity: "PaymentRequest", entityId: row.id, data: { dossierId: input.dossierId, amount: input.amount, orderRef: row.orderRef } });
  return row;
}

const paymentSelect = {
  id: true,
  orderRef: true,
  amount: true,
  description: true,
  legalBasis: true,
  dueAt: true,
  status: true,
  method: true,
  providerRef: true,
  receiptNumber: true,
  paidAt: true,
  createdAt: true,
} satisfies Prisma.PaymentRequestSelect;
export type PaymentView = Prisma.PaymentRequestGetPayload<{ select: typeof paymentSelect }>;

/** The payments of a dossier the actor may see (citizen: their own; officer: in scope), newest first. */
export async function listPayments(actor: Actor, dossierId: string): Promise<PaymentView[]> {
  if (!UUID_RE.test(dossierId)) throw notFound();
  const d = await db().dossier.findUnique({ where: { id: dossierId }, select: { currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } });
  assertInScope(actor, d);
  return db().paymentRequest.findMany({ where: { dossierId }, select: paymentSelect, orderBy: { createdAt: "desc" } });
}

/** Whether online payment is configured (the pay button shows only then). */
export const onlinePaymentAvailable = (): boolean => gatewaySettings() !== null;

/**
 * The citizen starts paying: checks the request is theirs and pending, and answers the gateway
 * URL with the signed request. Nothing changes state here; the notification decides.
 */
export async function startOnlinePayment(
  userId: string,
  paymentId: string,
  options: { clientIp: string; locale: "vi" | "en"; now?: Date },
): Promise<string> {
  const settings = gatewaySettings();
  if (!settings) throw new AppError("conflict", "payments.errors.notConfigured");
  if (!UUID_RE.test(paymentId)) throw notFound();
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const p = await tx.paymentRequest.findUnique({ where: { id: paymentId }, include: { dossier: { select: { applicantId: true, code: true } } } });
    if (!p || p.dossier.applicantId !== userId) throw notFound();
    if (p.status !== "PENDING") throw conflict("payments.errors.notPending");
    if (p.dueAt && p.dueAt < now) {
      await tx.paymentRequest.updateMany({ where: { id: p.id, status: "PENDING" }, data: { status: "EXPIRED" } });
      throw conflict("payments.errors.expired");
    }
    const params = paymentRequestParams(
      {
        orderRef: p.orderRef,
        amount: p.amount,
        orderInfo: `Thanh toan ho so ${p.dossier.code}`,
        returnUrl: new URL(returnPath, settings.appUrl).toString(),
        clientIp: options.clientIp,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 15 * 60_000),
        locale: options.locale,
      },
      settings.merchantCode,
      settings.secret,
    );
    await audit(tx, { actorId: userId, action: "payment.start", entity: "PaymentRequest", entityId: p.id, data: { orderRef: p.orderRef, amount: p.amount } });
    return `${settings.gatewayUrl}?${toQuery(params)}`;
  });
}

type NotificationOutcome = "accepted" | "duplicate" | "bad_signature" | "wrong_amount" | "unknown_order" | "not_paid" | "not_configured";

/**
 * The gateway's server-to-server notification. Trusted only when signed with the merchant secret,
 * for this merchant, for a known order with the exact amount. Idempotent: a repeated notification
 * answers "already confirmed" and changes nothing. Every notification is kept, refused ones too.
 */
export async function handleGatewayNotification(params: Record<string, string>, now = new Date()): Promise<NotifyAnswer> {
  const settings = gatewaySettings();
  const orderRef = (params.vnp_TxnRef ?? "").slice(0, 64);
  const record = async (tx: Prisma.TransactionClient, outcome: NotificationOutcome, answer: NotifyAnswer, requestId: string | null) => {
    await tx.paymentNotification.create({ data: { requestId, orderRef, outcome, answer: answer.RspCode, params: params as Prisma.InputJsonValue, createdAt: now } });
    if (outcome !== "accepted") {
      await audit(tx, { actorId: null, action: `payment.notification.${outcome}`, entity: "PaymentRequest", entityId: requestId, data: { orderRef, answer: answer.RspCode } });
    }
    return answer;
  };
  return db().$transaction(async (tx) => {
    if (!settings) return record(tx, "not_configured", NOTIFY_ANSWERS.error, null);
    if (!verifyParams(params, settings.secret) || params.vnp_TmnCode !== settings.merchantCode) return record(tx, "bad_signature", NOTIFY_ANSWERS.badSignature, null);
    const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "PaymentRequest" WHERE "orderRef" = ${orderRef} FOR UPDATE`;
    const p = rows[0] ? await tx.paymentRequest.findUnique({ where: { id: rows[0].id } }) : null;
    if (!p) return record(tx, "unknown_order", NOTIFY_ANSWERS.unknownOrder, null);
    if (params.vnp_Amount !== toGatewayAmount(p.amount)) return record(tx, "wrong_amount", NOTIFY_ANSWERS.wrongAmount, p.id);
    const outcome = outcomeOf(params);
    if (!canMove(p.status, outcome)) return record(tx, "duplicate", NOTIFY_ANSWERS.alreadyConfirmed, p.id);
    const transactionNo = (params.vnp_TransactionNo ?? "").slice(0, 64) || null;
    if (outcome === "PAID") {
      await tx.paymentRequest.update({
        where: { id: p.id },
        data: { status: "PAID", method: "ONLINE", providerRef: transactionNo, paidAt: now, receiptNumber: newReceiptNumber(now) },
      });
      // The dossier waiting on this payment goes on, as if the desk had confirmed it.
      await resumeAfterPayment(tx, p.dossierId, p.id, now);
    } else {
      await tx.paymentRequest.update({ where: { id: p.id }, data: { status: outcome } });
    }
    await audit(tx, { actorId: null, action: `payment.${outcome.toLowerCase()}`, entity: "PaymentRequest", entityId: p.id, data: { orderRef, transactionNo, amount: p.amount } });
    return record(tx, outcome === "PAID" ? "accepted" : "not_paid", NOTIFY_ANSWERS.ok, p.id);
  });
}

export interface ReturnView {
  valid: boolean;
  dossierId: string | null;
  status: PaymentView["status"] | null;
  /** What the gateway said on the return (shown only while the notification has not arrived). */
  gatewayOutcome: "PAID" | "CANCELLED" | "FAILED" | null;
}

/**
 * The citizen's return from the gateway: the signature is checked, but the state shown is the
 * portal's own (set by the notification); a return before the notification shows "being confirmed".
 */
export async function readPaymentReturn(userId: string, params: Record<string, string>): Promise<ReturnView> {
  const settings = gatewaySettings();
  if (!settings || !verifyParams(params, settings.secret)) return { valid: false, dossierId: null, status: null, gatewayOutcome: null };
  const p = await db().paymentRequest.findUnique({ where: { orderRef: params.vnp_TxnRef ?? "" }, select: { status: true, dossier: { select: { id: true, applicantId: true } } } });
  if (!p || p.dossier.applicantId !== userId) return { valid: false, dossierId: null, status: null, gatewayOutcome: null };
  return { valid: true, dossierId: p.dossier.id, status: p.status, gatewayOutcome: outcomeOf(params) };
}

/** The reception officer records a payment made at the desk (cash or card) with its receipt number. */
export async function recordDeskPayment(actor: Actor, paymentId: string, raw: { method: unknown; receiptNumber: unknown }, now = new Date()): Promise<void> {
  if (actor.role !== "RECEPTION") throw notFound();
  if (!UUID_RE.test(paymentId)) throw notFound();
  const method = raw.method === "CASH" || raw.method === "CARD" ? raw.method : null;
  const receiptNumber = typeof raw.receiptNumber === "string" ? raw.receiptNumber.trim() : "";
  if (!method) throw validation("payments.errors.method");
  if (!/^[\p{L}\p{N}/.\- ]{1,40}$/u.test(receiptNumber)) throw validation("payments.errors.receiptNumber");
  await db().$transaction(async (tx) => {
    const p = await tx.paymentRequest.findUnique({
      where: { id: paymentId },
      include: { dossier: { select: { currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } } },
    });
    assertInScope(actor, p?.dossier ?? null);
    if (!p) throw notFound();
    if ((await tx.paymentRequest.count({ where: { receiptNumber } })) > 0) throw conflict("payments.errors.receiptNumberUsed");
    const moved = await tx.paymentRequest.updateMany({
      where: { id: p.id, status: "PENDING" },
      data: { status: "PAID", method, receiptNumber, paidAt: now, recordedById: actor.userId },
    });
    if (moved.count !== 1) throw conflict("payments.errors.notPending");
    await audit(tx, { actorId: actor.userId, action: "payment.desk", entity: "PaymentRequest", entityId: p.id, data: { method, receiptNumber, amount: p.amount } });
    await resumeAfterPayment(tx, p.dossierId, p.id, now);
  });
}
