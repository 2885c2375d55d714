import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAdminVersions, VERSION_STATES } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.procedures");
  return { title: t("title") };
}

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function ProceduresAdminPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const actor = await requireAdministration("/admin/procedures");
  const t = await getTranslations("admin.procedures");
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const list = await listAdminVersions(actor, { q: one("q"), state: one("state") || undefined, page: one("page") });
  const canChange = actor.role !== "INSPECTOR";
  const pageHref = (p: number) => `/admin/procedures?${new URLSearchParams({ q: list.q, ...(list.state ? { state: list.state } : {}), page: String(p) })}`;
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      {canChange ? (
        <p className="mt-2">
          <Link href="/admin/procedures/new" className="btn btn-primary">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("search")}
          </label>
          <input id="q" name="q" defaultValue={list.q} className="input mt-1 w-72" />
        </div>
        <div>
          <label htmlFor="state" className="block font-semibold">
            {t("state")}
          </label>
          <select id="state" name="state" defaultValue={list.state ?? ""} className="input mt-1">
            <option value="">{t("allStates")}</option>
            {VERSION_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("filter")}
        </button>
      </form>
      <p className="mt-4" role="status">
        {t("count", { count: list.total })}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("code")}</th>
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("version")}</th>
              <th scope="col" className="p-2">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <td className="p-2 font-mono">{r.procedure.code}</td>
                <td className="p-2">
                  <Link href={`/admin/procedures/${r.id}`}>{r.name}</Link>
                </td>
                <td className="p-2">{r.version}</td>
                <td className="p-2">{t(`states.${r.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-4">
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages ? <Link href={pageHref(list.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
