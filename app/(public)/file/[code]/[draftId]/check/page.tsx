import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { describeAnswers, validateAnswers } from "@/lib/domain/forms";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applicantFormOf } from "@/lib/server/dossiers/drafts";
import { communeLabel, receivingAgencyFor } from "@/lib/server/dossiers/procedures";
import { deleteDraftAction } from "../actions";
import { flag, loadDraft, StepHeader, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("check.title") };
}

/** A section of answers; a label that appears in several sections is named with its section in the change link. */
function Rows({ title, rows, changeBase, changeWord, repeated }: { title: string; rows: Array<{ label: string; value: string; domId: string }>; changeBase: string; changeWord: string; repeated: Set<string> }) {
  return (
    <section className="mt-8" aria-label={title}>
      <h2 className="text-2xl">{title}</h2>
      <dl className="mt-3 divide-y divide-line border-y border-line">
        {rows.map((r) => (
          <div key={r.domId + r.label} className="grid gap-1 py-3 sm:grid-cols-[2fr_3fr_auto] sm:gap-4">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="break-words">{r.value || "—"}</dd>
            <dd>
              <Link href={`${changeBase}#${r.domId}`}>
                {changeWord}
                <span className="sr-only">
                  {" "}
                  {r.label}
                  {repeated.has(r.label) ? ` (${title})` : ""}
                </span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default async function CheckStep(props: StepPageProps) {
  const { draft, sp, base } = await loadDraft(props, "check");
  const t = await getTranslations("filing");
  const locale = await getLocale();
  const words = { yes: t("yes"), no: t("no"), item: (label: string, n: number) => `${label} ${n}` };
  const applicantForm = await applicantFormOf(draft);
  const applicant = validateAnswers(applicantForm, draft.data.applicant);
  const answers = validateAnswers(draft.procedure.form, draft.data.answers);
  const have = new Map(draft.files.map((f) => [f.componentId, f]));
  const missingDocs = draft.procedure.components.filter((c) => c.required && !have.has(c.id));
  const receiving = applicant.ok ? receivingAgencyFor(draft.procedure, applicant.answers) : null;
  const problems = [
    ...(!applicant.ok || !receiving ? [{ href: `${base}/applicant?invalid=1&from=check`, message: t("check.incompleteApplicant") }] : []),
    ...(!answers.ok ? [{ href: `${base}/questions?invalid=1&from=check`, message: t("check.incompleteQuestions") }] : []),
    ...(missingDocs.length > 0 ? [{ href: `${base}/documents?invalid=1`, message: t("check.incompleteDocuments") }] : []),
  ];
  const applicantSections = describeAnswers(applicantForm, applicant.ok ? applicant.answers : {}, locale, words);
  const answerSections = describeAnswers(draft.procedure.form, answers.ok ? answers.answers : {}, locale, words);
  const changeWord = t("check.change");
  const allLabels = [...applicantSections, ...answerSections].flatMap((s) => s.rows.map((r) => r.label));
  const repeated = new Set(allLabels.filter((l, i) => allLabels.indexOf(l) !== i));
  return (
    <div className="container-page max-w-4xl py-8">
      {problems.length > 0 ? <ErrorSummary title={flag(sp, "incomplete") ? t("check.notYet") : t("check.incompleteTitle")} errors={problems} /> : null}
      <StepHeader draft={draft} step="check" title={t("check.title")} />
      <p className="mt-2 text-muted">{t("check.lead")}</p>
      {applicant.ok ? (
        <>
          {applicantSections.map((s) => (
            <Rows key={s.id} title={s.title} rows={s.rows} changeBase={`${base}/applicant?from=check`} changeWord={changeWord} repeated={repeated} />
          ))}
          {receiving && !applicantForm.sections.some((s) => s.id === "desk") ? (
            <section className="mt-8" aria-label={t("check.desk")}>
              <h2 className="text-2xl">{t("check.desk")}</h2>
              <p className="mt-2">{receiving.kind === "COMMUNE" ? communeLabel(receiving, locale) : locale === "en" ? receiving.nameEn : receiving.name}</p>
            </section>
          ) : null}
        </>
      ) : null}
      {answers.ok
        ? answerSections.map((s) => <Rows key={s.id} title={s.title} rows={s.rows} changeBase={`${base}/questions?from=check`} changeWord={changeWord} repeated={repeated} />)
        : null}
      <section className="mt-8" aria-label={t("steps.documents")}>
        <h2 className="text-2xl">{t("steps.documents")}</h2>
        <dl className="mt-3 divide-y divide-line border-y border-line">
          {draft.procedure.components.map((c) => (
            <div key={c.id} className="grid gap-1 py-3 sm:grid-cols-[2fr_3fr_auto] sm:gap-4">
              <dt className="font-semibold">{c.name}</dt>
              <dd className="break-words">{have.get(c.id)?.originalName ?? (c.required ? t("check.missingDoc") : t("check.noDoc"))}</dd>
              <dd>
                <Link href={`${base}/documents#slot-${c.id}`}>
                  {changeWord}
                  <span className="sr-only"> {c.name}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {problems.length === 0 ? (
        <p className="mt-10">
          <Link href={`${base}/declaration`} className="btn btn-primary">
            {t("continue")}
          </Link>
        </p>
      ) : null}
      <details className="mt-10">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("check.deleteSummary")}</summary>
        <form action={deleteDraftAction} className="mt-3">
          <input type="hidden" name="draftId" value={draft.id} />
          <input type="hidden" name="code" value={draft.procedure.code} />
          <p className="mb-3">{t("check.deleteBody")}</p>
          <button type="submit" className="btn bg-accent-700 text-white hover:bg-accent-600 hover:text-white">
            {t("check.deleteButton")}
          </button>
        </form>
      </details>
    </div>
  );
}
