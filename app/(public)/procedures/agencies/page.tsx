import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listFacets, type AgencyOption } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.agencies");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: "/procedures/agencies" } };
}

const COMMUNE_KINDS = new Set(["COMMUNE"]);

export default async function AgenciesPage() {
  const t = await getTranslations("catalog");
  const en = (await getLocale()) === "en";
  const { agencies } = await listFacets();
  const withProcedures = agencies.filter((a) => a.count > 0);
  const communeIds = new Set(agencies.filter((a) => COMMUNE_KINDS.has(a.kind)).map((a) => a.id));
  // Commune-level units (the commune itself, its desk, its police) go with the communes.
  const isCommuneLevel = (a: AgencyOption) => communeIds.has(a.id) || (a.parentId !== null && communeIds.has(a.parentId));
  const groups = [
    { id: "province", title: t("agencies.province"), items: withProcedures.filter((a) => !isCommuneLevel(a)) },
    { id: "commune", title: t("agencies.commune"), items: withProcedures.filter(isCommuneLevel) },
  ];
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
          <li aria-current="page">{t("agencies.title")}</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl">{t("agencies.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("agencies.lead")}</p>
      {groups.map((g) =>
        g.items.length === 0 ? null : (
          <section key={g.id} aria-labelledby={`group-${g.id}`} className="mt-8">
            <h2 id={`group-${g.id}`} className="text-2xl">
              {g.title}
            </h2>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2">
              {g.items.map((a) => (
                <li key={a.code} className="rounded-lg border-2 border-line p-4">
                  <Link href={`/procedures?agency=${encodeURIComponent(a.code)}`} className="font-semibold">
                    {en ? a.nameEn : a.name}
                  </Link>
                  <span className="block text-sm text-muted">{t("procedureCount", { count: a.count })}</span>
                  {/* Addresses are kept in Vietnamese only: read as Vietnamese on English pages too. */}
                  {a.address && (
                    <span className="block text-sm" lang="vi">
                      {a.address}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
