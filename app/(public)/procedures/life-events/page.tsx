import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listFacets } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.lifeEvents");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: "/procedures/life-events" } };
}

export default async function LifeEventsPage() {
  const t = await getTranslations("catalog");
  const en = (await getLocale()) === "en";
  const { lifeEvents } = await listFacets();
  return (
    <div className="container-page py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/">{t("home")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href="/procedures">{t("title")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li aria-current="page">{t("lifeEvents.title")}</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl">{t("lifeEvents.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lifeEvents.lead")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {lifeEvents
          .filter((e) => e.count > 0)
          .map((e) => (
            <li key={e.code} className="rounded-lg border-2 border-line p-5 hover:border-brand-600">
              <h2 className="text-xl">
                <Link href={`/procedures?lifeEvent=${encodeURIComponent(e.code)}`}>{en ? e.nameEn : e.name}</Link>
              </h2>
              <p className="mt-1 text-sm font-semibold text-muted">{t("procedureCount", { count: e.count })}</p>
              <p className="mt-2" lang="vi">
                {e.description}
              </p>
            </li>
          ))}
      </ul>
    </div>
  );
}
