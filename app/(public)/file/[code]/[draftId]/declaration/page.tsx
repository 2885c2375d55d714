import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitAction } from "../actions";
import { flag, loadDraft, StepHeader, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("declaration.title") };
}

export default async function DeclarationStep(props: StepPageProps) {
  const { draft, sp } = await loadDraft(props, "declaration");
  const t = await getTranslations("filing");
  const invalid = flag(sp, "invalid");
  const error = invalid ? t("declaration.required") : undefined;
  return (
    <div className="container-page max-w-3xl py-8">
      {invalid ? <ErrorSummary title={t("errorSummaryTitle")} errors={[{ href: "#f-declaration", message: t("declaration.required") }]} /> : null}
      <StepHeader draft={draft} step="declaration" title={t("declaration.title")} />
      <div className="prose-gov mt-4">
        <p>{t("declaration.body1")}</p>
        <p>{t("declaration.body2")}</p>
        <p>{t("declaration.body3")}</p>
      </div>
      <form action={submitAction} noValidate className="mt-6 space-y-6">
        <input type="hidden" name="draftId" value={draft.id} />
        <input type="hidden" name="code" value={draft.procedure.code} />
        <div className={error ? "border-l-4 border-accent-700 pl-3" : ""}>
          <FieldError id="f-declaration-error" message={error} prefix={t("errorPrefix")} />
          <div className="flex items-start gap-3">
            <input id="f-declaration" type="checkbox" name="declaration" value="on" className="mt-1 h-6 w-6 shrink-0 accent-brand-700" aria-describedby="f-declaration-error" aria-invalid={error ? true : undefined} />
            <label htmlFor="f-declaration" className="font-semibold">
              {t("declaration.checkbox")}
            </label>
          </div>
        </div>
        <SubmitButton pendingLabel={t("declaration.pending")}>{t("declaration.submit")}</SubmitButton>
      </form>
    </div>
  );
}
