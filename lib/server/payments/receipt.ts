/**
 * The electronic receipt (biên lai điện tử) of a paid payment request, as a PDF in the layout of the
 * official forms (lib/server/documents/pdf.ts). Only the applicant (their own) or an officer in scope.
 */
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { toLocalDate, toLocalTime } from "@/lib/domain/calendar";
import { assertInScope, UUID_RE } from "@/lib/server/backoffice/scope";
import type { Actor } from "@/lib/server/backoffice/types";
import { OfficialPdf } from "@/lib/server/documents/pdf";
import { notFound } from "@/lib/server/errors";
import { asNamedAt } from "@/lib/server/agency-names";

const METHOD: Record<string, string> = { ONLINE: "Trực tuyến qua cổng thanh toán", CASH: "Tiền mặt", CARD: "Thẻ" };

export async function renderPaymentReceipt(actor: Actor, paymentId: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!UUID_RE.test(paymentId)) throw notFound();
  const p = await db().paymentRequest.findUnique({
    where: { id: paymentId },
    include: {
      dossier: {
        select: {
          code: true,
          applicantName: true,
          applicantId: true,
          currentAgencyId: true,
          currentAgency: { select: { path: true } },
          receivingAgency: { select: { id: true, name: true, parent: { select: { id: true, name: true } } } },
          procedureVersion: { select: { name: true } },
        },
      },
    },
  });
  assertInScope(actor, p?.dossier ?? null);
  if (!p || p.status !== "PAID" || !p.paidAt || !p.receiptNumber) throw notFound();
  const d = p.dossier;
  // Named as it was when the fee was paid: a later rename does not change the receipt.
  const agency = await asNamedAt(d.receivingAgency, p.paidAt);
  const pdf = await OfficialPdf.create(`Biên lai thu phí, lệ phí ${p.receiptNumber}`, d.procedureVersion.name);
  pdf.header(agency.parent ? [agency.parent.name, agency.name] : [agency.name], `Số: ${p.receiptNumber}`);
  pdf.gap(10);
  pdf.text("BIÊN LAI THU PHÍ, LỆ PHÍ", { style: "bold", align: "center", size: 14 });
  pdf.text("(Biên lai điện tử)", { style: "italic", align: "center", size: 11, gapAfter: 12 });
  const [y, m, day] = toLocalDate(p.paidAt).split("-");
  pdf.text(`Người nộp: ${d.applicantName}`);
  pdf.text(`Mã hồ sơ: ${d.code}`);
  pdf.text(`Thủ tục: ${d.procedureVersion.name}`);
  pdf.text(`Nội dung thu: ${p.description}`);
  if (p.legalBasis) pdf.text(`Căn cứ: ${p.legalBasis}`);
  pdf.text(`Số tiền: ${p.amount.toLocaleString("vi-VN")} đồng`, { style: "bold" });
  pdf.text(`Hình thức thanh toán: ${METHOD[p.method ?? ""] ?? ""}${p.providerRef ? ` — mã giao dịch ${p.providerRef}` : ""}`);
  pdf.text(`Thời điểm thanh toán: ${toLocalTime(p.paidAt)}, ngày ${day}/${m}/${y}`);
  pdf.text(`Mã đơn hàng: ${p.orderRef}`, { gapAfter: 14 });
  pdf.columns([[{ text: " " }], [{ text: "ĐƠN VỊ THU", style: "bold" }, { text: agency.name }]]);
  pdf.gap(10);
  await pdf.qr(`${config().APP_URL}/track?code=${encodeURIComponent(d.code)}`, "Tra cứu hồ sơ");
  return { bytes: await pdf.bytes(), fileName: `bien-lai-${p.receiptNumber}.pdf` };
}
