/**
 * The official forms of Thông tư 03/2025/TT-VPCP, Annex I (DOMAIN.md), generated on demand from the
 * dossier and its append-only history, so a form printed again is the same form:
 * receipt and appointment, supplement request, refusal, apology and new date, stop notice, control slip.
 */
import { classifyFinished, type Timeliness } from "@/lib/domain/timeliness";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { toLocalDate, toLocalTime } from "@/lib/domain/calendar";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/domain/workflow";
import { parseRoute } from "@/lib/server/backoffice/route";
import { assertInScope, UUID_RE } from "@/lib/server/backoffice/scope";
import type { Actor } from "@/lib/server/backoffice/types";
import { unseal } from "@/lib/server/auth/secret";
import { notFound } from "@/lib/server/errors";
import { agencyNameAt, asNamedAt } from "@/lib/server/agency-names";
import { addressText } from "@/lib/domain/forms";
import { communeOptions, listCommunes } from "@/lib/server/dossiers/procedures";
import { OfficialPdf } from "./pdf";

export const isDocumentKind = (v: string): v is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(v);

const TITLES: Record<DocumentKind, string> = {
  receipt: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
  supplementRequest: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
  refusal: "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
  apology: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
  stopNotice: "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
  controlSlip: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
};
const FILE_NAMES: Record<DocumentKind, string> = {
  receipt: "giay-tiep-nhan",
  supplementRequest: "phieu-yeu-cau-bo-sung",
  refusal: "phieu-tu-choi",
  apology: "phieu-xin-loi-hen-lai",
  stopNotice: "thong-bao-dung-giai-quyet",
  controlSlip: "phieu-kiem-soat",
};
const EVENT_OF: Record<Exclude<DocumentKind, "controlSlip">, string> = {
  receipt: "receive",
  supplementRequest: "requestSupplement",
  refusal: "refuse",
  apology: "apologize",
  stopNotice: "stop",
};
const FORM_LABEL: Record<string, string> = {
  ORIGINAL: "Bản chính",
  COPY: "Bản sao",
  CERTIFIED_COPY: "Bản sao chứng thực",
  ORIGINAL_OR_COPY: "Bản chính hoặc bản sao",
  PRESENT_ORIGINAL: "Bản chính (xuất trình)",
};

const hm = (d: Date) => {
  const [h, m] = toLocalTime(d).split(":");
  return `${h} giờ ${m} phút`;
};
const dmy = (d: Date) => {
  const [y, m, day] = toLocalDate(d).split("-");
  return `${day}/${m}/${y}`;
};
const when = (d: Date | null | undefined) => (d ? `${hm(d)}, ngày ${dmy(d)}` : "……");
const dateLine = (place: string, d: Date) => {
  const [y, m, day] = toLocalDate(d).split("-");
  return `${place}, ngày ${day} tháng ${m} năm ${y}`;
};

function placeOf(address: string): string {
  // "…, phường Hoa Lư, tỉnh Ninh Bình" → "Hoa Lư"
  const m = /(?:phường|xã|đặc khu)\s+([^,]+)/i.exec(address);
  return m?.[1]?.trim() ?? "";
}

function unsealPin(sealed: string): string | null {
  try {
    return unseal(sealed);
  } catch {
    return null;
  }
}

