import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Filters } from "@/components/catalog/filters";
import { ResultList } from "@/components/catalog/result-list";
import { SearchBox } from "@/components/catalog/search-box";
import { Pagination } from "@/components/ui/pagination";
import { AppError } from "@/lib/server/errors";
import { listFacets, parseCatalogParams, procedureUrl, searchProcedures, type CatalogParams, type InvalidParam, type SearchResult } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const read = (sp: Record<string, string | string[] | undefined>) => (name: string) => {
  const v = sp[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("catalog");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  return {
    title: q ? `${q} — ${t("title")}` : t("title"),
    description: t("metaDescription"),
    alternates: { canonical: "/procedures" },
    openGraph: { title: t("title"), description: t("metaDescription"), type: "website" },
    // Result pages of arbitrary queries are not worth indexing; the catalog itself is.
    robots: q || Object.keys(sp).length > 0 ? { index: false, follow: true } : undefined,
  };
}

export default async function CatalogPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("catalog");
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  const facets = await listFacets();
  const parsed = parseCatalogParams(read(sp));

  let params: CatalogParams = {};
  let errors: InvalidParam[] = [];
  let result: SearchResult | null = null;
  if (parsed.ok) {
    params = parsed.params;
    try {
      result = await searchProcedures(params);
    } catch (error) {
      if (!(error instanceof AppError && error.kind === "validation")) throw error;
      errors = (error.details.invalidParams as InvalidParam[] | undefined) ?? [{ name: "query", reason: "invalid" }];
    }
  } else {
    errors = parsed.errors;
  }

  const q = typeof sp.q === "string" ? sp.q : "";
  const fields = new Map(facets.fields.map((f) => [f.code, f]));
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const linkParams: Record<string, string | undefined> = {
    q: params.q,
    field: params.field,
    agency: params.agency,
    level: params.level,
    online: params.online,
    audience: params.audience,
    lifeEvent: params.lifeEvent,
    sort: params.sort,
    pageSize: params.pageSize ? String(params.pageSize) : undefined,
  };

  const activeFilters: Array<{ key: string; label: string }> = (
    [
      ["lifeEvent", params.lifeEvent && facets.lifeEvents.find((e) => e.code === params.lifeEvent)],
      ["field", params.field && fields.get(params.field)],
      ["agency", params.agency && facets.agencies.find((a) => a.code === params.agency)],
    ] as const
  )
    .flatMap(([key, o]): Array<{ key: string; label: string }> => (o ? [{ key, label: en ? o.nameEn : o.name }] : []))
    .concat(params.level ? [{ key: "level", label: t(`level.${params.level}`) }] : [])
    .concat(params.online ? [{ key: "online", label: t(`online.${params.online}`) }] : [])
    .concat(params.audience ? [{ key: "audience", label: t(`audience.${params.audience}`) }] : []);
  const without = (key: string) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(linkParams)) if (v && k !== key) s.set(k, v);
    const qs = s.toString();
    return qs ? `/procedures?${qs}` : "/procedures";
  };

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead", { count: facets.total })}</p>

      <form action="/procedures" method="get" role="search" className="mt-6">
        <div className="flex max-w-3xl flex-col gap-2 sm:flex-row sm:items-end">
          <SearchBox
            id="catalog-q"
            className="flex-1"
            defaultValue={q}
            labels={{
              label: t("searchLabel"),
              hint: t("searchHint"),
              suggestions: t("suggestions"),
              count: t("suggestionsCount", { count: 2 }).replace("2", "{count}"),
              none: t("suggestionsCount", { count: 0 }),
            }}
          />
          <button type="submit" className="btn btn-primary">
            {t("searchButton")}
          </button>
        </div>

        <nav aria-labelledby="browse-heading" className="mt-4 print:hidden">
          <h2 id="browse-heading" className="sr-only">
            {t("browseHeading")}
          </h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/procedures/life-events">{t("browseLifeEvents")}</Link>
            </li>
            <li>
              <Link href="/procedures/agencies">{t("browseAgencies")}</Link>
            </li>
          </ul>
        </nav>

        <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_1fr]">

          <section aria-labelledby="results-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="results-heading" className="text-2xl">
                {t("resultsHeading")}
              </h2>
              {/* On small screens the filters come after the results. */}
              <a href="#filters" className="font-semibold lg:hidden print:hidden">
                {t("filtersHeading")}
              </a>
            </div>

            {errors.length > 0 && (
              <div role="alert" className="mt-4 rounded border-l-4 border-accent-700 bg-white p-4 font-semibold text-accent-700">
                {t("invalidParams", { names: [...new Set(errors.map((e) => e.name))].join(", ") })}
              </div>
            )}

            {activeFilters.length > 0 && (
              <div className="mt-3">
                <p className="font-semibold">{t("activeFilters")}:</p>
                <ul className="mt-1 flex flex-wrap gap-2">
                  {activeFilters.map((f) => (
                    <li key={f.key}>
                      <Link
                        href={without(f.key)}
                        aria-label={t("removeFilter", { name: f.label })}
                        className="inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-brand-700 px-3 text-sm font-semibold no-underline"
                      >
                        {f.label} <span aria-hidden="true">✕</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {result && (
              <>
                {result.didYouMean && (
                  <p className="mt-4 rounded border-l-4 border-warn-700 bg-brand-50 p-4">
                    {t("didYouMean", { query: q })}{" "}
                    <Link href={`/procedures?${new URLSearchParams({ ...Object.fromEntries(Object.entries(linkParams).filter(([, v]) => v) as Array<[string, string]>), q: result.didYouMean }).toString()}`} className="font-semibold">
                      {result.didYouMean}
                    </Link>
                    ?
                  </p>
                )}
                {result.partial && <p className="mt-4 rounded border-l-4 border-warn-700 bg-brand-50 p-4">{t("partialMatches")}</p>}
                <p className="mt-3 text-muted" aria-live="polite">
                  {result.query && !result.didYouMean ? t("resultCountFor", { total: result.total, query: result.query }) : t("resultCount", { total: result.total })}
                  {pages > 1 && ` · ${t("pageOf", { page: result.page, pages })}`}
                </p>
                {result.items.length === 0 ? (
                  <div className="mt-4 rounded-lg bg-brand-50 p-5">
                    <p className="font-semibold">{t("noResults")}</p>
                    <p className="mt-1">{t("noResultsTips")}</p>
                  </div>
                ) : (
                  <ResultList
                    items={result.items.map((i) => ({
                      code: i.code,
                      url: procedureUrl(i.code),
                      nameHighlighted: i.nameHighlighted,
                      fieldName: en ? i.field.nameEn : i.field.name,
                      levelLabel: t(`level.${i.level === "PROVINCE" ? "province" : "commune"}`),
                      onlineLevel: i.onlineLevel === "FULL" ? "full" : i.onlineLevel === "PARTIAL" ? "partial" : "none",
                      onlineLabel: t(`online.${i.onlineLevel === "FULL" ? "full" : i.onlineLevel === "PARTIAL" ? "partial" : "none"}`),
                      timeLimitText: i.timeLimitText,
                    }))}
                    labels={{ code: t("code"), field: t("field"), level: t("level.label"), timeLimit: t("timeLimit") }}
                  />
                )}
                <Pagination
                  page={result.page}
                  pages={Math.min(pages, 1000)}
                  basePath="/procedures"
                  params={linkParams}
                  labels={{
                    nav: t("pagination.label"),
                    previous: t("pagination.previous"),
                    next: t("pagination.next"),
                    page: (p) => t("pagination.page", { page: p }),
                    current: (p) => t("pagination.current", { page: p }),
                  }}
                />
              </>
            )}
          </section>
          {/* After the results in the page, as a phone shows them: filters sent first and placed last by
              CSS would be pushed down when the results arrive (a layout shift on a slow line). */}
          <div id="filters" className="scroll-mt-4 print:hidden lg:order-first">
            <Filters facets={facets} values={params} clearHref={params.q ? `/procedures?q=${encodeURIComponent(params.q)}` : "/procedures"} />
          </div>
        </div>
      </form>
    </div>
  );
}
