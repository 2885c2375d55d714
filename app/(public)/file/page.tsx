import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { listFileableProcedures } from "@/lib/server/dossiers/procedures";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("index.title") };
}

export default async function FileIndexPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const t = await getTranslations("filing");
  const locale = await getLocale();
  const q = z.string().max(200).catch("").parse((await searchParams).q ?? "");
  const procedures = await listFileableProcedures(q);
  const groups = new Map<string, typeof procedures>();
  for (const p of procedures) {
    const key = locale === "en" ? p.fieldNameEn : p.fieldName;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl">{t("index.title")}</h1>
      <div className="prose-gov mt-3 max-w-3xl">
        <p>{t("index.lead")}</p>
        <p>{t("index.how")}</p>
      </div>
      <ol className="mt-4 max-w-3xl list-decimal space-y-1 pl-6">
        <li>{t("steps.applicant")}</li>
        <li>{t("steps.questions")}</li>
        <li>{t("steps.documents")}</li>
        <li>{t("steps.check")}</li>
        <li>{t("steps.declaration")}</li>
      </ol>
      <p className="mt-4">
        <Link href="/my/drafts">{t("index.drafts")}</Link>
      </p>
      <form method="get" role="search" className="mt-8 max-w-2xl">
        <label htmlFor="file-q" className="block font-semibold">
          {t("index.searchLabel")}
        </label>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <input id="file-q" name="q" type="search" defaultValue={q} className="input flex-1" />
          <button type="submit" className="btn btn-primary">
            {t("index.searchButton")}
          </button>
        </div>
      </form>
      <h2 className="mt-10 text-2xl">{t("index.count", { count: procedures.length })}</h2>
      {procedures.length === 0 ? <p className="mt-3">{t("index.none")}</p> : null}
      {[...groups.entries()].map(([field, list]) => (
        <section key={field} className="mt-6" aria-label={field}>
          <h3 className="text-xl">{field}</h3>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {list.map((p) => (
              <li key={p.code} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                <Link href={`/file/${p.code}`} className="font-semibold" lang="vi">
                  {p.name}
                </Link>
                <span className="text-sm text-muted">
                  {p.code} · {p.onlineLevel === "FULL" ? t("index.full") : t("index.partial")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
