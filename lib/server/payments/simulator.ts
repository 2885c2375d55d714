/**
 * A payment gateway simulator speaking the same signed redirect-and-callback protocol as the real
 * gateway (lib/domain/payments). Used by the tests (scripts/payment-gateway.ts serves it on loopback)
 * and by the demo (/dev/payment-gateway when PAYMENT_SIMULATOR=1). Never a way to pay for real.
 *
 * GET  <base>?vnp_…     checks the merchant's signature, shows the order and the outcomes to choose
 * POST <base>           the chosen outcome: sends the signed notification to the merchant, then
 *                       sends the customer back to vnp_ReturnUrl with the signed result
 * GET  <base>/log       what the merchant answered to each notification (JSON)
 */
import { randomInt } from "node:crypto";
import { gatewayDate, paramsOf, signParams, toQuery, verifyParams, HASH_PARAM } from "@/lib/domain/payments";

export const OUTCOMES = ["paid", "cancelled", "failed", "delayed", "duplicated", "tampered", "wrongAmount"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SimulatorOptions {
  merchantCode: string;
  secret: string;
  /** The merchant's notification URL (registered with the gateway, as with a real merchant account). */
  notifyUrl: string;
  /** Path prefix the handler is mounted at, e.g. "/dev/payment-gateway" or "". */
  basePath: string;
  /** Delay of the "delayed" outcome's notification, after the customer's return. */
  delayMs?: number;
}

export interface NotificationLogEntry {
  orderRef: string;
  outcome: Outcome;
  answers: Array<{ RspCode: string; Message: string } | { error: string }>;
}

const log: NotificationLogEntry[] = [];

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, status = 200): Response {
  return new Response(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>` +
      `<style>body{font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#111}button{font-size:1rem;padding:.5rem 1rem;background:#0b4f8a;color:#fff;border:0;border-radius:4px}fieldset{margin:1rem 0}</style></head>` +
      `<body><main><h1>${esc(title)}</h1>${body}</main></body></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );
}

const LABELS: Record<Outcome, string> = {
  paid: "Thanh toán thành công (paid)",
  cancelled: "Khách hàng hủy (cancelled)",
  failed: "Giao dịch thất bại (failed)",
  delayed: "Thành công, thông báo đến chậm (delayed notification)",
  duplicated: "Thành công, thông báo gửi hai lần (duplicated notification)",
  tampered: "Thông báo bị sửa chữ ký (tampered signature)",
  wrongAmount: "Thông báo sai số tiền (wrong amount)",
};

async function notify(url: string, params: Record<string, string>): Promise<{ RspCode: string; Message: string } | { error: string }> {
  try {
    const res = await fetch(`${url}?${toQuery(params)}`, { method: "GET", signal: AbortSignal.timeout(10_000) });
    return (await res.json()) as { RspCode: string; Message: string };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The result parameters for an outcome, signed (or with a broken signature for "tampered"). */
export function resultParams(request: Record<string, string>, outcome: Outcome, secret: string, now = new Date()): Record<string, string> {
  const success = outcome !== "cancelled" && outcome !== "failed";
  const amount = outcome === "wrongAmount" ? String(Number(request.vnp_Amount ?? "0") - 100_000) : (request.vnp_Amount ?? "0");
  const signed = signParams(
    {
      vnp_TmnCode: request.vnp_TmnCode ?? "",
      vnp_Amount: amount,
      vnp_BankCode: "NCB",
      vnp_CardType: "ATM",
      vnp_OrderInfo: request.vnp_OrderInfo ?? "",
      vnp_PayDate: gatewayDate(now),
      vnp_ResponseCode: success ? "00" : outcome === "cancelled" ? "24" : "51",
      vnp_TransactionNo: String(randomInt(10_000_000, 99_999_999)),
      vnp_TransactionStatus: success ? "00" : "02",
      vnp_TxnRef: request.vnp_TxnRef ?? "",
    },
    secret,
  );
  if (outcome === "tampered") {
    const h = signed[HASH_PARAM]!;
    signed[HASH_PARAM] = (h[0] === "0" ? "1" : "0") + h.slice(1);
  }
  return signed;
}

export function notificationLog(): readonly NotificationLogEntry[] {
  return log;
}

export async function handleSimulator(req: Request, o: SimulatorOptions): Promise<Response> {
  const url = new URL(req.url);
  const rest = url.pathname.slice(o.basePath.length).replace(/\/+$/, "");
  if (req.method === "GET" && rest === "/log") {
    return Response.json(log, { headers: { "Cache-Control": "no-store" } });
  }
  if (rest !== "" && rest !== "/pay") return page("Không tìm thấy", "<p>404</p>", 404);
  const params = req.method === "POST" ? paramsOf(new URLSearchParams(await req.text())) : paramsOf(url.searchParams);
  const outcomeRaw = params.outcome;
  delete params.outcome;
  if (!verifyParams(params, o.secret) || params.vnp_TmnCode !== o.merchantCode || !params.vnp_ReturnUrl) {
    return page("Yêu cầu không hợp lệ", "<p>Chữ ký không hợp lệ (mã 97). Invalid signature.</p>", 400);
  }
  const amount = Number(params.vnp_Amount ?? "0") / 100;
  if (req.method === "GET") {
    const hidden = Object.entries(params)
      .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
      .join("");
    const choices = OUTCOMES.map(
      (oc, i) => `<div><input type="radio" id="oc-${oc}" name="outcome" value="${oc}"${i === 0 ? " checked" : ""}> <label for="oc-${oc}">${esc(LABELS[oc])}</label></div>`,
    ).join("");
    return page(
      "Cổng thanh toán (mô phỏng)",
      `<p>Đơn hàng <strong>${esc(params.vnp_TxnRef ?? "")}</strong>: ${esc(params.vnp_OrderInfo ?? "")}</p>` +
        `<p>Số tiền: <strong>${amount.toLocaleString("vi-VN")} VND</strong></p>` +
        `<form method="post" action="${esc(o.basePath)}/pay">${hidden}<fieldset><legend>Kết quả giao dịch</legend>${choices}</fieldset><button type="submit">Xác nhận</button></form>`,
    );
  }
  if (req.method !== "POST") return page("Không hỗ trợ", "<p>405</p>", 405);
  const outcome = (OUTCOMES as readonly string[]).includes(outcomeRaw ?? "") ? (outcomeRaw as Outcome) : "paid";
  const result = resultParams(params, outcome, o.secret);
  const entry: NotificationLogEntry = { orderRef: params.vnp_TxnRef ?? "", outcome, answers: [] };
  log.push(entry);
  if (outcome === "delayed") {
    setTimeout(() => void notify(o.notifyUrl, result).then((a) => entry.answers.push(a)), o.delayMs ?? 1500);
  } else {
    entry.answers.push(await notify(o.notifyUrl, result));
    if (outcome === "duplicated") entry.answers.push(await notify(o.notifyUrl, result));
  }
  const back = new URL(params.vnp_ReturnUrl);
  return new Response(null, { status: 303, headers: { Location: `${back.origin}${back.pathname}?${toQuery(result)}`, "Cache-Control": "no-store" } });
}
