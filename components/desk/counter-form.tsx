"use client";

/**
 * The desk's reception form: the applicant's particulars and the procedure's own questions (the very
 * form schemas of online filing), the component checklist with scans, and the channel. A plain form
 * post without JavaScript (useActionState re-renders the page with what was typed and the errors).
 */
import { useActionState } from "react";
import type { FieldError as FormFieldError, FormSchema, RawAnswers } from "@/lib/domain/forms";
import { fieldDomId } from "@/lib/domain/forms";
import { FormFields } from "@/components/forms/form-fields";
import { DateInput, type DateInputWords } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";

export interface CounterFormState {
  messageKey: string | null;
  errorId?: string;
  fieldErrors: Array<FormFieldError & { form: "applicant" | "answers" }>;
  missingComponents: string[];
  values: {
    applicant: RawAnswers;
    answers: RawAnswers;
    checklist: Record<string, { original: boolean; copy: boolean; count: string }>;
    channel?: "COUNTER" | "POST";
    postmarkDate?: string;
    note?: string;
  };
}

export interface CounterComponent {
  id: string;
  name: string;
  formLabel: string;
  count: number;
  required: boolean;
  accept: string;
}

export interface CounterFormLabels {
  errorTitle: string;
  messages: Record<string, string>;
  applicantHeading: string;
  componentsHeading: string;
  componentsHint: string;
  component: string;
  original: string;
  copy: string;
  count: string;
  scans: string;
  scansHint: string;
  required: string;
  missingComponent: string;
  questionsHeading: string;
  channelHeading: string;
  channels: { COUNTER: string; POST: string };
  postmark: string;
  postmarkHint: string;
  dateWords: DateInputWords;
  note: string;
  submit: string;
  sending: string;
}

