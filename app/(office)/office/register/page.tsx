import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DateInput } from "@/components/ui/date-input";
import { addDaysToDate, toLocalDate } from "@/lib/domain/calendar";
import { readDate } from "@/lib/domain/calendar-date";
import { requireOfficer } from "@/lib/server/backoffice/actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.register");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOfficer("/office/register");
  const sp = await searchParams;
  const [t, tforms] = await Promise.all([getTranslations("office.register"), getTranslations("forms")]);
  const words = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const today = toLocalDate(new Date());
  // A wrong date comes back from the download (export/route.ts) as it was typed.
  const from = readDate(sp, "from");
  const to = readDate(sp, "to");
  const wrong = sp.error === "date" || !from.valid || !to.valid;
  const format = sp.format === "csv" ? "csv" : "xlsx";
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1">{t("intro", { agency: actor.agencyName ?? "—" })}</p>
      {wrong ? (
        <p role="alert" className="mt-4 max-w-xl rounded border-4 border-accent-700 p-3 font-semibold">
          {t("wrongDate")}
        </p>
      ) : null}
      <form method="get" action="/office/register/export" className="mt-4 grid max-w-xl gap-4">
        <p id="register-date-hint" className="text-sm text-muted">
          {t("dateHint")}
        </p>
        <fieldset aria-describedby="register-date-hint">
          <legend className="font-semibold">{t("from")}</legend>
          <DateInput id="from" name="from" value={from.value || addDaysToDate(today, -30)} words={words} invalid={!from.valid} />
        </fieldset>
        <fieldset aria-describedby="register-date-hint">
          <legend className="font-semibold">{t("to")}</legend>
          <DateInput id="to" name="to" value={to.value || today} words={words} invalid={!to.valid} />
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("format")}</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="format" value="xlsx" defaultChecked={format === "xlsx"} className="h-5 w-5" /> XLSX (Excel)
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="format" value="csv" defaultChecked={format === "csv"} className="h-5 w-5" /> CSV
          </label>
        </fieldset>
        <div>
          <button type="submit" className="btn btn-primary">
            {t("download")}
          </button>
        </div>
      </form>
    </div>
  );
}