/** The refusal slip (Mẫu 03) of a dossier refused on the spot at the desk (no dossier was made). */
export async function renderCounterRefusal(r: {
  code: string;
  applicantName: string;
  procedureName: string;
  reason: string;
  items: Array<{ name: string; note?: string }>;
  createdAt: Date;
  officerName: string;
  agency: { name: string; address: string; parent: { name: string } | null };
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const pdf = await OfficialPdf.create(`${TITLES.refusal} — ${r.code}`, r.procedureName);
  const upper = r.agency.parent ? [r.agency.parent.name, r.agency.name] : [r.agency.name];
  pdf.header(upper, `Số: ${r.code}`);
  pdf.text(dateLine(placeOf(r.agency.address) || "Ninh Bình", r.createdAt), { style: "italic", align: "right", size: 11 });
  pdf.gap(10);
  pdf.text(TITLES.refusal, { style: "bold", align: "center", size: 14, gapAfter: 10 });
  pdf.text(`${r.agency.name} tiếp nhận hồ sơ đề nghị ${r.procedureName} của ông/bà ${r.applicantName}, lúc ${when(r.createdAt)}.`);
  pdf.text("Sau khi nghiên cứu, đối chiếu với các quy định hiện hành, cơ quan từ chối tiếp nhận hồ sơ này với lý do cụ thể như sau:");
  pdf.text(r.reason, { indent: 14, style: "bold" });
  r.items.forEach((it, i) => pdf.text(`${i + 1}. ${it.name}${it.note ? ` — ${it.note}` : ""}`, { indent: 14 }));
  pdf.text("Xin thông báo để ông/bà được biết và thực hiện./.", { gapAfter: 14 });
  pdf.columns([[], [{ text: "NGƯỜI TIẾP NHẬN HỒ SƠ", style: "bold" }, { text: "(Ký và ghi rõ họ tên)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: r.officerName, style: "bold" }]]);
  return { bytes: await pdf.bytes(), fileName: `${FILE_NAMES.refusal}-${r.code}.pdf` };
}

export async function renderOfficialDocument(actor: Actor, dossierId: string, kind: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!UUID_RE.test(dossierId) || !isDocumentKind(kind)) throw notFound();
  const d = await db().dossier.findUnique({
    where: { id: dossierId },
    include: {
      currentAgency: { select: { path: true } },
      receivingAgency: { select: { id: true, name: true, address: true, phone: true, code: true, parent: { select: { id: true, name: true } } } },
      procedureVersion: { select: { name: true, timeLimitText: true, numberOfSets: true, fees: true, route: true, components: { orderBy: { position: "asc" } } } },
      files: { select: { componentId: true } },
      events: { orderBy: { id: "asc" }, include: { actor: { select: { fullName: true } }, agency: { select: { id: true, name: true } } } },
    },
  });
  assertInScope(actor, d);
  if (!d) throw notFound();
  // Agencies are named as they were named then: a rename since does not change an old document.
  for (const e of d.events) if (e.agency) e.agency.name = (await agencyNameAt(e.agency.id, e.createdAt))?.name ?? e.agency.name;
  const event = kind === "controlSlip" ? null : [...d.events].reverse().find((e) => e.action === EVENT_OF[kind]);
  if (kind !== "controlSlip" && !event) throw notFound();

  const pdf = await OfficialPdf.create(`${TITLES[kind]} — ${d.code}`, d.procedureVersion.name);
  const agency = await asNamedAt(d.receivingAgency, event?.createdAt ?? d.receivedAt ?? d.submittedAt);
  const at = event?.createdAt ?? new Date();
  const place = placeOf(agency.address) || "Ninh Bình";
  const applicant = (d.applicant ?? {}) as Record<string, unknown>;
  const s = (k: string) => (typeof applicant[k] === "string" && applicant[k] ? String(applicant[k]) : "……");
  const officer = event?.actor?.fullName ?? "";
  const upper = agency.parent ? [agency.parent.name, agency.name] : [agency.name];

  pdf.header(upper, `Mã hồ sơ: ${d.code}`);
  pdf.text(dateLine(place, at), { style: "italic", align: "right", size: 11 });
  pdf.gap(10);
  pdf.text(TITLES[kind], { style: "bold", align: "center", size: 14, gapAfter: 10 });

  switch (kind) {
    case "receipt": {
      pdf.text(`${agency.name}`, { style: "bold" });
      pdf.text(`Tiếp nhận hồ sơ của: ${d.applicantName}`);
      pdf.text(`Địa chỉ: ${addressText(applicant.address, communeOptions(await listCommunes()), "vi") || "……"}`);
      pdf.text(`Số điện thoại: ${s("phone")}      Email: ${s("email")}`);
      pdf.text(`Nội dung yêu cầu giải quyết: ${d.procedureVersion.name}`, { gapAfter: 6 });
      pdf.text("1. Thành phần hồ sơ nộp gồm:");
      const present = new Set(d.files.map((f) => f.componentId));
      pdf.table(
        ["STT", "Tên loại giấy tờ", "Hình thức", "Số lượng"],
        d.procedureVersion.components
          .filter((c) => c.required || present.has(c.id))
          .map((c, i) => [String(i + 1), c.name, FORM_LABEL[c.form] ?? c.form, String(c.count)]),
        [8, 58, 21, 13],
      );
      pdf.text(`2. Số lượng hồ sơ: ${String(d.procedureVersion.numberOfSets).padStart(2, "0")} (bộ)`);
      pdf.text(`3. Thời gian giải quyết hồ sơ theo quy định là: ${d.procedureVersion.timeLimitText}`);
      pdf.text(`4. Thời gian nhận hồ sơ: ${when(d.receivedAt ?? at)}`);
      pdf.text(`5. Thời gian trả kết quả giải quyết hồ sơ: ${when(d.extendedDueAt ?? d.dueAt)}`);
      pdf.text(`6. Đăng ký nhận kết quả tại: ${agency.name}, ${agency.address}${d.channel === "ONLINE" ? "; hoặc trực tuyến trên Cổng dịch vụ công" : ""}`);
      const fees = Array.isArray(d.procedureVersion.fees) ? (d.procedureVersion.fees as Array<{ name?: string; amount?: number }>) : [];
      pdf.text(
        `7. Phí, lệ phí: ${fees.length === 0 ? "Không" : fees.map((f) => `${f.name ?? ""}: ${Number(f.amount ?? 0).toLocaleString("vi-VN")} đồng`).join("; ")}`,
      );
      pdf.text(`Vào Sổ theo dõi hồ sơ, số: ${d.code}`);
      const pin = d.pinSealed ? unsealPin(d.pinSealed) : null;
      if (pin) {
        pdf.text(`Mã tra cứu hồ sơ (PIN): ${pin} — tra cứu tại ${new URL("/track", config().APP_URL).toString()}`, { style: "bold" });
        await pdf.qr(new URL(`/track?code=${encodeURIComponent(d.code)}`, config().APP_URL).toString(), "Quét mã để tra cứu hồ sơ");
      }
      pdf.gap(14);
      pdf.columns([
        [{ text: "NGƯỜI NỘP HỒ SƠ", style: "bold" }, { text: "(Ký và ghi rõ họ tên)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: d.applicantName, style: "bold" }],
        [{ text: "NGƯỜI TIẾP NHẬN HỒ SƠ", style: "bold" }, { text: "(Ký và ghi rõ họ tên)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: officer, style: "bold" }],
      ]);
      pdf.gap(10);
      await pdf.qr(`${config().APP_URL}/track?code=${encodeURIComponent(d.code)}`, "Tra cứu hồ sơ");
      break;
    }
    case "supplementRequest": {
      const items = ((event!.data as { items?: Array<{ name: string; note?: string }> } | null)?.items ?? []);
      pdf.text(`Hồ sơ của: ${d.applicantName}`);
      pdf.text(`Nội dung yêu cầu giải quyết: ${d.procedureVersion.name}`);
      pdf.text(`Mã hồ sơ: ${d.code}`, { gapAfter: 6 });
      pdf.text("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:");
      items.forEach((it, i) => pdf.text(`${i + 1}. ${it.name}${it.note ? ` — ${it.note}` : ""}`, { indent: 14 }));
      pdf.text(`Lý do: ${event!.reason ?? ""}`, { gapAfter: 6 });
      pdf.text(
        `Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với ${officer || "cán bộ tiếp nhận"}, số điện thoại ${agency.phone || "……"} để được hướng dẫn.`,
      );
      pdf.text("Yêu cầu bổ sung được gửi một lần và nêu đầy đủ các giấy tờ cần bổ sung, hoàn thiện.", { style: "italic", size: 11, gapAfter: 14 });
      pdf.columns([[], [{ text: "NGƯỜI HƯỚNG DẪN", style: "bold" }, { text: "(Ký và ghi rõ họ tên)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: officer, style: "bold" }]]);
      break;
    }
    case "refusal": {
      pdf.text(
        `${agency.name} tiếp nhận hồ sơ đề nghị ${d.procedureVersion.name} của ông/bà ${d.applicantName}, mã hồ sơ ${d.code}, nộp ngày ${dmy(d.submittedAt)}.`,
      );
      pdf.text("Sau khi nghiên cứu, đối chiếu với các quy định hiện hành, cơ quan từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:");
      pdf.text(event!.reason ?? "", { indent: 14, style: "bold" });
      pdf.text("Xin thông báo để ông/bà được biết và thực hiện./.", { gapAfter: 14 });
      pdf.columns([[], [{ text: "NGƯỜI TIẾP NHẬN HỒ SƠ", style: "bold" }, { text: "(Ký và ghi rõ họ tên)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: officer, style: "bold" }]]);
      break;
    }
    case "apology": {
      const data = (event!.data ?? {}) as { previousDueAt?: string; newDueAt?: string };
      pdf.text(`Ngày ${dmy(d.receivedAt ?? d.submittedAt)}, ${agency.name} tiếp nhận giải quyết hồ sơ của ông/bà: ${d.applicantName}.`);
      pdf.text(`Nội dung yêu cầu giải quyết: ${d.procedureVersion.name}.`);
      pdf.text(`Mã hồ sơ: ${d.code}.`);
      pdf.text(`Thời gian hẹn trả kết quả giải quyết hồ sơ: ${when(data.previousDueAt ? new Date(data.previousDueAt) : d.dueAt)}.`);
      pdf.text(`Tuy nhiên đến nay, cơ quan chưa trả kết quả giải quyết hồ sơ của ông/bà đúng hẹn.`);
      pdf.text(`Lý do: ${event!.reason ?? ""}`);
      pdf.text(
        `Sự chậm trễ này đã gây phiền hà cho ông/bà. Cơ quan xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào ${when(data.newDueAt ? new Date(data.newDueAt) : d.extendedDueAt)}.`,
      );
      pdf.text("Xin trân trọng cảm ơn sự hợp tác của ông/bà./.", { gapAfter: 14 });
      pdf.columns([[], [{ text: "THỦ TRƯỞNG CƠ QUAN", style: "bold" }, { text: "(Ký, ghi rõ họ tên và đóng dấu)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: officer, style: "bold" }]]);
      break;
    }
    case "stopNotice": {
      pdf.text(`Kính gửi: Ông/bà ${d.applicantName}`, { style: "bold", align: "center", gapAfter: 6 });
      pdf.text(
        `Ngày ${dmy(d.receivedAt ?? d.submittedAt)}, ${agency.name} tiếp nhận hồ sơ đề nghị ${d.procedureVersion.name}, mã hồ sơ ${d.code}.`,
      );
      pdf.text(`${event!.agency?.name ?? agency.name} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${when(event!.createdAt)}.`);
      pdf.text(`Lý do: ${event!.reason ?? ""}`);
      pdf.text("Xin thông báo để ông/bà được biết./.", { gapAfter: 14 });
      pdf.columns([[], [{ text: "THỦ TRƯỞNG CƠ QUAN", style: "bold" }, { text: "(Ký, ghi rõ họ tên và đóng dấu)", style: "italic", size: 10 }, { text: " " }, { text: " " }, { text: officer, style: "bold" }]]);
      break;
    }
    case "controlSlip": {
      const route = parseRoute(d.procedureVersion.route);
      const agencies = [...new Set(d.events.map((e) => e.agency?.name).filter((n): n is string => !!n))];
      pdf.text(`Cơ quan (bộ phận) giải quyết hồ sơ: ${agencies[0] ?? agency.name}`);
      if (route.length > 1 || agencies.length > 1) pdf.text(`Cơ quan phối hợp giải quyết hồ sơ: ${agencies.slice(1).join("; ") || "……"}`);
      pdf.text(`Người nộp hồ sơ: ${d.applicantName} — ${d.procedureVersion.name}`, { gapAfter: 6 });
      const due = d.dueAt;
      const verdictWords: Record<Timeliness, string> = { EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn" };
      const verdict = (t: Date) => (!due ? "" : verdictWords[classifyFinished({ dueAt: due, resolvedAt: t, extended: d.extendedDueAt !== null })]);
      const rows: string[][] = [];
      const events = d.events.filter((e) => e.action !== "submit");
      events.forEach((e, i) => {
        const data = (e.data ?? {}) as Record<string, unknown>;
        const by = `${e.actor?.fullName ?? ""}${e.agency?.name ? ` (${e.agency.name})` : ""}`;
        const next = events[i + 1];
        const handed: Record<string, string> = {
          receive: "Bộ phận tiếp nhận nhận hồ sơ",
          assign: "Giao chuyên viên xử lý",
          reassign: "Giao lại chuyên viên",
          propose: "Chuyên viên trình lãnh đạo",
          approve: e.toStatus === "PROCESSED" ? "Lãnh đạo phê duyệt, giao kết quả cho bộ phận trả kết quả" : "Lãnh đạo phê duyệt phần việc của cơ quan",
          sendBack: "Lãnh đạo trả lại chuyên viên",
          transfer: "Chuyển cơ quan phối hợp",
          requestSupplement: "Yêu cầu bổ sung hồ sơ",
          resubmitSupplement: "Công dân nộp bổ sung",
          returnResult: "Trả kết quả cho công dân",
          refuse: "Từ chối tiếp nhận",
          apologize: "Xin lỗi, hẹn lại ngày trả kết quả",
          stop: "Dừng giải quyết hồ sơ",
          requestFinancialObligation: "Yêu cầu thực hiện nghĩa vụ tài chính",
          confirmFinancialObligation: "Đã thực hiện nghĩa vụ tài chính",
          requestWithdrawal: "Công dân yêu cầu rút hồ sơ",
          acceptWithdrawal: "Đồng ý rút hồ sơ",
          rejectWithdrawal: "Không đồng ý rút hồ sơ",
        };
        const what = handed[e.action] ?? e.action;
        const takenBy = next ? `${next.actor?.fullName ?? ""}${next.agency?.name ? ` (${next.agency.name})` : ""}` : "";
        const result = ["approve", "returnResult"].includes(e.action) && e.toStatus !== "IN_PROCESSING" ? verdict(e.createdAt) : "";
        rows.push([
          `${i + 1}. ${what}`,
          `${when(e.createdAt)}\nGiao: ${by}${takenBy ? `\nNhận: ${takenBy}` : ""}`,
          result,
          [e.reason, typeof data.note === "string" ? data.note : ""].filter(Boolean).join(" — "),
        ]);
      });
      pdf.table(["Bước", "Thời gian giao, nhận hồ sơ", "Kết quả (trước/đúng/quá hạn)", "Ghi chú"], rows, [26, 38, 16, 20], 9.5);
      pdf.text(`Hạn giải quyết: ${when(d.dueAt)}${d.extendedDueAt ? `; đã hẹn lại: ${when(d.extendedDueAt)}` : ""}`, { size: 11 });
      break;
    }
  }
  return { bytes: await pdf.bytes(), fileName: `${FILE_NAMES[kind]}-${d.code}.pdf` };
}

