import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatDay } from "@/lib/server/dossiers/i18n";
import { requireUser } from "@/lib/server/auth/session";
import { listDrafts } from "@/lib/server/dossiers/drafts";
import { listMyDossiers } from "@/lib/server/dossiers/mine";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("my");
  return { title: t("dossiers.title") };
}

export default async function MyDossiersPage() {
  const user = await requireUser("/my/dossiers");
  const t = await getTranslations("my");
  const ts = await getTranslations("dossierStatus");
  const locale = await getLocale();
  const [dossiers, drafts] = await Promise.all([listMyDossiers(user.id), listDrafts(user.id)]);
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("dossiers.title")}</h1>
      <p className="mt-2">
        <Link href="/file" className="btn btn-primary mt-2">
          {t("dossiers.fileNew")}
        </Link>
      </p>
      {drafts.length > 0 ? (
        <p className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          {t("dossiers.draftsNote", { count: drafts.length })} <Link href="/my/drafts">{t("dossiers.draftsLink")}</Link>
        </p>
      ) : null}
      <h2 className="mt-8 text-2xl">{t("dossiers.submitted")}</h2>
      {dossiers.length === 0 ? (
        <p className="mt-3">{t("dossiers.none")}</p>
      ) : (
        <div className="mt-3">
          <table className="table-stack w-full border-collapse text-left">
            <caption className="sr-only">{t("dossiers.submitted")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t("dossiers.code")}</th>
                <th scope="col" className="py-2 pr-4">{t("dossiers.procedure")}</th>
                <th scope="col" className="py-2 pr-4">{t("dossiers.status")}</th>
                <th scope="col" className="py-2 pr-4">{t("dossiers.submittedAt")}</th>
                <th scope="col" className="py-2">{t("dossiers.dueAt")}</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((d) => (
                <tr key={d.id} className="border-b border-line align-top">
                  <td className="py-3 pr-4">
                    <Link href={`/my/dossiers/${d.id}`} className="font-semibold break-all">
                      {d.code}
                    </Link>
                  </td>
                  <td className="py-3 pr-4" data-label={t("dossiers.procedure")}>
                    {d.procedureName}
                    <div className="text-sm text-muted">{locale === "en" ? d.agencyNameEn : d.agencyName}</div>
                  </td>
                  <td className="py-3 pr-4" data-label={t("dossiers.status")}>
                    {ts(d.status)}
                  </td>
                  <td className="py-3 pr-4" data-label={t("dossiers.submittedAt")}>
                    {formatDateTime(d.submittedAt)}
                  </td>
                  <td className="py-3" data-label={t("dossiers.dueAt")}>
                    {d.dueAt ? formatDay(d.dueAt) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
