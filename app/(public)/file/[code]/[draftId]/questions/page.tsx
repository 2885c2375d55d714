import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { validateAnswers, vietnamToday } from "@/lib/domain/forms";
import { FormFields } from "@/components/forms/form-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveQuestionsAction } from "../actions";
import { flag, loadDraft, StepHeader, summaryOf, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("questions.title") };
}

export default async function QuestionsStep(props: StepPageProps) {
  const { draft, sp } = await loadDraft(props, "questions");
  const t = await getTranslations("filing");
  const form = draft.procedure.form;
  const result = flag(sp, "invalid") ? validateAnswers(form, draft.data.answers) : null;
  const errors = result && !result.ok ? result.errors : [];
  const fromCheck = sp.from === "check";
  return (
    <div className="container-page max-w-3xl py-8">
      {errors.length > 0 ? <ErrorSummary title={t("errorSummaryTitle")} errors={await summaryOf(form, errors)} /> : null}
      <StepHeader draft={draft} step="questions" title={t("questions.title")} />
      <p className="mt-2 mb-6 text-muted">{t("questions.lead")}</p>
      <form action={saveQuestionsAction} noValidate className="space-y-8">
        <input type="hidden" name="draftId" value={draft.id} />
        <input type="hidden" name="code" value={draft.procedure.code} />
        {fromCheck ? <input type="hidden" name="from" value="check" /> : null}
        <FormFields form={form} values={draft.data.answers} errors={errors} today={vietnamToday()} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="intent" value="continue">{t("continue")}</SubmitButton>
          <SubmitButton name="intent" value="later" className="btn btn-secondary">
            {t("saveLater")}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
