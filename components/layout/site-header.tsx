import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";

/**
 * The header of every page. It never reads the session (public pages stay the same for everyone and can
 * be served from the cache): the account link is static and /account sends each visitor on; the signed-in
 * areas add the account bar (components/layout/account-bar.tsx) in their layouts. On a phone it is compact:
 * one row for the name, account and language, the menu in small type below.
 */
export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/procedures", label: t("nav.procedures") },
    { href: "/file", label: t("nav.file") },
    { href: "/track", label: t("nav.track") },
    { href: "/stats", label: t("nav.stats") },
  ];
  const navLink =
    "block px-2 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-700 hover:text-white sm:px-3 sm:py-3 sm:text-base";
  return (
    <header className="border-b-4 border-accent-600 bg-brand-800 text-white">
      <div className="container-page flex items-center justify-between gap-2 py-2 sm:py-3">
        <Link href="/" className="flex min-w-0 items-center gap-2 text-white no-underline hover:text-white sm:gap-3">
          <span aria-hidden="true" className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-accent-600 font-bold sm:h-10 sm:w-10 sm:text-lg">
            ★
          </span>
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="text-lg font-bold sm:text-xl">{t("common.portalName")}</span>
            <span className="hidden text-sm sm:block">
              {t("common.portalTagline")} · {t("common.provinceName")}
            </span>
          </span>
        </Link>
        <div className="no-print flex shrink-0 items-center gap-2">
          <a
            href="/account"
            className="rounded px-2 py-1.5 text-sm font-semibold text-white underline underline-offset-4 hover:bg-brand-700 hover:text-white"
          >
            {t("layout.account")}
          </a>
          <LocaleSwitch locale={locale} label={t("common.switchTo")} ariaLabel={t("common.switchToLabel")} />
        </div>
      </div>
      <nav aria-label={t("common.menu")} className="bg-brand-900">
        <ul className="container-page flex flex-wrap gap-x-1 px-2 sm:px-4">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className={navLink}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
