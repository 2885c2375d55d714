import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/office/format";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { leaderDashboard, type DashboardFigures } from "@/lib/server/backoffice/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.dashboard");
  return { title: t("title"), robots: { index: false } };
}

const COLUMNS = ["open", "dueThisWeek", "late", "nearlyLate", "receptionOverdue", "needsReassignment"] as const satisfies ReadonlyArray<keyof DashboardFigures>;
const ALERT: Partial<Record<(typeof COLUMNS)[number], string>> = { late: "text-accent-700", receptionOverdue: "text-accent-700", nearlyLate: "text-warn-700", needsReassignment: "text-accent-700" };

export default async function DashboardPage() {
  const actor = await requireOfficer("/office/dashboard");
  const board = await leaderDashboard(actor);
  if (!board) notFound();
  const t = await getTranslations("office.dashboard");
  const statusName = await getTranslations("office.statuses");
  // The last day of the week, for "this week ends at the end of …".
  const lastDay = formatDate(new Date(board.weekEnd.getTime() - 1), "vi");

  const cells = (f: DashboardFigures) =>
    COLUMNS.map((c) => (
      <td key={c} data-label={t(c)} className={`py-2 pr-3 tabular-nums ${f[c] > 0 && ALERT[c] ? `font-semibold ${ALERT[c]}` : ""}`}>
        {f[c]}
      </td>
    ));

  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("intro", { agency: actor.agencyName ?? "—", weekEnd: lastDay })}</p>
      {board.agencies.length === 0 && <p className="mt-4">{t("none")}</p>}
      {board.agencies.map((a) => (
        <section key={a.id} aria-labelledby={`agency-${a.id}`} className="mt-8">
          <h2 id={`agency-${a.id}`} className="text-2xl">
            {a.name}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {COLUMNS.map((c) => (
              <li key={c} className={`rounded border px-3 py-2 ${a[c] > 0 && ALERT[c] ? `border-2 ${ALERT[c]}` : "border-line"}`}>
                {t(c)}: <strong>{a[c]}</strong>
              </li>
            ))}
          </ul>
          {a.byStatus.length > 0 && (
            <>
              <h3 id={`status-${a.id}`} className="mt-4 text-lg font-semibold">
                {t("byStatus")}
              </h3>
              <ul aria-labelledby={`status-${a.id}`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {a.byStatus.map((s) => (
                  <li key={s.status}>
                    {statusName(s.status)}: <strong className="tabular-nums">{s.count}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          <table className="table-stack mt-4 w-full border-collapse text-left">
            <caption className="sr-only">{t("agencyTable", { agency: a.name })}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  {t("officer")}
                </th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.officers.map((o) => (
                <tr key={o.userId ?? "none"} className="border-b border-line align-top">
                  <td className="py-2 pr-3 font-semibold">
                    {o.name ?? t("unassigned")}
                    {o.gone && <span className="block text-sm font-normal text-accent-700">({t("gone")})</span>}
                  </td>
                  {cells(o)}
                </tr>
              ))}
            </tbody>
          </table>
          {a.late > 0 && (
            <p className="mt-2">
              <Link href="/office?overdue=1">{t("viewLate")}</Link>
            </p>
          )}
        </section>
      ))}
      <section aria-labelledby="time-taken" className="mt-10">
        <h2 id="time-taken" className="text-2xl">
          {t("timeTaken.heading")}
        </h2>
        <p className="mt-1 text-muted">{t("timeTaken.lead")}</p>
        {board.timeTaken.length === 0 ? (
          <p className="mt-2">{t("timeTaken.none")}</p>
        ) : (
          <table className="table-stack mt-4 w-full border-collapse text-left">
            <caption className="sr-only">{t("timeTaken.heading")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  {t("timeTaken.procedure")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("timeTaken.count")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("timeTaken.average")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("timeTaken.limit")}
                </th>
              </tr>
            </thead>
            <tbody>
              {board.timeTaken.map((r) => {
                const days = (n: number) => t(r.unit === "CALENDAR_DAY" ? "timeTaken.calendarDays" : "timeTaken.workingDays", { n: n.toLocaleString("vi-VN") });
                return (
                  <tr key={r.procedureCode} className="border-b border-line align-top">
                    <td className="py-2 pr-3 font-semibold">{r.procedureName}</td>
                    <td data-label={t("timeTaken.count")} className="py-2 pr-3 tabular-nums">
                      {r.count}
                    </td>
                    <td data-label={t("timeTaken.average")} className={`py-2 pr-3 tabular-nums ${r.over ? "font-semibold text-accent-700" : ""}`}>
                      {days(r.averageDays)}
                      {r.over && <span className="block text-sm">({t("timeTaken.over")})</span>}
                    </td>
                    <td data-label={t("timeTaken.limit")} className="py-2 pr-3 tabular-nums">
                      {days(r.limitDays)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
