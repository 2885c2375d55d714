import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TrackForm } from "@/components/tracking/track-form";
import { plainMessages } from "@/lib/i18n/plain-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tracking");
  return { title: t("title"), description: t("metaDescription"), robots: { index: true, follow: true } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrackPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("tracking");
  const sp = await searchParams;
  // The receipt's QR code links here with the code filled in; the PIN is never put in a URL.
  const code = typeof sp.code === "string" ? sp.code.slice(0, 60) : "";
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t("lead")}</p>
      <TrackForm initialCode={code} messages={await plainMessages(["tracking"])} locale={await getLocale()} />
    </div>
  );
}
