import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/office/format";
import { DateInput } from "@/components/ui/date-input";
import { readDate } from "@/lib/domain/calendar-date";
import { inspectRegister } from "@/lib/server/admin/inspection";
import { requireAdministration } from "@/lib/server/admin/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.inspect");
  return { title: t("title") };
}

type SP = Promise<Record<string, string | string[] | undefined>>;

/** The register across the province, read-only (every view by an inspector is audited). */
export default async function InspectRegisterPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  // The filter dates come as day / month / year (or from=YYYY-MM-DD in a link); the query and the
  // page links carry them as YYYY-MM-DD. A wrong date is not applied, and the page says so.
  const from = readDate(sp, "from");
  const to = readDate(sp, "to");
  const params = new URLSearchParams(Object.entries(sp).filter((e): e is [string, string] => typeof e[1] === "string" && !/^(from|to)(\.(day|month|year))?$/.test(e[0])));
  if (from.value && from.valid) params.set("from", from.value);
  if (to.value && to.valid) params.set("to", to.value);
  const actor = await requireAdministration(`/admin/inspect?${params}`);
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const [t, office, tforms, locale, data] = await Promise.all([getTranslations("admin"), getTranslations("office"), getTranslations("forms"), getLocale(), inspectRegister(actor, Object.fromEntries(params))]);
  const words = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    p.set("page", String(page));
    return `/admin/inspect?${p}`;
  };
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("inspect.title")}</h1>
      <p className="mt-1">{t("inspect.lead")}</p>
      <p className="mt-2">
        <Link href="/admin/inspect/statistics">{t("inspect.statisticsLink")}</Link>
      </p>
      {!from.valid || !to.valid ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t("inspect.badDate")}
        </p>
      ) : null}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("inspect.q")}
          </label>
          <input id="q" name="q" defaultValue={one("q")} className="input mt-1 w-72" />
        </div>
        <div>
          <label htmlFor="agency" className="block font-semibold">
            {t("inspect.agency")}
          </label>
          <input id="agency" name="agency" defaultValue={one("agency")} className="input mt-1 w-48" />
        </div>
        <fieldset>
          <legend className="font-semibold">{t("inspect.from")}</legend>
          <DateInput id="from" name="from" value={from.value} words={words} invalid={!from.valid} />
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("inspect.to")}</legend>
          <DateInput id="to" name="to" value={to.value} words={words} invalid={!to.valid} />
        </fieldset>
        <button type="submit" className="btn btn-secondary">
          {t("procedures.filter")}
        </button>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("inspect.caption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("inspect.code")}</th>
              <th scope="col" className="p-2">{t("inspect.procedure")}</th>
              <th scope="col" className="p-2">{t("inspect.applicant")}</th>
              <th scope="col" className="p-2">{t("inspect.submittedAt")}</th>
              <th scope="col" className="p-2">{t("inspect.status")}</th>
              <th scope="col" className="p-2">{t("inspect.currentAgency")}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} className="border-b border-line align-top">
                <td className="p-2 font-mono">
                  <Link href={`/admin/inspect/${r.id}`}>{r.code}</Link>
                </td>
                <td className="p-2">{r.procedureVersion.name}</td>
                <td className="p-2">{r.applicantName}</td>
                <td className="p-2">{formatDateTime(r.submittedAt, locale)}</td>
                <td className="p-2">{office(`statuses.${r.status}`)}</td>
                <td className="p-2">{r.currentAgency.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.rows.length === 0 ? <p className="mt-2">{t("inspect.none")}</p> : null}
      </div>
      <nav aria-label={t("inspect.pages")} className="mt-4 flex gap-4">
        {data.query.page > 1 ? <Link href={pageHref(data.query.page - 1)}>{t("inspect.previous")}</Link> : null}
        {data.hasMore ? <Link href={pageHref(data.query.page + 1)}>{t("inspect.next")}</Link> : null}
      </nav>
    </div>
  );
}
