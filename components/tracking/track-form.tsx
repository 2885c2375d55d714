"use client";

import { useActionState, useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/domain/dates";
import { trackAction, type TrackState } from "@/app/(public)/track/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type PlainMessages, plainTranslator } from "@/lib/i18n/plain";

/**
 * The tracking form; a plain POST without JavaScript, the same form and result with it. Its words come
 * from the page (`messages`: the "tracking" strings, plainMessages), not from next-intl's runtime, so the
 * tracking page loads no i18n JavaScript (docs/performance.md).
 */
export function TrackForm({ initialCode, messages, locale }: { initialCode: string; messages: PlainMessages; locale: string }) {
  const t = plainTranslator(messages);
  const [state, action, pending] = useActionState<TrackState, FormData>(trackAction, { status: "idle", values: { code: initialCode } });
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "ok") resultRef.current?.focus();
  }, [state]);

  const fieldErrors = state.status === "error" ? state.fieldErrors : {};
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t("tracking.notYet"));
  const en = locale === "en";
  const agencyName = (a: { name: string; nameEn: string }) => (en ? a.nameEn : a.name);
  const actionLabel = (a: string) => (t.has(`tracking.actions.${a}`) ? t(`tracking.actions.${a}`) : t("tracking.actions.other"));

  return (
    <>
      {state.status === "error" ? (
        <ErrorSummary
          key={JSON.stringify(state)}
          title={t("tracking.errorSummary")}
          errors={[
            ...(fieldErrors.code ? [{ href: "#track-code", message: t(fieldErrors.code) }] : []),
            ...(fieldErrors.pin ? [{ href: "#track-pin", message: t(fieldErrors.pin) }] : []),
            ...(state.formError ? [{ href: "#track-code", message: t(state.formError, { id: state.errorId ?? "" }) }] : []),
          ]}
        />
      ) : null}

      <form action={action} className="mt-6 grid max-w-xl gap-4" noValidate>
        <div className={fieldErrors.code ? "border-l-4 border-accent-700 pl-3" : ""}>
          <label htmlFor="track-code" className="block font-semibold">{t("tracking.code")}</label>
          <p id="track-code-hint" className="text-sm text-muted">{t("tracking.codeHint")}</p>
          {fieldErrors.code ? <p id="track-code-error" className="font-semibold text-accent-700">{t(fieldErrors.code)}</p> : null}
          <input
            id="track-code"
            name="code"
            defaultValue={state.values.code}
            key={state.values.code}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldErrors.code ? true : undefined}
            aria-describedby={`track-code-hint${fieldErrors.code ? " track-code-error" : ""}`}
            className="input font-mono"
            required
          />
        </div>
        <div className={fieldErrors.pin ? "border-l-4 border-accent-700 pl-3" : ""}>
          <label htmlFor="track-pin" className="block font-semibold">{t("tracking.pin")}</label>
          <p id="track-pin-hint" className="text-sm text-muted">{t("tracking.pinHint")}</p>
          {fieldErrors.pin ? <p id="track-pin-error" className="font-semibold text-accent-700">{t(fieldErrors.pin)}</p> : null}
          <input
            id="track-pin"
            name="pin"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            aria-invalid={fieldErrors.pin ? true : undefined}
            aria-describedby={`track-pin-hint${fieldErrors.pin ? " track-pin-error" : ""}`}
            className="input w-40 font-mono"
            required
          />
        </div>
        <div>
          <button type="submit" className="btn btn-primary" aria-disabled={pending}>{t("tracking.submit")}</button>
        </div>
      </form>

      {state.status === "ok" ? (
        <section aria-labelledby="track-result" className="mt-8 rounded-lg border-2 border-brand-600 p-5">
          <h2 id="track-result" ref={resultRef} tabIndex={-1} className="text-2xl">
            {t("tracking.result")}: <span className="font-mono">{state.result.code}</span>
          </h2>
          <p className="mt-3 inline-block rounded bg-brand-50 px-3 py-1 text-lg font-bold text-brand-800">
            {t(`tracking.statuses.${state.result.status}`)}
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("tracking.procedure")}</dt>
            <dd>{state.result.procedure.name}</dd>
            <dt className="font-semibold">{t("tracking.receivingAgency")}</dt>
            <dd>{agencyName(state.result.receivingAgency)}</dd>
            {state.result.currentAgency.code !== state.result.receivingAgency.code ? (
              <>
                <dt className="font-semibold">{t("tracking.currentAgency")}</dt>
                <dd>{agencyName(state.result.currentAgency)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("tracking.submittedAt")}</dt>
            <dd>{when(state.result.submittedAt)}</dd>
            <dt className="font-semibold">{t("tracking.receivedAt")}</dt>
            <dd>{when(state.result.receivedAt)}</dd>
            <dt className="font-semibold">{t("tracking.appointmentAt")}</dt>
            <dd>{when(state.result.appointmentAt)}</dd>
            {state.result.finishedAt ? (
              <>
                <dt className="font-semibold">{t("tracking.finishedAt")}</dt>
                <dd>{when(state.result.finishedAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="mt-6 text-xl">{t("tracking.timeline")}</h3>
          <ol className="mt-3 border-l-4 border-brand-100 pl-4">
            {state.result.timeline.map((e, i) => (
              <li key={i} className="mb-3">
                <p className="font-semibold">{actionLabel(e.action)}</p>
                <p className="text-sm text-muted">
                  <time dateTime={e.at}>{when(e.at)}</time>
                  {e.agency ? ` · ${agencyName(e.agency)}` : ""}
                </p>
              </li>
            ))}
          </ol>
          <p className="mt-4 text-sm text-muted">{t("tracking.privacy")}</p>
        </section>
      ) : null}
    </>
  );
}
