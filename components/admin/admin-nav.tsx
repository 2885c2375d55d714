import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdministrationRole } from "@/lib/server/admin/access";

/** The administration's navigation; links depend on the role. */
export async function AdminNav({ identity, role }: { identity: string; role: AdministrationRole }) {
  const t = await getTranslations("admin.nav");
  const links = [
    { href: "/admin/procedures", label: t("procedures") },
    { href: "/admin/users", label: t("users") },
    { href: "/admin/agencies", label: t("agencies") },
    ...(role === "ADMIN" || role === "INSPECTOR" ? [{ href: "/admin/audit", label: t("audit") }, { href: "/admin/inspect", label: t("inspect") }] : []),
    ...(role === "ADMIN" ? [{ href: "/admin/calendar", label: t("calendar") }] : []),
    ...(role === "ADMIN" || role === "INSPECTOR" ? [{ href: "/admin/settings", label: t("settings") }, { href: "/admin/synonyms", label: t("synonyms") }, { href: "/admin/catalog", label: t("catalog") }] : []),
  ];
  return (
    <div className="border-b border-line bg-brand-50 no-print">
      <div className="container-page flex flex-wrap items-center justify-between gap-2 py-2">
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="font-semibold">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-muted">{identity}</p>
      </div>
    </div>
  );
}
