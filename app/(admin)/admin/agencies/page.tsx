import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgencyForm, formStateOf } from "@/components/admin/agency-form";
import { listAgencyTree } from "@/lib/server/admin/agencies";
import { requireAdministration } from "@/lib/server/admin/session";
import { createAgencyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.agencies");
  return { title: t("title") };
}

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAdministration("/admin/agencies");
  const sp = await searchParams;
  const [t, rows] = await Promise.all([getTranslations("admin"), listAgencyTree(actor)]);
  const { values, errors } = formStateOf(sp);
  const error = typeof sp.error === "string" ? sp.error : "";
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("agencies.title")}</h1>
      <p className="mt-1">{t("agencies.lead")}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}` as "errors.generic") : t("errors.generic")}
        </p>
      ) : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("agencies.treeCaption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("agencies.name")}</th>
              <th scope="col" className="p-2">{t("agencies.code")}</th>
              <th scope="col" className="p-2">{t("agencies.kind")}</th>
              <th scope="col" className="p-2">{t("agencies.state")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ agency: a, depth }) => (
              <tr key={a.id} className="border-b border-line">
                <td className="p-2" style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
                  {depth > 0 ? <span aria-hidden="true">└ </span> : null}
                  <Link href={`/admin/agencies/${a.id}`}>{a.name}</Link>
                  {depth > 0 ? <span className="sr-only"> ({t("agencies.level", { depth: depth + 1 })})</span> : null}
                </td>
                <td className="p-2 font-mono">{a.code}</td>
                <td className="p-2">{t(`agencies.kinds.${a.kind}`)}</td>
                <td className="p-2">
                  {a.active
                    ? t("agencies.active")
                    : a.mergedInto
                      ? t("agencies.mergedInto", { name: a.mergedInto.name })
                      : a.dissolvedAt
                        ? t("agencies.dissolved")
                        : t("agencies.inactive")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {actor.role === "ADMIN" ? (
        <section aria-labelledby="create" className="mt-8 max-w-2xl rounded border border-line p-4">
          <h2 id="create" className="text-xl">
            {t("agencies.create")}
          </h2>
          <AgencyForm action={createAgencyAction} values={values} errors={errors} submit={t("agencies.createButton")} withParent />
        </section>
      ) : null}
    </div>
  );
}
