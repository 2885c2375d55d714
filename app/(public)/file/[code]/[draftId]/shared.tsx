import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { FieldError, FormSchema } from "@/lib/domain/forms";
import { fieldAt, fieldDomId, vietnamToday } from "@/lib/domain/forms";
import { ProgressSteps } from "@/components/ui/progress-steps";
import { errorMessageAt } from "@/components/forms/messages";
import { requireUser } from "@/lib/server/auth/session";
import { getDraft, STEPS, type DraftView, type Step } from "@/lib/server/dossiers/drafts";

export type StepPageProps = {
  params: Promise<{ code: string; draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The signed-in applicant's draft for this page; a submitted one goes to its confirmation. */
export async function loadDraft(props: StepPageProps, step: Step | "confirmation") {
  const { code, draftId } = await props.params;
  const sp = await props.searchParams;
  const user = await requireUser(`/file/${code}/${draftId}/${step}`);
  const draft = await getDraft(user.id, draftId);
  if (!draft || draft.procedure.code !== code) notFound();
  if (draft.status === "SUBMITTED" && step !== "confirmation") redirect(`/file/${code}/${draftId}/confirmation`);
  if (draft.status !== "SUBMITTED" && step === "confirmation") redirect(`/file/${code}/${draftId}/check`);
  return { user, draft, sp, base: `/file/${code}/${draftId}` };
}

export async function StepHeader({ draft, step, title }: { draft: DraftView; step: Step; title: string }) {
  const t = await getTranslations("filing");
  const base = `/file/${draft.procedure.code}/${draft.id}`;
  const done = new Set(draft.completedSteps);
  const firstOpen = STEPS.find((s) => !done.has(s)) ?? "declaration";
  const reachable = (s: Step) => done.has(s) || s === firstOpen || (s === "check" && ["applicant", "questions", "documents"].every((x) => done.has(x as Step)));
  return (
    <>
      <p className="text-muted">{draft.procedure.name}</p>
      <ProgressSteps
        label={t("progress")}
        stepWord={(n, total) => t("stepOf", { n, total })}
        steps={STEPS.map((s) => ({
          label: t(`steps.${s}`),
          state: s === step ? "current" : done.has(s) ? "done" : "todo",
          href: s !== step && reachable(s) ? `${base}/${s}` : undefined,
        }))}
      />
      <h1 className="text-3xl">{title}</h1>
    </>
  );
}

/** Error summary entries for a form's errors, linked to the fields. */
export async function summaryOf(form: FormSchema, errors: FieldError[]) {
  const t = await getTranslations("forms");
  const locale = await getLocale();
  const today = vietnamToday();
  return errors.map((e) => {
    const field = fieldAt(form, e.path);
    const path = field?.type === "address" && e.path.length === 1 ? [...e.path, "street"] : e.path;
    return { href: `#${fieldDomId(path)}`, message: errorMessageAt(t, form, e.path, e.key, locale, today) };
  });
}

export function flag(sp: Record<string, string | string[] | undefined>, name: string): boolean {
  return typeof sp[name] === "string";
}
