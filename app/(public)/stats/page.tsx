import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/stats/bar-chart";
import { FiguresTable, type FiguresTableLabels } from "@/components/stats/figures-table";
import { DateInput } from "@/components/ui/date-input";
import { readDate } from "@/lib/domain/calendar-date";
import { getStatistics, parseStatisticsParams } from "@/lib/server/stats";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stats");
  return { title: t("title"), description: t("metaDescription"), openGraph: { title: t("title"), description: t("metaDescription") } };
}

/** The filters as the statistics read them: the form's day / month / year fields joined into from / to. */
function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (/^(from|to)(\.(day|month|year))?$/.test(k)) continue;
    for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, one);
  }
  for (const name of ["from", "to"]) {
    const { value } = readDate(sp, name);
    if (value) out.set(name, value);
  }
  return out;
}

export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("stats");
  // The factors named as the rating form asks them (one vocabulary).
  const factorName = await getTranslations("rating.factors");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  const parsed = parseStatisticsParams(toSearchParams(sp), { strict: false });
  // A period refused is shown as it was typed, with the message, above the default period's figures.
  const typed = (name: string) => (parsed.ok ? "" : readDate(sp, name).value);
  const tforms = await getTranslations("forms");
  const dateWords = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const report = await getStatistics(parsed.ok ? parsed.query : {});
  const n = (v: number) => format.number(v);
  const pct = (v: number | null) => (v === null ? t("notApplicable") : `${format.number(v)}%`);
  const name = (x: { name: string; nameEn: string }) => (en ? x.nameEn : x.name);
  const day = (s: string) => format.dateTime(new Date(`${s}T00:00:00+07:00`), { dateStyle: "medium" });
  const labels = (caption: string): FiguresTableLabels => ({
    caption,
    name: t("name"),
    received: t("received"),
    receivedOnline: t("receivedOnline"),
    finishedEarly: t("finishedEarly"),
    finishedOnTime: t("finishedOnTime"),
    finishedLate: t("finishedLate"),
    openWithin: t("openWithin"),
    openOverdue: t("openOverdue"),
    refusedAtDesk: t("refusedAtDesk"),
    onlineShare: t("onlineShare"),
    onTimeRate: t("onTimeRate"),
    satisfiedShare: t("satisfiedShare"),
    notApplicable: t("notApplicable"),
    notApplicableLabel: t("notApplicableLabel"),
  });
  const query = new URLSearchParams({ from: report.from, to: report.to, ...(report.agency ? { agency: report.agency.code } : {}), ...(report.field ? { field: report.field.code } : {}) });
  const totals = report.totals;
  const r = report.totalRates;
  const cards: Array<[string, string]> = [
    [t("received"), n(r.received)],
    [t("finished"), n(r.finished)],
    [t("onTimeRate"), pct(r.onTimeRate)],
    [t("onlineShare"), pct(r.onlineShare)],
    [t("satisfiedShare"), pct(r.satisfiedShare)],
    [t("openOverdue"), n(totals.openOverdue)],
    [t("refusedAtDesk"), n(totals.refusedAtDesk)],
  ];

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("lead")}</p>

      <form method="get" action="/stats" className="mt-6 grid gap-4 rounded-lg border-2 border-line p-4 sm:grid-cols-2 xl:grid-cols-4 xl:items-end" aria-labelledby="stats-filters">
        <h2 id="stats-filters" className="text-lg sm:col-span-2 xl:col-span-4">
          {t("filters")}
        </h2>
        {!parsed.ok ? (
          <div role="alert" className="rounded border-l-4 border-accent-700 bg-white p-3 font-semibold text-accent-700 sm:col-span-2 xl:col-span-4">
            {t("invalid")}
          </div>
        ) : null}
        <p id="stats-date-hint" className="text-sm text-muted sm:col-span-2 xl:col-span-4">{t("dateHint")}</p>
        <fieldset aria-describedby="stats-date-hint">
          <legend className="font-semibold">{t("from")}</legend>
          <DateInput id="stats-from" name="from" value={typed("from") || report.from} words={dateWords} invalid={!parsed.ok && parsed.param === "from"} />
        </fieldset>
        <fieldset aria-describedby="stats-date-hint">
          <legend className="font-semibold">{t("to")}</legend>
          <DateInput id="stats-to" name="to" value={typed("to") || report.to} words={dateWords} invalid={!parsed.ok && parsed.param === "to"} />
        </fieldset>
        <div>
          <label htmlFor="stats-agency" className="block font-semibold">{t("agency")}</label>
          <select id="stats-agency" name="agency" defaultValue={report.agency?.code ?? ""} className="input">
            <option value="">{t("all")}</option>
            {report.agencies.map((a) => (
              <option key={a.code} value={a.code}>{name(a)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stats-field" className="block font-semibold">{t("field")}</label>
          <select id="stats-field" name="field" defaultValue={report.field?.code ?? ""} className="input">
            <option value="">{t("all")}</option>
            {report.fields.map((f) => (
              <option key={f.code} value={f.code}>{name(f)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end sm:col-span-2 xl:col-span-4">
          <button type="submit" className="btn btn-primary">{t("apply")}</button>
        </div>
      </form>

      <section aria-labelledby="stats-summary" className="mt-8">
        <h2 id="stats-summary" className="text-2xl">{t("summary")}</h2>
        <p className="mt-1 text-muted">
          {t("period", { from: day(report.from), to: day(report.to) })}
          {report.agency ? ` · ${name(report.agency)}` : ""}
          {report.field ? ` · ${name(report.field)}` : ""}
          {" · "}
          {report.refreshedAt ? t("refreshedAt", { time: format.dateTime(new Date(report.refreshedAt), { dateStyle: "short", timeStyle: "short" }) }) : t("notRefreshed")}
        </p>
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {cards.map(([label, value]) => (
            <div key={label} className="flex flex-col-reverse rounded-lg bg-brand-50 p-4">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold text-brand-800">{value}</dd>
            </div>
          ))}
        </dl>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          {(
            [
              ["receivedOnline", totals.receivedOnline],
              ["receivedCounter", totals.receivedCounter],
              ["receivedPost", totals.receivedPost],
              ["finishedEarly", totals.finishedEarly],
              ["finishedOnTime", totals.finishedOnTime],
              ["finishedLate", totals.finishedLate],
              ["openWithin", totals.openWithin],
              ["rated", totals.rated],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="flex justify-between gap-3 border-b border-line py-1">
              <dt>{t(key)}</dt>
              <dd className="font-semibold tabular-nums">{n(value)}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-3 border-b border-line py-1">
            <dt>{t("feedbackOnTime")}</dt>
            <dd className="font-semibold tabular-nums">{pct(r.feedbackOnTimeRate)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="stats-scorecard" className="mt-10">
        <h2 id="stats-scorecard" className="text-2xl">{t("scorecard")}</h2>
        <p className="mt-1 text-muted">{t("scorecardLead")}</p>
        <div className="mt-4 overflow-x-auto" role="region" aria-labelledby="stats-scorecard" tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="px-3 py-2">{t("group")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("score")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("max")}</th>
                <th scope="col" className="px-3 py-2">{t("formula")}</th>
              </tr>
            </thead>
            <tbody>
              {report.scorecard.map((line) => (
                <tr key={line.group} className="border-b border-line align-top">
                  <th scope="row" className="px-3 py-2 text-left font-semibold">{t(`groups.${line.group}`)}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{line.score === null ? t("notMeasured") : format.number(line.score)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{line.max}</td>
                  <td className="px-3 py-2">
                    {t(line.formulaKey, Object.fromEntries(Object.entries(line.inputs).map(([k, v]) => [k, /Share|Rate$|Pct$/.test(k) ? pct(v) : v === null ? t("notApplicable") : format.number(v)])))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="stats-sipas" className="mt-10">
        <h2 id="stats-sipas" className="text-2xl">{t("sipas")}</h2>
        <p className="mt-1 text-muted">{t("sipasLead", { rated: n(report.totals.rated) })}</p>
        <table className="table-stack mt-4 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="px-3 py-2">{t("sipasFactor")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("sipasSatisfied")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("sipasShare")}</th>
            </tr>
          </thead>
          <tbody>
            {report.sipas.factors.map((f) => (
              <tr key={f.factor} className="border-b border-line">
                <th scope="row" className="px-3 py-2 text-left font-normal">{factorName(f.factor)}</th>
                <td data-label={t("sipasSatisfied")} className="px-3 py-2 text-right tabular-nums">{n(f.satisfied)}</td>
                <td data-label={t("sipasShare")} className="px-3 py-2 text-right tabular-nums">{pct(f.share)}</td>
              </tr>
            ))}
            <tr className="border-b border-line">
              <th scope="row" className="px-3 py-2 text-left font-semibold">{t("sipasIndex")}</th>
              <td data-label={t("sipasSatisfied")} className="px-3 py-2 text-right" />
              <td data-label={t("sipasShare")} className="px-3 py-2 text-right font-semibold tabular-nums">{pct(report.sipas.index)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="stats-agency" className="mt-10">
        <h2 id="stats-agency" className="text-2xl">{t("byAgency")}</h2>
        {report.byAgency.length === 0 ? <p className="mt-2">{t("noData")}</p> : <FiguresTable rows={report.byAgency} labels={labels(t("byAgency"))} en={en} format={n} />}
        <p className="mt-2 text-sm text-muted">{t("feedbackNote")}</p>
      </section>

      <section aria-labelledby="stats-field" className="mt-10">
        <h2 id="stats-field" className="text-2xl">{t("byField")}</h2>
        {report.byField.length === 0 ? <p className="mt-2">{t("noData")}</p> : <FiguresTable rows={report.byField} labels={labels(t("byField"))} en={en} format={n} />}
      </section>

      <section aria-labelledby="stats-month" className="mt-10">
        <h2 id="stats-month" className="text-2xl">{t("byMonth")}</h2>
        {report.byMonth.length === 0 ? (
          <p className="mt-2">{t("noData")}</p>
        ) : (
          <>
            <div className="mt-4">
              <BarChart
                id="chart-month"
                title={t("chartTitle")}
                description={t("chartDescription")}
                categories={report.byMonth.map((m) => m.month)}
                series={[
                  { label: t("chartReceived"), color: "#124a8f", values: report.byMonth.map((m) => m.rates.received) },
                  { label: t("chartFinished"), color: "#1e6b34", values: report.byMonth.map((m) => m.rates.finished) },
                ]}
              />
            </div>
            <div className="mt-4 overflow-x-auto" role="region" aria-label={t("byMonth")} tabIndex={0}>
              <table className="w-full min-w-[36rem] border-collapse text-sm">
                <caption className="sr-only">{t("chartTitle")}</caption>
                <thead>
                  <tr className="border-b-2 border-ink text-left">
                    <th scope="col" className="px-3 py-2">{t("month")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("chartReceived")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("chartFinished")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("onTimeRate")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("onlineShare")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.byMonth.map((m) => (
                    <tr key={m.month} className="border-b border-line">
                      <th scope="row" className="px-3 py-2 text-left font-semibold">{m.month}</th>
                      <td className="px-3 py-2 text-right tabular-nums">{n(m.rates.received)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(m.rates.finished)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{pct(m.rates.onTimeRate)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{pct(m.rates.onlineShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="stats-download" className="mt-10">
        <h2 id="stats-download" className="text-2xl">{t("download")}</h2>
        <ul className="mt-2 list-disc pl-6">
          <li><a href={`/api/v1/stats?${query}&format=csv${en ? "&lang=en" : ""}`}>{t("downloadCsv")}</a></li>
          <li><a href={`/api/v1/stats?${query}`}>{t("downloadJson")}</a></li>
        </ul>
        <h2 className="mt-8 text-xl">{t("rules")}</h2>
        <p className="mt-2 max-w-3xl">{t("rulesBody")}</p>
      </section>
    </div>
  );
}
