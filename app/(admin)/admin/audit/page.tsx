import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listAudit, parseAuditFilter } from "@/lib/server/admin/audit-log";
import { requireAdministration } from "@/lib/server/admin/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type SP = Promise<Record<string, string | string[] | undefined>>;
const FIELDS = ["who", "entity", "entityId", "action", "from", "to"] as const;

/** The audit log: filters, each entry's before and after, CSV export of the same selection. */
export default async function AuditPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const query = new URLSearchParams(Object.fromEntries(FIELDS.map((k) => [k, one(k)]).filter(([, v]) => v)));
  const actor = await requireAdministration(`/admin/audit?${query}`);
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const filter = parseAuditFilter({ ...Object.fromEntries(FIELDS.map((k) => [k, one(k)])), before: one("before") });
  const [t, list] = await Promise.all([getTranslations("admin.audit"), listAudit(actor, filter)]);
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-3">
        {FIELDS.map((k) => (
          <div key={k}>
            <label htmlFor={`a-${k}`} className="block font-semibold">
              {t(`filters.${k}`)}
            </label>
            {k === "entity" ? (
              <select id={`a-${k}`} name={k} defaultValue={one(k)} className="input mt-1 w-full">
                <option value="">{t("all")}</option>
                {list.entities.map((e) => (
                  <option key={e} value={e}>
                    {e}
                  </option>
                ))}
              </select>
            ) : (
              <input id={`a-${k}`} name={k} type={k === "from" || k === "to" ? "date" : "text"} defaultValue={one(k)} className="input mt-1 w-full" />
            )}
          </div>
        ))}
        <div className="flex items-end gap-3">
          <button type="submit" className="btn btn-secondary">
            {t("filter")}
          </button>
          <a href={`/admin/audit/csv?${query}`} className="btn btn-secondary">
            {t("csv")}
          </a>
        </div>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left align-top">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("time")}</th>
              <th scope="col" className="p-2">{t("who")}</th>
              <th scope="col" className="p-2">{t("action")}</th>
              <th scope="col" className="p-2">{t("record")}</th>
              <th scope="col" className="p-2">{t("before")}</th>
              <th scope="col" className="p-2">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => {
              const d = (r.data ?? {}) as Record<string, unknown>;
              const hasDiff = "before" in d || "after" in d;
              const show = (v: unknown) => (v === undefined ? "—" : JSON.stringify(v, null, 1));
              return (
                <tr key={r.id.toString()} className="border-b border-line align-top">
                  <td className="p-2 whitespace-nowrap">{r.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC</td>
                  <td className="p-2">
                    {r.actor ? `${r.actor.fullName} (${r.actor.role})` : t("system")}
                    {r.clientAddress ? (
                      <span className="block font-mono text-xs">
                        {t("from")} {r.clientAddress}
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2 font-mono text-sm">{r.action}</td>
                  <td className="p-2 font-mono text-sm break-all">
                    {r.entity} {r.entityId ?? ""}
                  </td>
                  <td className="p-2 font-mono text-xs whitespace-pre-wrap break-all">{hasDiff ? show(d.before) : "—"}</td>
                  <td className="p-2 font-mono text-xs whitespace-pre-wrap break-all">{hasDiff ? show(d.after) : show(r.data ?? undefined)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {list.next ? (
        <p className="mt-4">
          <Link href={`/admin/audit?${new URLSearchParams({ ...Object.fromEntries(query), before: list.next })}`}>{t("older")}</Link>
        </p>
      ) : null}
    </div>
  );
}
