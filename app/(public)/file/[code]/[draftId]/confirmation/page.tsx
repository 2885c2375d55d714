import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DossierPayments } from "@/components/payments/dossier-payments";
import { Panel } from "@/components/ui/panel";
import { formatDateTime } from "@/lib/server/dossiers/i18n";
import { getMyDossier } from "@/lib/server/dossiers/mine";
import { loadDraft, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("confirmation.title") };
}

/** GOV.UK confirmation page: the reference, what happens next and when, a record to keep. */
export default async function ConfirmationPage(props: StepPageProps) {
  const { user, draft } = await loadDraft(props, "confirmation");
  const t = await getTranslations("filing");
  const locale = await getLocale();
  const mine = draft.dossierId ? await getMyDossier(user.id, draft.dossierId) : null;
  if (!mine) notFound();
  const { dossier, timeline, pin } = mine;
  const agency = locale === "en" ? dossier.receivingAgency.nameEn : dossier.receivingAgency.name;
  return (
    <div className="container-page max-w-3xl py-8">
      <Panel title={t("confirmation.title")}>
        <p>{t("confirmation.codeLabel")}</p>
        <p className="mt-1 text-2xl font-bold break-all" data-testid="dossier-code">
          {dossier.code}
        </p>
        {pin ? (
          <p className="mt-3">
            {t("confirmation.pinLabel")} <strong className="text-2xl tracking-widest" data-testid="dossier-pin">{pin}</strong>
          </p>
        ) : null}
      </Panel>
      <p className="mt-6">{t("confirmation.emailSent", { email: user.email ?? "" })}</p>
      <p className="mt-2">{t("confirmation.keepPin")}</p>
      <p className="mt-4">
        <a href={`/my/dossiers/${dossier.id}/receipt`} className="btn btn-primary">
          {t("confirmation.receipt")}
        </a>
      </p>
      {/* A procedure with a fixed fee asked for it at filing: it can be paid right away. */}
      <DossierPayments dossierId={dossier.id} />
      <h2 className="mt-10 text-2xl">{t("confirmation.nextTitle")}</h2>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        <li>{t("confirmation.next1", { agency, by: formatDateTime(timeline.receptionBy) })}</li>
        <li>{t("confirmation.next2")}</li>
        <li>
          {timeline.resultBy
            ? t("confirmation.next3", { by: formatDateTime(timeline.resultBy), limit: dossier.procedureVersion.timeLimitText })
            : t("confirmation.next3Unknown", { limit: dossier.procedureVersion.timeLimitText })}
        </li>
      </ol>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link href={`/my/dossiers/${dossier.id}`}>{t("confirmation.view")}</Link>
        <Link href="/my/dossiers">{t("confirmation.all")}</Link>
      </p>
    </div>
  );
}
