"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { RatingState } from "@/app/(participation)/rate/[id]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";

const FACTORS = ["access", "procedure", "officers", "result", "feedbackHandling", "overall"] as const;
const LEVELS = ["1", "2", "3", "4", "5"] as const;

/** The rating form: radio groups per SIPAS factor; works as a plain POST without JavaScript. */
export function RatingForm({ action, dossierId, code }: { action: (prev: RatingState, data: FormData) => Promise<RatingState>; dossierId: string; code: string }) {
  const t = useTranslations("rating");
  const tRoot = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RatingState);
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "done") focusRef.current?.focus();
  }, [state]);

  if (state.status === "done") {
    return (
      <div ref={focusRef} tabIndex={-1} className="mt-6 rounded-lg bg-ok-700 p-6 text-white">
        <h2 className="text-2xl text-white">{t("thanks")}</h2>
        <p className="mt-2">{t("thanksBody", { code })}</p>
        <p className="mt-4">
          <Link href="/my/dossiers" className="text-white">{t("back")}</Link>
        </p>
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary
          key={JSON.stringify(state)}
          title={t("errorSummary")}
          errors={[
            ...Object.entries(errors).map(([field, key]) => ({
              href: `#rating-${field}${FACTORS.includes(field as never) ? "-1" : ""}`,
              message: `${FACTORS.includes(field as never) ? `${t(`factors.${field}`)}: ` : ""}${tRoot(key)}`,
            })),
            ...(state.formError ? [{ href: "#rating-access-1", message: tRoot(state.formError, { id: state.errorId ?? "" }) }] : []),
          ]}
        />
      ) : null}
      <form action={formAction} className="mt-6 grid gap-6" noValidate>
        <input type="hidden" name="dossierId" value={dossierId} />
        <p className="text-muted">{t("scale")}</p>
        {FACTORS.map((factor) => (
          <fieldset key={factor} className={errors[factor] ? "border-l-4 border-accent-700 pl-3" : ""} aria-describedby={errors[factor] ? `rating-${factor}-error` : undefined}>
            <legend className="font-semibold">{t(`factors.${factor}`)}</legend>
            {errors[factor] ? (
              <p id={`rating-${factor}-error`} className="font-semibold text-accent-700">{tRoot(errors[factor]!)}</p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              {LEVELS.map((level) => (
                <label key={level} htmlFor={`rating-${factor}-${level}`} className="flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-line px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="radio" id={`rating-${factor}-${level}`} name={factor} value={level} defaultChecked={values[factor] === level} required className="h-5 w-5" />
                  <span>
                    <span className="font-bold">{level}</span> <span className="text-sm">{t(`levels.${level}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {(["contacts", "agenciesVisited"] as const).map((field) => (
          <div key={field} className={errors[field] ? "border-l-4 border-accent-700 pl-3" : ""}>
            <label htmlFor={`rating-${field}`} className="block font-semibold">{t(field)}</label>
            <p id={`rating-${field}-hint`} className="text-sm text-muted">{t("countHint")}</p>
            {errors[field] ? <p id={`rating-${field}-error`} className="font-semibold text-accent-700">{tRoot(errors[field]!)}</p> : null}
            <input
              id={`rating-${field}`}
              name={field}
              type="number"
              inputMode="numeric"
              min={0}
              max={99}
              defaultValue={values[field] ?? ""}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={`rating-${field}-hint${errors[field] ? ` rating-${field}-error` : ""}`}
              className="input w-28"
            />
          </div>
        ))}
        <div>
          <label htmlFor="rating-comment" className="block font-semibold">{t("comment")}</label>
          <textarea id="rating-comment" name="comment" rows={4} maxLength={2000} defaultValue={values.comment ?? ""} className="input" />
        </div>
        <div>
          <button type="submit" className="btn btn-primary" aria-disabled={pending}>{t("submit")}</button>
        </div>
      </form>
    </>
  );
}
