/**
 * Issuing an electronic result when the desk returns a result online (docs/e-results.md):
 * 1. the source: the file the desk attached, else the one the specialist proposed, else a PDF made from
 *    the procedure's result template;
 * 2. the number and symbol (số/ký hiệu) the result was given when it was decided (one sequence per agency and year);
 * 3. the PDF is stamped: a line on every page (số/ký hiệu and the /verify link) and a last page with the
 *    QR code, the link and who issues it;
 * 4. it is signed (PAdES) with the agency's certificate when one is configured, else handed over unsigned;
 * 5. the stamped file is stored, and the transition to RESULT_RETURNED records the file and the
 *    ElectronicResult in its own transaction (lib/server/backoffice/transition.ts).
 */
import { createHash, randomUUID } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { Readable } from "node:stream";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { z } from "zod";
import { config } from "@/lib/config";
import { formatResultNumber, resultYearOf } from "@/lib/domain/result-number";
import { db } from "@/lib/db";
import { loadFonts, OfficialPdf } from "@/lib/server/documents/pdf";
import { storage } from "@/lib/server/storage";
import { validation } from "@/lib/server/errors";
import { assertInScope, UUID_RE } from "@/lib/server/backoffice/scope";
import { numberResult } from "@/lib/server/backoffice/result-number";
import { transitionDossier, type TransitionResult } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { signPdf } from "./pades";
import { signingSetup } from "./signing";
import type { PreparedResult } from "./record";

/** The public page that checks a result. */
export function verifyUrl(id: string): string {
  return new URL(`/verify/${id}`, config().APP_URL).toString();
}

const vnDate = (at: Date) => new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(at);

interface ResultDossier {
  id: string;
  code: string;
  applicantName: string;
  agency: { id: string; code: string; name: string; parentName: string | null };
  procedureName: string;
  resultName: string;
}

/** A result made from the procedure's result template (what the procedure says the applicant receives). */
export async function resultFromTemplate(d: ResultDossier, at: Date): Promise<Uint8Array> {
  const title = d.resultName.trim() || "Kết quả giải quyết thủ tục hành chính";
  const pdf = await OfficialPdf.create(title, d.procedureName);
  pdf.header(d.agency.parentName ? [d.agency.parentName, d.agency.name] : [d.agency.name], `Mã hồ sơ: ${d.code}`);
  pdf.text(`Ngày ${vnDate(at)}`, { style: "italic", align: "right", size: 11 });
  pdf.gap(10);
  pdf.text(title.toUpperCase(), { style: "bold", align: "center", size: 14, gapAfter: 10 });
  pdf.text(`${d.agency.name} đã giải quyết hồ sơ ${d.code} về thủ tục “${d.procedureName}”.`);
  pdf.text(`Cấp cho ông/bà: ${d.applicantName}.`, { style: "bold" });
  pdf.text("Kết quả này là văn bản điện tử, có giá trị pháp lý như bản giấy khi chữ ký số của cơ quan còn hiệu lực.", { gapAfter: 14 });
  pdf.columns([[], [{ text: "THỦ TRƯỞNG CƠ QUAN", style: "bold" }, { text: "(Ký số)", style: "italic", size: 10 }]]);
  return pdf.bytes();
}

/** A JPEG or PNG result becomes a one-page PDF (the result handed over is always a PDF). */
async function asPdf(bytes: Buffer, mimeType: string): Promise<Uint8Array> {
  if (mimeType === "application/pdf") return bytes;
  const doc = await PDFDocument.create();
  const img = mimeType === "image/png" ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  const [w, h] = [595.28, 841.89];
  const scale = Math.min((w - 72) / img.width, (h - 72) / img.height, 1);
  const page = doc.addPage([w, h]);
  page.drawImage(img, { x: (w - img.width * scale) / 2, y: (h - img.height * scale) / 2, width: img.width * scale, height: img.height * scale });
  return doc.save();
}

