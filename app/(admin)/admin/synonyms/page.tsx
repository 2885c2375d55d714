import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formStateOf } from "@/components/admin/agency-form";
import { SynonymForm } from "@/components/admin/synonym-form";
import { listSynonyms } from "@/lib/server/admin/synonyms";
import { requireAdministration } from "@/lib/server/admin/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.synonyms");
  return { title: t("title") };
}

export default async function SynonymsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : "";
  const actor = await requireAdministration(`/admin/synonyms?q=${encodeURIComponent(q)}`);
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const [t, rows] = await Promise.all([getTranslations("admin"), listSynonyms(actor, q)]);
  const { values, errors } = formStateOf(sp);
  const saved = typeof sp.saved === "string" ? sp.saved : "";
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("synonyms.title")}</h1>
      <p className="mt-1">{t("synonyms.lead")}</p>
      {saved && t.has(`synonyms.saved.${saved}`) ? (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t(`synonyms.saved.${saved}` as "synonyms.saved.created")}
        </p>
      ) : null}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("synonyms.search")}
          </label>
          <input id="q" name="q" defaultValue={q} className="input mt-1 w-72" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("procedures.filter")}
        </button>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("synonyms.caption", { count: rows.length })}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("synonyms.term")}</th>
              <th scope="col" className="p-2">{t("synonyms.expansions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line align-top">
                <td className="p-2">{actor.role === "ADMIN" ? <Link href={`/admin/synonyms/${r.id}`}>{r.term}</Link> : r.term}</td>
                <td className="p-2">{r.expansions.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {actor.role === "ADMIN" ? (
        <section aria-labelledby="add" className="mt-8 max-w-2xl rounded border border-line p-4">
          <h2 id="add" className="text-xl">
            {t("synonyms.add")}
          </h2>
          <SynonymForm id={null} term={values.term ?? ""} expansions={values.expansions ?? ""} errors={errors} />
        </section>
      ) : null}
    </div>
  );
}
