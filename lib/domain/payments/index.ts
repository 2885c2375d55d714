/**
 * Payments, the pure part: the procedure's fees, the payment state machine, and the signed
 * redirect-and-callback protocol of the Vietnamese payment gateways (VNPAY 2.1.0 style):
 * parameters sorted by name, URL-encoded (spaces as "+"), joined with "&", signed with
 * HMAC-SHA512 under the merchant secret, the hex digest sent as vnp_SecureHash.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

// ── Fees ──

export interface Fee {
  name: string;
  amount: number;
  note?: string;
  legalBasis?: string;
}

/** The fees of a procedure version's `fees` JSON; malformed entries are skipped. */
export function feesOf(json: unknown): Fee[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((f) => {
    const o = f as Record<string, unknown> | null;
    const amount = Number(o?.amount);
    if (!o || typeof o.name !== "string" || !Number.isFinite(amount) || amount < 0) return [];
    return [{ name: o.name, amount: Math.round(amount), note: typeof o.note === "string" ? o.note : undefined, legalBasis: typeof o.legalBasis === "string" ? o.legalBasis : undefined }];
  });
}

/** Total of the fees in VND; 0 for a free procedure (which never asks for a payment). */
export function feeTotal(fees: Fee[]): number {
  return fees.reduce((sum, f) => sum + f.amount, 0);
}

/** The legal basis line of the fees ("" when none is stated). */
export function feeLegalBasis(fees: Fee[]): string {
  return [...new Set(fees.filter((f) => f.amount > 0).map((f) => f.legalBasis ?? "").filter(Boolean))].join("; ");
}

/**
 * What filing itself asks to pay: a procedure whose published fees are fixed amounts asks for
 * their total when the dossier is filed (a free procedure, total 0, asks nothing). A fee that
 * depends on the case is asked later by the officer (financial obligation).
 */
export function feeDueAtFiling(fees: Fee[]): { amount: number; description: string } | null {
  const due = fees.filter((f) => f.amount > 0);
  const amount = feeTotal(due);
  if (amount <= 0) return null;
  return { amount, description: due.map((f) => f.name).join("; ").slice(0, 300) };
}

// ── States ──

export const PAYMENT_STATUSES = ["PENDING", "PAID", "CANCELLED", "FAILED", "EXPIRED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** pending → paid | cancelled | failed | expired; every other state is final. */
export const PAYMENT_TRANSITIONS = {
  PENDING: ["PAID", "CANCELLED", "FAILED", "EXPIRED"],
  PAID: [],
  CANCELLED: [],
  FAILED: [],
  EXPIRED: [],
} as const satisfies Record<PaymentStatus, readonly PaymentStatus[]>;

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return (PAYMENT_TRANSITIONS[from] as readonly PaymentStatus[]).includes(to);
}

// ── The gateway protocol ──

export const GATEWAY_VERSION = "2.1.0";
export const HASH_PARAM = "vnp_SecureHash";
const UNSIGNED = new Set([HASH_PARAM, "vnp_SecureHashType"]);

/** Answer codes of the server-to-server notification (the gateway's own format). */
export const NOTIFY_ANSWERS = {
  ok: { RspCode: "00", Message: "Confirm Success" },
  unknownOrder: { RspCode: "01", Message: "Order not found" },
  alreadyConfirmed: { RspCode: "02", Message: "Order already confirmed" },
  wrongAmount: { RspCode: "04", Message: "Invalid amount" },
  badSignature: { RspCode: "97", Message: "Invalid signature" },
  error: { RspCode: "99", Message: "Unknown error" },
} as const;
export type NotifyAnswer = (typeof NOTIFY_ANSWERS)[keyof typeof NOTIFY_ANSWERS];

/** Gateway result codes: 00 paid, 24 cancelled by the customer, anything else failed. */
export function outcomeOf(params: Record<string, string>): "PAID" | "CANCELLED" | "FAILED" {
  if (params.vnp_ResponseCode === "00" && (params.vnp_TransactionStatus ?? "00") === "00") return "PAID";
  if (params.vnp_ResponseCode === "24") return "CANCELLED";
  return "FAILED";
}

const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");

/** The signed text: the parameters (without the hash, without empty values) sorted by name. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => !UNSIGNED.has(k) && params[k] !== undefined && params[k] !== "")
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k]!)}`)
    .join("&");
}

export function signature(params: Record<string, string>, secret: string): string {
  return createHmac("sha512", secret).update(canonicalQuery(params), "utf8").digest("hex");
}

/** The parameters with their signature added. */
export function signParams(params: Record<string, string>, secret: string): Record<string, string> {
  const clean = Object.fromEntries(Object.entries(params).filter(([k]) => !UNSIGNED.has(k)));
  return { ...clean, [HASH_PARAM]: signature(clean, secret) };
}

/** Whether the parameters carry a valid signature (constant-time comparison). */
export function verifyParams(params: Record<string, string>, secret: string): boolean {
  const given = params[HASH_PARAM];
  if (typeof given !== "string" || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  const expected = Buffer.from(signature(params, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(given.toLowerCase(), "hex"));
}

export function toQuery(params: Record<string, string>): string {
  return `${canonicalQuery(params)}&${HASH_PARAM}=${params[HASH_PARAM] ?? ""}`;
}

/** yyyyMMddHHmmss in Vietnam time (UTC+7), the gateway's date format. */
export function gatewayDate(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${v.getUTCFullYear()}${p(v.getUTCMonth() + 1)}${p(v.getUTCDate())}${p(v.getUTCHours())}${p(v.getUTCMinutes())}${p(v.getUTCSeconds())}`;
}

/** Gateway amounts are in hundredths of a đồng. */
export const toGatewayAmount = (vnd: number) => String(Math.round(vnd) * 100);

export interface PaymentOrder {
  orderRef: string;
  amount: number;
  orderInfo: string;
  returnUrl: string;
  clientIp: string;
  createdAt: Date;
  expiresAt: Date;
  locale: "vi" | "en";
}

/** The signed parameters that send the customer to the gateway. */
export function paymentRequestParams(order: PaymentOrder, merchantCode: string, secret: string): Record<string, string> {
  return signParams(
    {
      vnp_Version: GATEWAY_VERSION,
      vnp_Command: "pay",
      vnp_TmnCode: merchantCode,
      vnp_Amount: toGatewayAmount(order.amount),
      vnp_CurrCode: "VND",
      vnp_TxnRef: order.orderRef,
      vnp_OrderInfo: order.orderInfo,
      vnp_OrderType: "other",
      vnp_Locale: order.locale === "en" ? "en" : "vn",
      vnp_ReturnUrl: order.returnUrl,
      vnp_IpAddr: order.clientIp,
      vnp_CreateDate: gatewayDate(order.createdAt),
      vnp_ExpireDate: gatewayDate(order.expiresAt),
    },
    secret,
  );
}

/** Only strings, first value of each name (what a query string or a form body gives). */
export function paramsOf(source: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of source) if (!(k in out) && k.length <= 64 && v.length <= 2000) out[k] = v;
  return out;
}
