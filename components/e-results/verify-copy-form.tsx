"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { checkCopyAction, type CopyState } from "@/app/(public)/verify/actions";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Upload a copy of a result to check it; a plain multipart POST without JavaScript, the same answer with it. */
export function VerifyCopyForm({ id }: { id: string }) {
  const t = useTranslations("eResults.verify");
  const [state, action, pending] = useActionState<CopyState, FormData>(checkCopyAction, { status: "idle" });
  const errorText = state.status === "error" ? (state.error === "unexpected" ? `${t("verdicts.unavailable")} (${state.errorId ?? ""})` : t(state.error)) : null;
  return (
    <section aria-labelledby="copy-heading" className="mt-10">
      <h2 id="copy-heading" className="text-2xl">{t("copyHeading")}</h2>
      <p className="mt-2 max-w-2xl">{t("copyLead")}</p>
      {errorText ? <ErrorSummary key={JSON.stringify(state)} title={t("errorSummary")} errors={[{ href: "#copy-file", message: errorText }]} /> : null}
      {state.status === "checked" ? (
        <div role="status" className={`mt-4 rounded border-l-4 p-3 ${state.verdict === "valid" ? "border-ok-700 bg-brand-50" : "border-accent-700 bg-white"}`}>
          <p className="font-semibold">{t("copyResult", { name: state.name })}</p>
          <p data-testid="copy-verdict" data-verdict={state.verdict}>{t(`verdicts.${state.verdict}`)}</p>
        </div>
      ) : null}
      <form action={action} encType="multipart/form-data" className="mt-4 grid max-w-xl gap-3">
        <input type="hidden" name="id" value={id} />
        <div>
          <label htmlFor="copy-file" className="block font-semibold">{t("copyLabel")}</label>
          <input id="copy-file" name="file" type="file" accept="application/pdf" required className="mt-1 block w-full" />
        </div>
        <p>
          <button type="submit" className="btn btn-primary" disabled={pending}>{t("copySubmit")}</button>
        </p>
      </form>
    </section>
  );
}