/** Refuses, with its reason, a PDF that cannot be opened or has no pages. */
async function opens(pdf: Uint8Array): Promise<void> {
  try {
    if ((await PDFDocument.load(pdf)).getPageCount() === 0) throw new Error("no pages");
  } catch {
    throw validation("office.errors.resultPdfUnreadable");
  }
}

/** Stamps the reference and the /verify link on every page and adds the verification page with the QR code. */
export async function stampResult(pdf: Uint8Array, s: { reference: string; url: string; agencyName: string; issuedAt: Date; signed: boolean }): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf);
    // A file pdf-lib opens but whose page tree is broken fails here, not halfway through the stamping.
    if (doc.getPageCount() === 0) throw new Error("no pages");
  } catch {
    throw validation("office.errors.resultPdfUnreadable");
  }
  doc.registerFontkit(fontkit);
  const fonts = await loadFonts();
  const [regular, bold] = await Promise.all([doc.embedFont(fonts.regular, { subset: true }), doc.embedFont(fonts.bold, { subset: true })]);
  const line = `Số/ký hiệu: ${s.reference} · Kiểm tra: ${s.url}`;
  for (const page of doc.getPages()) {
    const { width } = page.getSize();
    const size = Math.min(7, (7 * (width - 24)) / regular.widthOfTextAtSize(line, 7));
    page.drawText(line, { x: 12, y: 8, size, font: regular, color: rgb(0.2, 0.2, 0.2) });
  }
  const page = doc.addPage([595.28, 841.89]);
  const qr = await doc.embedPng(await QRCode.toBuffer(s.url, { margin: 1, width: 300, errorCorrectionLevel: "M" }));
  let y = 780;
  const text = (t: string, size = 11, font = regular) => {
    page.drawText(t, { x: 70, y, size, font });
    y -= size * 1.6;
  };
  text("THÔNG TIN VĂN BẢN ĐIỆN TỬ", 14, bold);
  y -= 6;
  text(`Số/ký hiệu: ${s.reference}`, 12, bold);
  text(`Cơ quan cấp: ${s.agencyName}`);
  text(`Ngày cấp: ${vnDate(s.issuedAt)}`);
  text(s.signed ? "Văn bản được ký số bằng chứng thư số của cơ quan." : "Văn bản chưa được ký số.");
  text("Kiểm tra tính hợp lệ của văn bản tại:");
  text(s.url, 10, bold);
  page.drawImage(qr, { x: 70, y: y - 130, width: 120, height: 120 });
  doc.setSubject(`${s.reference} — ${s.url}`);
  return doc.save({ useObjectStreams: false });
}

/** The file a result online starts from: the one given, else the specialist's proposal, else none (template). */
async function sourceFile(dossierId: string, given: string | undefined) {
  let id = given;
  if (!id) {
    const ev = await db().statusEvent.findFirst({ where: { dossierId, action: "propose" }, orderBy: { id: "desc" }, select: { data: true } });
    const proposed = (ev?.data as { resultFileId?: unknown } | null)?.resultFileId;
    id = typeof proposed === "string" ? proposed : undefined;
  }
  if (!id || !UUID_RE.test(id)) return null;
  const f = await db().dossierFile.findFirst({ where: { id, dossierId, kind: "RESULT" }, select: { id: true, storageKey: true, mimeType: true } });
  if (!f) throw validation("office.errors.fileNotFound");
  return f;
}

