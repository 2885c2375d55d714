/**
 * The submission receipt (PDF): what was filed, where, when, the dossier code and tracking PIN,
 * what happens next, and a QR code to the tracking page. Vietnamese text in DejaVu fonts.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { config } from "@/lib/config";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime, translatorFor } from "./i18n";
import type { MyDossier } from "./mine";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<[Buffer, Buffer]> | undefined;

function loadFonts() {
  fonts ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]);
  return fonts;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

const FORM_KEYS: Record<string, string> = {
  ORIGINAL: "formOriginal",
  COPY: "formCopy",
  CERTIFIED_COPY: "formCertifiedCopy",
  ORIGINAL_OR_COPY: "formOriginalOrCopy",
  PRESENT_ORIGINAL: "formPresentOriginal",
};

export async function renderReceipt(d: MyDossier, locale: Locale): Promise<Uint8Array> {
  const t = await translatorFor(locale, "receipt");
  const { dossier, timeline, pin } = d;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  doc.setTitle(`${t("title")} ${dossier.code}`);
  doc.setLanguage(locale === "en" ? "en" : "vi");
  doc.setCreator("Một Cửa");

  const margin = 50;
  let page: PDFPage = doc.addPage([595.28, 841.89]);
  const width = page.getWidth() - margin * 2;
  let y = page.getHeight() - margin;
  const ink = rgb(0.1, 0.12, 0.14);
  const muted = rgb(0.29, 0.33, 0.38);

  const ensure = (h: number) => {
    if (y - h < margin) {
      page = doc.addPage([595.28, 841.89]);
      y = page.getHeight() - margin;
    }
  };
  const text = (s: string, opts: { font?: PDFFont; size?: number; x?: number; maxWidth?: number; color?: ReturnType<typeof rgb>; center?: boolean } = {}) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10.5;
    const x = opts.x ?? margin;
    const maxWidth = opts.maxWidth ?? width - (x - margin);
    for (const line of wrap(s, font, size, maxWidth)) {
      ensure(size + 4);
      const lx = opts.center ? margin + (width - font.widthOfTextAtSize(line, size)) / 2 : x;
      page.drawText(line, { x: lx, y: y - size, size, font, color: opts.color ?? ink });
      y -= size + 4;
    }
  };

  // Heading: the agency on the left, the national motto on the right.
  const agencyName = locale === "en" ? dossier.receivingAgency.nameEn : dossier.receivingAgency.name;
  const leftW = width * 0.48;
  const top = y;
  text(agencyName.toUpperCase(), { font: bold, size: 9.5, maxWidth: leftW });
  const leftBottom = y;
  y = top;
  text(t("nation"), { font: bold, size: 9.5, x: margin + width * 0.52, maxWidth: width * 0.48 });
  text(t("motto"), { font: bold, size: 9.5, x: margin + width * 0.52, maxWidth: width * 0.48 });
  y = Math.min(y, leftBottom) - 18;

  // QR code to the tracking page, at the right of the title block.
  const trackUrl = new URL(`/track?code=${encodeURIComponent(dossier.code)}`, config().APP_URL).toString();
  const qrPng = await QRCode.toBuffer(trackUrl, { type: "png", margin: 1, width: 300, errorCorrectionLevel: "M" });
  const qr = await doc.embedPng(qrPng);
  const qrSize = 96;
  page.drawImage(qr, { x: margin + width - qrSize, y: y - qrSize, width: qrSize, height: qrSize });
  const titleTop = y;
  text(t("title"), { font: bold, size: 15, maxWidth: width - qrSize - 12 });
  text(t("subtitle"), { size: 9.5, color: muted, maxWidth: width - qrSize - 12 });
  y -= 6;
  text(`${t("code")}: ${dossier.code}`, { font: bold, size: 13, maxWidth: width - qrSize - 12 });
  if (pin) text(`${t("pin")}: ${pin}`, { font: bold, size: 13, maxWidth: width - qrSize - 12 });
  text(t("qrCaption"), { size: 8.5, color: muted, maxWidth: width - qrSize - 12 });
  y = Math.min(y, titleTop - qrSize - 8) - 10;

  const applicant = dossier.applicant as Record<string, unknown>;
  const rows: Array<[string, string]> = [
    [t("procedure"), `${dossier.procedureVersion.name} (${dossier.procedureVersion.procedure.code})`],
    [t("applicant"), dossier.applicantName],
    [t("citizenId"), dossier.applicantCitizenId ?? "—"],
    ...(dossier.onBehalf ? ([[t("filedBy"), `${String((applicant.filedBy as { fullName?: string } | undefined)?.fullName ?? "")} (${String(applicant.relationship ?? "")})`]] as Array<[string, string]>) : []),
    [t("receivingAgency"), agencyName],
    [t("submittedAt"), formatDateTime(dossier.submittedAt)],
    [t("receptionBy"), formatDateTime(timeline.receptionBy)],
    [t("resultBy"), timeline.resultBy ? formatDateTime(timeline.resultBy) : t("resultByUnknown")],
    [t("timeLimit"), dossier.procedureVersion.timeLimitText],
  ];
  const labelW = 150;
  for (const [label, value] of rows) {
    const start = y;
    text(label, { font: bold, size: 10, maxWidth: labelW - 8 });
    const afterLabel = y;
    y = start;
    text(value, { size: 10, x: margin + labelW, maxWidth: width - labelW });
    y = Math.min(y, afterLabel) - 3;
  }

  y -= 8;
  text(t("documents"), { font: bold, size: 12 });
  y -= 2;
  if (dossier.files.length === 0) text(t("noDocuments"), { size: 10, color: muted });
  dossier.files.forEach((f, i) => {
    const component = dossier.procedureVersion.components.find((c) => c.id === f.componentId);
    const form = component ? t(FORM_KEYS[component.form] ?? "formCopy") : "";
    text(`${i + 1}. ${f.component?.name ?? t("otherDocument")}${form ? ` — ${form}` : ""}${component ? `, ${t("copies", { count: component.count })}` : ""}`, { size: 10 });
    text(`${f.originalName} · ${f.size < 1024 ? `${f.size} B` : `${Math.round(f.size / 1024)} KB`} · SHA-256 ${f.sha256.slice(0, 16)}…`, { size: 8.5, x: margin + 14, color: muted });
  });

  y -= 10;
  text(t("nextTitle"), { font: bold, size: 12 });
  text(t("nextBody", { receptionBy: formatDateTime(timeline.receptionBy) }), { size: 10 });
  text(t("keepPin"), { size: 10 });
  y -= 8;
  text(t("trackAt", { url: trackUrl }), { size: 9, color: muted });
  text(t("demo"), { size: 8.5, color: muted });
  return doc.save();
}
