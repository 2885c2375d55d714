/**
 * getFormTemplate: a printable form (tờ khai) for a dossier component that has one, generated as
 * RTF so any word processor opens and edits it. The demo catalog names the official templates but
 * ships no files; this is a faithful blank with the national heading, the form's title and the
 * usual particulars of the applicant.
 */
import { db } from "@/lib/db";
import { notFound } from "@/lib/server/errors";
import { procedureCodeSchema } from "./schemas";

function rtfText(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "{" || ch === "}") out += `\\${ch}`;
    else if (ch === "\n") out += "\\par\n";
    else if (cp < 128) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp > 32767 ? cp - 65536 : cp}?`;
    else {
      const hi = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
      const lo = ((cp - 0x10000) % 0x400) + 0xdc00;
      out += `\\u${hi - 65536}?\\u${lo - 65536}?`;
    }
  }
  return out;
}

const DOTS = ".".repeat(60);

export async function getFormTemplate(code: string, position: number): Promise<{ fileName: string; body: string }> {
  if (!procedureCodeSchema.safeParse(code).success || !Number.isInteger(position) || position < 0 || position > 999) {
    throw notFound("catalog.errors.notFound");
  }
  const p = await db().procedure.findUnique({
    where: { code },
    select: { code: true, currentVersion: { select: { name: true, status: true, components: { where: { position }, select: { name: true, templateName: true } } } } },
  });
  const component = p?.currentVersion?.status === "PUBLISHED" ? p.currentVersion.components[0] : undefined;
  if (!p || !component?.templateName) throw notFound("catalog.errors.notFound");
  const title = component.name.replace(/\s*theo mẫu.*$/i, "").toUpperCase();
  const particulars = [
    "Họ, chữ đệm, tên người yêu cầu",
    "Ngày, tháng, năm sinh",
    "Số định danh cá nhân",
    "Nơi cư trú",
    "Số điện thoại liên hệ",
    "Nội dung yêu cầu",
  ];
  const lines = [
    `{\\qc\\b ${rtfText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}\\b0\\par}`,
    `{\\qc\\b ${rtfText("Độc lập - Tự do - Hạnh phúc")}\\b0\\par}`,
    `{\\qc ${rtfText("---------------")}\\par}\\par`,
    `{\\qc\\b\\fs28 ${rtfText(title)}\\b0\\fs24\\par}`,
    `{\\qc\\i ${rtfText(`(Thủ tục: ${p.currentVersion!.name} — mã ${p.code})`)}\\i0\\par}\\par`,
    `${rtfText(`Kính gửi: ${DOTS}`)}\\par\\par`,
    ...particulars.map((label) => `${rtfText(`${label}: ${DOTS}`)}\\par`),
    `${rtfText(DOTS + DOTS)}\\par\\par`,
    `${rtfText("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.")}\\par\\par`,
    `{\\qr ${rtfText("Làm tại ............, ngày ...... tháng ...... năm ......")}\\par}`,
    `{\\qr\\b ${rtfText("Người yêu cầu")}\\b0\\par}`,
    `{\\qr\\i ${rtfText("(Ký, ghi rõ họ, chữ đệm, tên)")}\\i0\\par}`,
  ];
  const body = `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n${lines.join("\n")}\n}`;
  return { fileName: templateFileName(component.templateName), body };
}

/**
 * The name of the file a template link downloads: the catalog's name with the extension of what is
 * served (RTF), so the link's text, its accessible name and the saved file all say the same.
 */
export function templateFileName(templateName: string): string {
  const base = templateName.replace(/\.[A-Za-z0-9]+$/, "").replace(/[^A-Za-z0-9._-]/g, "-") || "mau";
  return `${base}.rtf`;
}
