import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/ui/account-menu";
import { LocaleSwitch } from "./locale-switch";

export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  const links = [
    { href: "/procedures", label: t("nav.procedures") },
    { href: "/file", label: t("nav.file") },
    { href: "/track", label: t("nav.track") },
    { href: "/stats", label: t("nav.stats") },
  ];
  return (
    <header className="border-b-4 border-accent-600 bg-brand-800 text-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
        <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
          <span aria-hidden="true" className="grid h-10 w-10 place-items-center rounded-full bg-accent-600 text-lg font-bold">
            ★
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold">{t("common.portalName")}</span>
            <span className="text-sm">{t("common.portalTagline")} · {t("common.provinceName")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <AccountMenu />
          <LocaleSwitch locale={locale} label={t("common.switchTo")} ariaLabel={t("common.switchToLabel")} />
        </div>
      </div>
      <nav aria-label={t("common.menu")} className="bg-brand-900">
        <ul className="container-page flex flex-wrap gap-x-1">
          <li>
            <Link href="/" className="block px-3 py-3 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white">
              {t("nav.home")}
            </Link>
          </li>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block px-3 py-3 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
