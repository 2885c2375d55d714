import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatDay } from "@/lib/server/dossiers/i18n";
import { publicResult } from "@/lib/server/e-results/verify";
import { VerifyCopyForm } from "@/components/e-results/verify-copy-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eResults.verify");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The public check of one electronic result: no sign-in, no personal data. */
export default async function VerifyResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await publicResult(id);
  if (!r) notFound();
  const t = await getTranslations("eResults.verify");
  const en = (await getLocale()) === "en";
  const good = r.verdict === "valid";
  return (
    <div className="container-page max-w-4xl py-8">
      <p className="text-muted">{t("title")}</p>
      <h1 className="text-3xl break-all">{t("heading", { reference: r.reference })}</h1>
      <div role="status" data-testid="verdict" data-verdict={r.verdict} className={`mt-6 rounded border-l-4 p-3 text-lg font-semibold ${good ? "border-ok-700 bg-brand-50" : "border-accent-700 bg-white"}`}>
        {t(`verdicts.${r.verdict}`)}
      </div>
      <h2 className="mt-8 text-2xl">{t("facts")}</h2>
      <dl className="mt-3 divide-y divide-line border-y border-line">
        {(
          [
            [t("reference"), r.reference],
            [t("document"), r.documentName],
            [t("agency"), en ? r.agencyNameEn : r.agencyName],
            [t("issuedAt"), formatDay(new Date(r.issuedAt))],
            [t("signer"), r.signed ? [r.signerName, r.signerOrganization && r.signerOrganization !== r.signerName ? r.signerOrganization : null].filter(Boolean).join(", ") : t("notSigned")],
            ...(r.signedAt ? [[t("signedAt"), formatDateTime(new Date(r.signedAt))]] : []),
            [t("state"), r.revokedAt ? `${t("revokedOn", { date: formatDay(new Date(r.revokedAt)) })}. ${r.revokedReason ? t("revokedReason", { reason: r.revokedReason }) : ""}` : t("inForce")],
          ] as Array<[string, string]>
        ).map(([label, value]) => (
          <div key={label} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">{t("privacy")}</p>
      <VerifyCopyForm id={r.id} />
    </div>
  );
}