/** Makes, stamps, signs (when configured) and stores the electronic result; the caller records it in the transition. */
export async function prepareElectronicResult(actor: Actor, dossierId: string, givenFileId: string | undefined, now = new Date()): Promise<PreparedResult> {
  const d = UUID_RE.test(dossierId)
    ? await db().dossier.findUnique({
        where: { id: dossierId },
        select: {
          id: true, code: true, applicantName: true, currentAgencyId: true, applicantId: true, resultNumber: true, resultSymbol: true, resultNumberedAt: true,
          currentAgency: { select: { id: true, code: true, name: true, path: true, parent: { select: { name: true } } } },
          procedureVersion: { select: { name: true, result: true } },
        },
      })
    : null;
  assertInScope(actor, d);
  const src = await sourceFile(d.id, givenFileId);
  const agency = { id: d.currentAgency.id, code: d.currentAgency.code, name: d.currentAgency.name, parentName: d.currentAgency.parent?.name ?? null };
  const base = src
    ? await asPdf(await buffer(await storage().get(src.storageKey)), src.mimeType)
    : await resultFromTemplate({ id: d.id, code: d.code, applicantName: d.applicantName, agency, procedureName: d.procedureVersion.name, resultName: d.procedureVersion.result }, now);
  // A file that cannot be stamped is refused before it takes a number.
  await opens(base);
  const setup = signingSetup();
  // The number and symbol the result was given when it was decided (lib/server/backoffice/result-number.ts),
  // or, for a dossier decided before numbering, one given now from the same sequence.
  const given =
    d.resultNumber !== null && d.resultSymbol && d.resultNumberedAt
      ? { resultNumber: d.resultNumber, resultSymbol: d.resultSymbol, at: d.resultNumberedAt }
      : await db().$transaction(async (tx) => {
          const n = await numberResult(tx, { id: d.id, resultNumber: null }, { id: agency.id, code: agency.code }, now);
          const row = await tx.dossier.findUniqueOrThrow({ where: { id: d.id }, select: { resultNumber: true, resultSymbol: true, resultNumberedAt: true } });
          return { resultNumber: n?.resultNumber ?? row.resultNumber!, resultSymbol: n?.resultSymbol ?? row.resultSymbol!, at: row.resultNumberedAt ?? now };
        });
  const year = resultYearOf(given.at);
  const number = given.resultNumber;
  const reference = formatResultNumber(given)!;
  const id = randomUUID();
  const stamped = await stampResult(base, { reference, url: verifyUrl(id), agencyName: agency.name, issuedAt: now, signed: !!setup });
  const bytes = setup
    ? await signPdf(stamped, setup.key, { reason: `Kết quả giải quyết TTHC, số ${reference}`, location: agency.name, name: setup.commonName, signingTime: now })
    : Buffer.from(stamped);
  const storageKey = `results/${d.id}/${id}`;
  await storage().put(storageKey, Readable.from([bytes]), "application/pdf");
  return {
    id,
    fileId: randomUUID(),
    dossierId: d.id,
    agencyId: agency.id,
    year,
    number,
    reference,
    sourceFileId: src?.id ?? null,
    storageKey,
    originalName: `ket-qua-${reference.replace(/[^0-9A-Za-z.-]+/g, "-")}.pdf`,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    signed: !!setup,
    signerName: setup?.commonName ?? null,
    signerOrganization: setup?.organization ?? null,
    signedAt: setup ? now : null,
    issuedAt: now,
  };
}

const returnInput = z.object({ method: z.enum(["ONLINE", "DESK"]).optional(), resultFileId: z.string().optional() }).passthrough();

/**
 * The desk's "Trả kết quả": online, the electronic result is issued and handed over with the transition;
 * at the desk, the plain transition. A failed transition removes the stored file (its number stays a gap).
 */
export async function returnDossierResult(actor: Actor, dossierId: string, version: number, rawInput: unknown, now = new Date()): Promise<TransitionResult> {
  const raw = returnInput.safeParse(rawInput ?? {});
  if (!raw.success || raw.data.method !== "ONLINE") return transitionDossier(actor, dossierId, version, "returnResult", rawInput, { now });
  const status = UUID_RE.test(dossierId) ? (await db().dossier.findUnique({ where: { id: dossierId }, select: { status: true, version: true } })) : null;
  // Nothing is issued for a return that cannot happen: the transition refuses it with its own reason.
  if (!status || status.status !== "PROCESSED" || status.version !== version) return transitionDossier(actor, dossierId, version, "returnResult", rawInput, { now });
  const prepared = await prepareElectronicResult(actor, dossierId, raw.data.resultFileId, now);
  try {
    return await transitionDossier(actor, dossierId, version, "returnResult", { ...raw.data, resultFileId: prepared.fileId }, { now, issuedResult: prepared });
  } catch (error) {
    await storage().delete(prepared.storageKey).catch(() => {});
    throw error;
  }
}
