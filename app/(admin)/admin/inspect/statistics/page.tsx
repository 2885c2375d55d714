import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DateInput } from "@/components/ui/date-input";
import { readDate } from "@/lib/domain/calendar-date";
import { requireAdministration } from "@/lib/server/admin/session";
import { getStatistics, statisticsQuerySchema } from "@/lib/server/stats/query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.inspect");
  return { title: t("statistics") };
}

/** Figures per agency over a period, read-only (every view by an inspector is audited). */
export default async function InspectStatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  // The dates come as day / month / year (or from=YYYY-MM-DD in a link); a wrong one is refused below.
  const from = readDate(sp, "from");
  const to = readDate(sp, "to");
  const raw: Record<string, string> = {};
  if (from.value) raw.from = from.value;
  if (to.value) raw.to = to.value;
  if (typeof sp.agency === "string" && sp.agency !== "") raw.agency = sp.agency;
  const actor = await requireAdministration(`/admin/inspect/statistics?${new URLSearchParams(raw)}`);
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const parsed = statisticsQuerySchema.safeParse(raw);
  const [t, tforms, report] = await Promise.all([getTranslations("admin"), getTranslations("forms"), getStatistics(parsed.success ? parsed.data : {})]);
  const words = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const pct = (v: number | null) => (v === null ? "—" : `${v.toLocaleString("vi-VN")} %`);
  return (
    <div className="container-page py-6">
      <p>
        <Link href="/admin/inspect">{t("inspect.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("inspect.statistics")}</h1>
      <p className="mt-1">{t("inspect.statisticsLead", { from: report.from, to: report.to })}</p>
      {!parsed.success ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t("inspect.badPeriod")}
        </p>
      ) : null}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <fieldset>
          <legend className="font-semibold">{t("inspect.from")}</legend>
          <DateInput id="from" name="from" value={parsed.success ? report.from : from.value || report.from} words={words} invalid={!from.valid} />
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("inspect.to")}</legend>
          <DateInput id="to" name="to" value={parsed.success ? report.to : to.value || report.to} words={words} invalid={!to.valid} />
        </fieldset>
        <button type="submit" className="btn btn-secondary">
          {t("procedures.filter")}
        </button>
      </form>
      <div className="mt-4 overflow-x-auto" role="region" aria-label={t("inspect.statistics")} tabIndex={0}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("inspect.statistics")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("inspect.agency")}</th>
              <th scope="col" className="p-2">{t("inspect.received")}</th>
              <th scope="col" className="p-2">{t("inspect.finished")}</th>
              <th scope="col" className="p-2">{t("inspect.onTime")}</th>
              <th scope="col" className="p-2">{t("inspect.open")}</th>
              <th scope="col" className="p-2">{t("inspect.overdue")}</th>
            </tr>
          </thead>
          <tbody>
            {[...report.byAgency, { code: "", name: t("inspect.total"), nameEn: "", figures: report.totals, rates: report.totalRates }].map((r) => (
              <tr key={r.code || "total"} className="border-b border-line">
                <th scope="row" className="p-2 text-left font-normal">
                  {r.name}
                </th>
                <td className="p-2">{r.rates.received}</td>
                <td className="p-2">{r.rates.finished}</td>
                <td className="p-2">{pct(r.rates.onTimeRate)}</td>
                <td className="p-2">{r.figures.openWithin + r.figures.openOverdue}</td>
                <td className="p-2">{r.figures.openOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
