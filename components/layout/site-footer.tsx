import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="mt-12 border-t border-line bg-brand-50">
      <div className="container-page grid gap-2 py-6 text-sm text-muted">
        <p className="font-semibold text-ink">{t("footer.about")}</p>
        <p>{t("footer.hotline")}</p>
        <nav aria-label={t("footer.links")} className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li><Link href="/feedback">{t("footer.feedback")}</Link></li>
            <li><Link href="/stats">{t("footer.stats")}</Link></li>
            <li><a href="/api/v1/openapi.json">{t("footer.api")}</a></li>
          </ul>
        </nav>
        <p role="note" className="rounded border-l-4 border-warn-700 bg-white px-3 py-2 font-semibold text-warn-700">
          {t("common.demoData")}
        </p>
      </div>
    </footer>
  );
}
