import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { diffRecords } from "@/lib/domain/admin/procedure-record";
import { compareVersions } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.compare");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Two versions of a procedure side by side; changed rows are marked. */
export default async function ComparePage({ searchParams }: Props) {
  const sp = await searchParams;
  const a = typeof sp.a === "string" ? sp.a : "";
  const b = typeof sp.b === "string" ? sp.b : "";
  const actor = await requireAdministration(`/admin/procedures/compare?a=${a}&b=${b}`);
  const cmp = await compareVersions(actor, a, b).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("admin");
  const rows = diffRecords(cmp.ai, cmp.bi);
  return (
    <div className="container-page py-6">
      <p>
        <Link href={`/admin/procedures/${cmp.b.id}`}>{t("version.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("compare.title")}</h1>
      <p className="mt-1">{t("compare.lead", { code: cmp.code, a: cmp.a.version, b: cmp.b.version, changed: rows.filter((r) => r.changed).length })}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-left align-top">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="w-48 p-2">{t("compare.field")}</th>
              <th scope="col" className="p-2">{t("compare.version", { version: cmp.a.version })}</th>
              <th scope="col" className="p-2">{t("compare.version", { version: cmp.b.version })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={`border-b border-line align-top ${r.changed ? "bg-brand-50" : ""}`}>
                <th scope="row" className="p-2">
                  {t.has(`edit.${r.key}`) ? t(`edit.${r.key}` as "edit.name") : r.key}
                  {r.changed ? <span className="block text-sm font-semibold text-accent-700">{t("compare.changed")}</span> : null}
                </th>
                <td className="whitespace-pre-wrap break-words p-2 font-mono text-sm">{r.before || "—"}</td>
                <td className="whitespace-pre-wrap break-words p-2 font-mono text-sm">{r.after || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
