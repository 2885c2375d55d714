import type { StatisticsReport } from "./query";

const HEADER = [
  "code",
  "name",
  "received_online",
  "received_counter",
  "received_post",
  "finished_early",
  "finished_on_time",
  "finished_late",
  "open_within",
  "open_overdue",
  "online_share_pct",
  "on_time_rate_pct",
  "rated",
  "rated_satisfied",
  "satisfied_share_pct",
  "feedback_received",
  "feedback_answered",
  "feedback_answered_on_time",
  "refused_at_desk",
];

function cell(v: string | number | null): string {
  if (v === null) return "";
  const s = String(v);
  // Quote, and neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The per-agency table as CSV (UTF-8 with BOM, so spreadsheet programs show Vietnamese right). */
export function statisticsCsv(report: StatisticsReport, locale: "vi" | "en"): string {
  const rows = report.byAgency.map((r) => {
    const f = r.figures;
    return [
      r.code,
      locale === "en" ? r.nameEn : r.name,
      f.receivedOnline,
      f.receivedCounter,
      f.receivedPost,
      f.finishedEarly,
      f.finishedOnTime,
      f.finishedLate,
      f.openWithin,
      f.openOverdue,
      r.rates.onlineShare,
      r.rates.onTimeRate,
      f.rated,
      f.ratedSatisfied,
      r.rates.satisfiedShare,
      f.feedbackReceived,
      f.feedbackAnswered,
      f.feedbackAnsweredOnTime,
      f.refusedAtDesk,
    ].map(cell);
  });
  return "\uFEFF" + [HEADER, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
}
