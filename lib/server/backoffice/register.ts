/**
 * The dossier register (sổ theo dõi hồ sơ, form 7 of DOMAIN.md): every dossier received by the
 * officer's agency (a leader: and below; and any agency merged into them) in a date range, as CSV (UTF-8 with BOM, for Excel) or XLSX.
 */
import { z } from "zod";
import writeXlsxFile from "write-excel-file/node";
import { db } from "@/lib/db";
import { addDaysToDate, fromLocal, toLocalDate } from "@/lib/domain/calendar";
import { calendarDateSchema } from "@/lib/domain/calendar-date";
import type { Status } from "@/lib/domain/workflow";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { formatDateTime, translatorFor } from "@/lib/server/dossiers/i18n";
import { notFound } from "@/lib/server/errors";
import { audit } from "@/lib/server/audit";
import { finishedOnTime, resolvedAtOf } from "@/lib/domain/timeliness";
import { isOfficer, queueAgencyIds, withMergedAgencies } from "./scope";
import type { Actor } from "./types";

const isoDate = calendarDateSchema;
export const registerQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["csv", "xlsx"]).default("csv"),
  })
  .transform((v) => {
    const today = toLocalDate(new Date());
    const to = v.to ?? today;
    const from = v.from ?? addDaysToDate(to, -30);
    return { ...v, from: from <= to ? from : to, to: from <= to ? to : from };
  });
export type RegisterQuery = z.output<typeof registerQuerySchema>;

export const REGISTER_MAX_ROWS = 50_000;

const COLUMNS = ["no", "code", "procedure", "applicant", "citizenId", "channel", "submittedAt", "receivedAt", "dueAt", "extendedDueAt", "finishedAt", "status", "agency", "onTime", "feesPaid"] as const;

export async function registerRows(actor: Actor, q: RegisterQuery, localeIn: string) {
  if (!isOfficer(actor)) throw notFound();
  const locale: Locale = isLocale(localeIn) ? localeIn : "vi";
  // A merged agency's dossiers stay in the register of the agency it was merged into.
  const agencyIds = await withMergedAgencies(db(), await queueAgencyIds(db(), actor));
  const rows = await db().dossier.findMany({
    where: { receivingAgencyId: { in: agencyIds }, submittedAt: { gte: fromLocal(q.from), lt: fromLocal(addDaysToDate(q.to, 1)) } },
    orderBy: [{ submittedAt: "asc" }, { code: "asc" }],
    take: REGISTER_MAX_ROWS,
    select: {
      code: true, applicantName: true, applicantCitizenId: true, channel: true, submittedAt: true, receivedAt: true, dueAt: true,
      extendedDueAt: true, finishedAt: true, status: true,
      events: { where: { toStatus: "PROCESSED" }, orderBy: { id: "asc" }, take: 1, select: { createdAt: true } },
      procedureVersion: { select: { name: true } }, currentAgency: { select: { name: true } },
      // Fees collected: each paid request once (a request is paid once, online or at the desk).
      payments: { where: { status: "PAID" }, select: { amount: true } },
    },
  });
  const t = await translatorFor(locale, "office");
  const header = COLUMNS.map((c) => t(`register.columns.${c}`));
  const dt = (d: Date | null) => (d ? formatDateTime(d) : "");
  const onTimeCell = (v: boolean | null) => (v === null ? "" : v ? t("register.yes") : t("register.no"));
  const body = rows.map((r, i) => [
    String(i + 1),
    r.code,
    r.procedureVersion.name,
    r.applicantName,
    r.applicantCitizenId ?? "",
    t(`dossier.channels.${r.channel}`),
    dt(r.submittedAt),
    dt(r.receivedAt),
    dt(r.dueAt),
    dt(r.extendedDueAt),
    dt(r.finishedAt),
    t(`statuses.${r.status as Status}`),
    r.currentAgency.name,
    onTimeCell(finishedOnTime({ dueAt: r.dueAt, extendedDueAt: r.extendedDueAt, resolvedAt: resolvedAtOf({ status: r.status, processedAt: r.events[0]?.createdAt ?? null, finishedAt: r.finishedAt }) })),
    r.payments.length === 0 ? "" : String(r.payments.reduce((sum, p) => sum + p.amount, 0)),
  ]);
  return { header, body };
}

function csvCell(v: string): string {
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function exportRegister(actor: Actor, q: RegisterQuery, locale: string): Promise<{ bytes: Uint8Array; contentType: string; fileName: string }> {
  const { header, body } = await registerRows(actor, q, locale);
  // Each export of the register (personal data of every applicant in the range) is audited.
  await db().$transaction((tx) =>
    audit(tx, { actorId: actor.userId, action: "register.export", entity: "Register", data: { from: q.from, to: q.to, format: q.format, rows: body.length } }),
  );
  const fileName = `so-theo-doi-ho-so_${q.from}_${q.to}.${q.format}`;
  if (q.format === "xlsx") {
    const data = [header.map((h) => ({ value: h, fontWeight: "bold" as const })), ...body.map((r) => r.map((v) => ({ value: v })))];
    const buffer = await writeXlsxFile(data, { columns: header.map((_, i) => ({ width: i === 2 ? 50 : 20 })) }).toBuffer();
    return { bytes: new Uint8Array(buffer), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName };
  }
  const csv = "\ufeff" + [header, ...body].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  return { bytes: new TextEncoder().encode(csv), contentType: "text/csv; charset=utf-8", fileName };
}
