"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { sendFeedbackAction, type FeedbackFormState } from "@/app/(participation)/feedback/new/actions";
import { ErrorSummary } from "@/components/ui/error-summary";

interface Options {
  agencies: Array<{ code: string; name: string; nameEn: string }>;
  dossiers: Array<{ id: string; code: string; procedureName: string }>;
}

const TARGETS = ["PROCEDURE", "AGENCY", "DOSSIER"] as const;
const ORDER = ["target", "procedureCode", "agencyCode", "dossierId", "subject", "body", "files"];

/** The feedback form; every field is on the page, so it works as a plain POST without JavaScript. */
export function FeedbackForm({ options, initial }: { options: Options; initial: { procedureCode?: string; agencyCode?: string; dossierId?: string; target?: string } }) {
  const t = useTranslations("feedback");
  const tRoot = useTranslations();
  const format = useFormatter();
  const en = useLocale() === "en";
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(sendFeedbackAction, { status: "idle" });
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "sent") focusRef.current?.focus();
  }, [state]);

  if (state.status === "sent") {
    return (
      <div ref={focusRef} tabIndex={-1} className="mt-6 rounded-lg bg-ok-700 p-6 text-white">
        <h2 className="text-2xl text-white">{t("sentTitle")}</h2>
        <p className="mt-2 text-lg">{t("sentBody", { code: state.code, due: format.dateTime(new Date(state.dueAt), { dateStyle: "long" }) })}</p>
        <p className="mt-4">
          <a href="/feedback/mine" className="text-white">{t("mine")}</a>
        </p>
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values: Record<string, string> = state.status === "error" ? state.values : { target: initial.target ?? "", procedureCode: initial.procedureCode ?? "", agencyCode: initial.agencyCode ?? "", dossierId: initial.dossierId ?? "" };
  const msg = (key: string) => tRoot(key, state.status === "error" ? (state.formErrorValues ?? {}) : {});
  const box = (field: string) => (errors[field] ? "border-l-4 border-accent-700 pl-3" : "");
  const described = (field: string, hint?: boolean) => [hint ? `fb-${field}-hint` : "", errors[field] ? `fb-${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const error = (field: string) => (errors[field] ? <p id={`fb-${field}-error`} className="font-semibold text-accent-700">{msg(errors[field]!)}</p> : null);

  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary
          key={JSON.stringify(state)}
          title={t("errorSummary")}
          errors={[
            ...ORDER.filter((f) => errors[f]).map((f) => ({ href: `#fb-${f === "target" ? "target-PROCEDURE" : f}`, message: msg(errors[f]!) })),
            ...(state.formError ? [{ href: "#fb-target-PROCEDURE", message: msg(state.formError) }] : []),
          ]}
        />
      ) : null}
      <form action={action} className="mt-6 grid max-w-2xl gap-6" noValidate>
        <fieldset className={box("target")} aria-describedby={described("target")}>
          <legend className="font-semibold">{t("target")}</legend>
          {error("target")}
          <div className="mt-2 grid gap-2">
            {TARGETS.map((target) => (
              <label key={target} htmlFor={`fb-target-${target}`} className="flex min-h-11 items-center gap-3">
                <input type="radio" id={`fb-target-${target}`} name="target" value={target} defaultChecked={values.target === target} className="h-5 w-5" />
                {t(`targets.${target}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={box("procedureCode")}>
          <label htmlFor="fb-procedureCode" className="block font-semibold">{t("procedureCode")}</label>
          <p id="fb-procedureCode-hint" className="text-sm text-muted">{t("procedureHint")}</p>
          {error("procedureCode")}
          <input id="fb-procedureCode" name="procedureCode" defaultValue={values.procedureCode} aria-invalid={errors.procedureCode ? true : undefined} aria-describedby={described("procedureCode", true)} className="input w-48 font-mono" />
        </div>
        <div className={box("agencyCode")}>
          <label htmlFor="fb-agencyCode" className="block font-semibold">{t("agency")}</label>
          <p id="fb-agencyCode-hint" className="text-sm text-muted">{t("agencyHint")}</p>
          {error("agencyCode")}
          <select id="fb-agencyCode" name="agencyCode" defaultValue={values.agencyCode} aria-invalid={errors.agencyCode ? true : undefined} aria-describedby={described("agencyCode", true)} className="input">
            <option value="">{t("chooseAgency")}</option>
            {options.agencies.map((a) => (
              <option key={a.code} value={a.code}>{en ? a.nameEn : a.name}</option>
            ))}
          </select>
        </div>
        <div className={box("dossierId")}>
          <label htmlFor="fb-dossierId" className="block font-semibold">{t("dossier")}</label>
          <p id="fb-dossierId-hint" className="text-sm text-muted">{t("dossierHint")}</p>
          {error("dossierId")}
          <select id="fb-dossierId" name="dossierId" defaultValue={values.dossierId} aria-invalid={errors.dossierId ? true : undefined} aria-describedby={described("dossierId", true)} className="input">
            <option value="">{t("chooseDossier")}</option>
            {options.dossiers.map((d) => (
              <option key={d.id} value={d.id}>{d.code} — {d.procedureName}</option>
            ))}
          </select>
        </div>
        <div className={box("subject")}>
          <label htmlFor="fb-subject" className="block font-semibold">{t("subject")}</label>
          {error("subject")}
          <input id="fb-subject" name="subject" defaultValue={values.subject} maxLength={200} aria-invalid={errors.subject ? true : undefined} aria-describedby={described("subject")} className="input" />
        </div>
        <div className={box("body")}>
          <label htmlFor="fb-body" className="block font-semibold">{t("body")}</label>
          <p id="fb-body-hint" className="text-sm text-muted">{t("bodyHint")}</p>
          {error("body")}
          <textarea id="fb-body" name="body" rows={7} maxLength={5000} defaultValue={values.body} aria-invalid={errors.body ? true : undefined} aria-describedby={described("body", true)} className="input" />
        </div>
        <div className={box("files")}>
          <label htmlFor="fb-files" className="block font-semibold">{t("files")}</label>
          <p id="fb-files-hint" className="text-sm text-muted">{t("filesHint")}</p>
          {error("files")}
          <input id="fb-files" name="files" type="file" multiple accept="application/pdf,image/jpeg,image/png" aria-describedby={described("files", true)} className="block" />
        </div>
        <div>
          <button type="submit" className="btn btn-primary" aria-disabled={pending}>{t("submit")}</button>
        </div>
      </form>
    </>
  );
}
