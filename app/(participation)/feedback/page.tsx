import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listPublishedFeedback } from "@/lib/server/feedback/feedback";
import { publicListSchema } from "@/lib/server/feedback/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("title"), description: t("metaDescription") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FeedbackListPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("feedback");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  const parsed = publicListSchema.safeParse({ q: typeof sp.q === "string" ? sp.q : undefined, page: typeof sp.page === "string" ? sp.page : undefined });
  const { q, page } = parsed.success ? parsed.data : { q: undefined, page: 1 };
  const result = await listPublishedFeedback(q, page);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (p: number) => `/feedback?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("lead")}</p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href="/feedback/new" className="btn btn-primary">{t("send")}</Link>
        <Link href="/feedback/mine" className="btn btn-secondary">{t("mine")}</Link>
      </p>

      <section aria-labelledby="fb-public" className="mt-10">
        <h2 id="fb-public" className="text-2xl">{t("publicList")}</h2>
        <form method="get" action="/feedback" role="search" className="mt-4 flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="fb-q" className="block font-semibold">{t("search")}</label>
            <input id="fb-q" name="q" type="search" defaultValue={q ?? ""} className="input" />
          </div>
          <button type="submit" className="btn btn-primary">{t("searchButton")}</button>
        </form>
        <p className="mt-4 text-muted" role="status">{t("results", { total: result.total })}</p>
        {result.items.length === 0 ? (
          <p className="mt-2">{t("noResults")}</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {result.items.map((item) => (
              <li key={item.code} className="rounded-lg border-2 border-line p-5">
                <h3 className="text-lg">{item.publicSubject}</h3>
                <p className="text-sm text-muted">{t("code")}: {item.code}</p>
                <h4 className="mt-3 font-semibold">{t("question")}</h4>
                <p className="whitespace-pre-line">{item.publicBody}</p>
                <div className="mt-3 rounded bg-brand-50 p-3">
                  <h4 className="font-semibold">{t("answer")}</h4>
                  <p className="text-sm text-muted">
                    {t("answeredBy", { agency: en ? item.agency.nameEn : item.agency.name, date: item.answeredAt ? format.dateTime(item.answeredAt, { dateStyle: "medium" }) : "" })}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{item.publicAnswer}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav aria-label={t("page", { page })} className="mt-6 flex gap-4">
            {page > 1 ? <Link href={link(page - 1)}>{t("prev")}</Link> : null}
            {page < pages ? <Link href={link(page + 1)}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
