import { formatDateTime } from "@/lib/domain/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { listAgencyFeedback } from "@/lib/server/feedback/feedback";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.office");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const FILTERS = ["", "OPEN", "REOPENED", "ANSWERED", "OVERDUE"] as const;

export default async function OfficeFeedbackPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOfficer("/office/feedback");
  const t = await getTranslations("feedback");
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  const status = FILTERS.find((f) => f !== "" && f === sp.status);
  const items = await listAgencyFeedback(actor, { status: status || undefined });
  const now = new Date();
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("office.title")}</h1>
      <nav aria-label={t("office.filter")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <li key={f || "all"}>
              <Link href={f ? `/office/feedback?status=${f}` : "/office/feedback"} aria-current={(status ?? "") === f ? "page" : undefined} className="btn btn-secondary aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
                {f === "" ? t("office.all") : f === "OVERDUE" ? t("office.overdueOnly") : t(`statuses.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="mt-6">{t("office.none")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto" role="region" aria-label={t("office.title")} tabIndex={0}>
          <table className="w-full min-w-[44rem] border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="px-3 py-2">{t("code")}</th>
                <th scope="col" className="px-3 py-2">{t("subject")}</th>
                <th scope="col" className="px-3 py-2">{t("agency")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
                <th scope="col" className="px-3 py-2">{t("dueAt")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((fb) => {
                const overdue = (fb.status === "OPEN" || fb.status === "REOPENED") && fb.dueAt < now;
                return (
                  <tr key={fb.id} className={`border-b border-line ${overdue ? "bg-[#fdecea]" : ""}`}>
                    <td className="px-3 py-2 font-mono"><Link href={`/office/feedback/${fb.id}`}>{fb.code}</Link></td>
                    <td className="px-3 py-2">{fb.subject}</td>
                    <td className="px-3 py-2">{en ? fb.agency.nameEn : fb.agency.name}</td>
                    <td className="px-3 py-2">
                      {t(`statuses.${fb.status}`)}
                      {fb.published ? ` · ${t("office.published")}` : ""}
                    </td>
                    <td className="px-3 py-2">
                      {formatDateTime(fb.dueAt)}
                      {overdue ? <strong className="ml-2 text-accent-700">{t("overdue")}</strong> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
