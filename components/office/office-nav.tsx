import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function OfficeNav({ identity, reception = false, leader = false }: { identity: string; reception?: boolean; leader?: boolean }) {
  const t = await getTranslations("office.nav");
  const td = await getTranslations("desk.nav");
  const links = [
    { href: "/office", label: t("queue") },
    ...(reception ? [{ href: "/office/receive", label: td("receive") }] : []),
    ...(leader ? [{ href: "/office/dashboard", label: t("dashboard") }] : []),
    { href: "/office/register", label: t("register") },
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
