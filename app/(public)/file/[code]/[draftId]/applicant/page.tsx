import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { validateAnswers, vietnamToday } from "@/lib/domain/forms";
import { FormFields } from "@/components/forms/form-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { applicantFormOf } from "@/lib/server/dossiers/drafts";
import { chooseDesk } from "@/lib/server/dossiers/procedures";
import { saveApplicantAction } from "../actions";
import { flag, loadDraft, StepHeader, summaryOf, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("applicant.title") };
}

export default async function ApplicantStep(props: StepPageProps) {
  const { draft, sp } = await loadDraft(props, "applicant");
  const t = await getTranslations("filing");
  const form = await applicantFormOf(draft);
  const invalid = flag(sp, "invalid");
  const result = invalid ? validateAnswers(form, draft.data.applicant) : null;
  const errors = result && !result.ok ? result.errors : [];
  const fromCheck = sp.from === "check";
  return (
    <div className="container-page max-w-3xl py-8">
      {errors.length > 0 ? <ErrorSummary title={t("errorSummaryTitle")} errors={await summaryOf(form, errors)} /> : null}
      <StepHeader draft={draft} step="applicant" title={t("applicant.title")} />
      <p className="mt-2 mb-6 text-muted">{t("applicant.lead")}</p>
      {!chooseDesk(draft.procedure) && draft.procedure.level === "COMMUNE" && draft.procedure.implementing.length > 1 ? (
        <p className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 p-3">{t("applicant.communeDesk")}</p>
      ) : null}
      <form action={saveApplicantAction} noValidate className="space-y-8">
        <input type="hidden" name="draftId" value={draft.id} />
        <input type="hidden" name="code" value={draft.procedure.code} />
        {fromCheck ? <input type="hidden" name="from" value="check" /> : null}
        <FormFields form={form} values={draft.data.applicant} errors={errors} today={vietnamToday()} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="intent" value="continue">{t("continue")}</SubmitButton>
          <SubmitButton name="intent" value="later" className="btn btn-secondary">
            {t("saveLater")}
          </SubmitButton>
        </div>
      </form>
      <p className="mt-6">
        <Link href="/my/drafts">{t("toDrafts")}</Link>
      </p>
    </div>
  );
}
