import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { addDaysToDate, toLocalDate } from "@/lib/domain/calendar";
import { requireOfficer } from "@/lib/server/backoffice/actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  const actor = await requireOfficer("/office/register");
  const t = await getTranslations("office.register");
  const to = toLocalDate(new Date());
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1">{t("intro", { agency: actor.agencyName ?? "—" })}</p>
      <form method="get" action="/office/register/export" className="mt-4 grid max-w-xl gap-4">
        <div>
          <label htmlFor="from" className="block font-semibold">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={addDaysToDate(to, -30)} className="input mt-1" />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={to} className="input mt-1" />
        </div>
        <fieldset>
          <legend className="font-semibold">{t("format")}</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="format" value="xlsx" defaultChecked className="h-5 w-5" /> XLSX (Excel)
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="format" value="csv" className="h-5 w-5" /> CSV
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