export function CounterForm({
  action,
  procedureCode,
  applicantForm,
  form,
  components,
  channels,
  initial,
  today,
  labels,
}: {
  action: (state: CounterFormState, fd: FormData) => Promise<CounterFormState>;
  procedureCode: string;
  applicantForm: FormSchema;
  form: FormSchema;
  components: CounterComponent[];
  channels: Array<"COUNTER" | "POST">;
  initial: CounterFormState;
  today: string;
  labels: CounterFormLabels;
}) {
  const [state, formAction] = useActionState(action, initial);
  const v = state.values;
  const missing = new Set(state.missingComponents);
  const summary = [
    ...(state.messageKey && state.fieldErrors.length === 0 && state.missingComponents.length === 0
      ? [{ href: state.messageKey === "desk.errors.postmark" ? "#postmarkDate" : "#counter-form", message: `${labels.messages[state.messageKey] ?? labels.messages["desk.errors.invalidInput"]}${state.errorId ? ` (${state.errorId})` : ""}` }]
      : []),
    ...state.fieldErrors.map((e) => ({ href: `#${fieldDomId(e.path)}`, message: labels.messages[`field.${e.form}`] ?? "" }))
      .filter((e, i, all) => all.findIndex((x) => x.message === e.message) === i),
    ...components.filter((c) => missing.has(c.id)).map((c) => ({ href: `#c-${c.id}-original`, message: `${labels.missingComponent}: ${c.name}` })),
  ];
  const channel = v.channel ?? channels[0] ?? "COUNTER";
  const postmarkWrong = state.messageKey === "desk.errors.postmark";
  return (
    <form id="counter-form" action={formAction} encType="multipart/form-data" noValidate className="mt-6 space-y-8">
      <ErrorSummary title={labels.errorTitle} errors={summary} />
      <input type="hidden" name="procedure" value={procedureCode} />

      <section aria-labelledby="applicant-heading">
        <h2 id="applicant-heading" className="text-xl">
          {labels.applicantHeading}
        </h2>
        <FormFields form={applicantForm} values={v.applicant} errors={state.fieldErrors.filter((e) => e.form === "applicant")} today={today} sectionHeadings={false} />
      </section>

      <fieldset>
        <legend className="text-xl font-bold">{labels.channelHeading}</legend>
        <div className="mt-2 space-y-2">
          {channels.map((c) => (
            <div key={c} className="flex items-center gap-2">
              <input type="radio" id={`channel-${c}`} name="channel" value={c} defaultChecked={channel === c} className="h-5 w-5" />
              <label htmlFor={`channel-${c}`}>{labels.channels[c]}</label>
            </div>
          ))}
        </div>
        {channels.includes("POST") && (
          <div className={`mt-3 ${postmarkWrong ? "border-l-4 border-accent-700 pl-3" : ""}`} role="group" aria-labelledby="postmarkDate-label">
            <p id="postmarkDate-label" className="block font-semibold">
              {labels.postmark}
            </p>
            <p id="postmarkDate-hint" className="text-sm text-muted">
              {labels.postmarkHint}
            </p>
            {postmarkWrong && <p className="font-semibold text-accent-700">{labels.messages["desk.errors.postmark"]}</p>}
            <DateInput id="postmarkDate" name="postmarkDate" value={v.postmarkDate ?? ""} words={labels.dateWords} invalid={postmarkWrong} describedBy="postmarkDate-hint" />
          </div>
        )}
      </fieldset>

      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="text-xl">
          {labels.componentsHeading}
        </h2>
        <p className="text-sm text-muted">{labels.componentsHint}</p>
        <ol className="mt-3 space-y-4">
          {components.map((c) => {
            const cv = v.checklist[c.id];
            const bad = missing.has(c.id);
            return (
              <li key={c.id} className={`rounded border p-3 ${bad ? "border-l-4 border-accent-700" : "border-line"}`}>
                <fieldset>
                  <legend className="font-semibold">
                    {c.name} <span className="font-normal text-muted">({c.formLabel}{c.required ? `, ${labels.required}` : ""})</span>
                  </legend>
                  {bad && <p className="font-semibold text-accent-700">{labels.missingComponent}</p>}
                  <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                    <div className="flex items-center gap-2">
                      <input type="checkbox" id={`c-${c.id}-original`} name={`c.${c.id}.original`} defaultChecked={cv?.original ?? false} className="h-5 w-5" />
                      <label htmlFor={`c-${c.id}-original`}>{labels.original}</label>
                    </div>
                    <div className="flex items-center gap-2">
                      <input type="checkbox" id={`c-${c.id}-copy`} name={`c.${c.id}.copy`} defaultChecked={cv?.copy ?? false} className="h-5 w-5" />
                      <label htmlFor={`c-${c.id}-copy`}>{labels.copy}</label>
                    </div>
                    <div className="flex items-center gap-2">
                      <label htmlFor={`c-${c.id}-count`}>{labels.count}</label>
                      <input type="text" inputMode="numeric" id={`c-${c.id}-count`} name={`c.${c.id}.count`} defaultValue={cv?.count ?? String(c.count)} className="input w-16" />
                    </div>
                  </div>
                  <div className="mt-2">
                    <label htmlFor={`c-${c.id}-files`} className="block">
                      {labels.scans}
                    </label>
                    <p id={`c-${c.id}-files-hint`} className="text-sm text-muted">
                      {labels.scansHint}
                    </p>
                    <input type="file" multiple id={`c-${c.id}-files`} name={`c.${c.id}.files`} accept={c.accept} aria-describedby={`c-${c.id}-files-hint`} />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-xl">
          {labels.questionsHeading}
        </h2>
        <FormFields form={form} values={v.answers} errors={state.fieldErrors.filter((e) => e.form === "answers")} today={today} />
      </section>

      <div>
        <label htmlFor="note" className="block font-semibold">
          {labels.note}
        </label>
        <textarea id="note" name="note" rows={3} defaultValue={v.note ?? ""} className="input w-full" />
      </div>

      <SubmitButton pendingLabel={labels.sending}>{labels.submit}</SubmitButton>
    </form>
  );
}
