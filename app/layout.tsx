import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { config } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: new URL(config().APP_URL),
    title: { default: `${t("portalName")} — ${t("portalTagline")}`, template: `%s — ${t("portalName")}` },
    description: t("portalTagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#124a8f" };

/** The only catalogs client components read; the rest stays on the server (smaller pages). */
const CLIENT_NAMESPACES = ["common", "tracking", "rating", "feedback", "forms", "profile", "uploads", "auth"];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const all = await getMessages();
  const clientMessages = Object.fromEntries(Object.entries(all).filter(([ns]) => CLIENT_NAMESPACES.includes(ns)));
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-ink"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
