import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/backoffice/actor";
import { withdrawalOffer } from "@/lib/server/backoffice/withdrawal";
import { requestWithdrawalAction } from "@/lib/server/backoffice/withdrawal-action";

/** For the applicant's dossier page: ask to withdraw the dossier (before a result); the desk confirms. */
export async function WithdrawalRequest({ dossierId, status, error }: { dossierId: string; status?: string; error?: string }) {
  const t = await getTranslations("desk.withdrawal");
  if (status === "requested") {
    return (
      <p role="status" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
        {t("requested")}
      </p>
    );
  }
  const actor = await currentActor();
  if (!actor) return null;
  const offer = await withdrawalOffer(actor, dossierId);
  if (!offer) return null;
  const errorText = error ? t(["reason", "changed", "unexpected"].includes(error) ? `errors.${error}` : "errors.invalid") : null;
  return (
    <details id="withdraw" className="mt-6 rounded border border-line p-4" open={!!error}>
      <summary className="cursor-pointer font-semibold">{t("title")}</summary>
      <p className="mt-2">{t("lead")}</p>
      {errorText && (
        <p role="alert" className="mt-2 font-semibold text-accent-700">
          {errorText}
        </p>
      )}
      <form action={requestWithdrawalAction} className="mt-3 space-y-3">
        <input type="hidden" name="dossierId" value={offer.dossierId} />
        <input type="hidden" name="version" value={offer.version} />
        <div>
          <label htmlFor="withdraw-reason" className="block font-semibold">
            {t("reason")}
          </label>
          <textarea id="withdraw-reason" name="reason" rows={3} className="input w-full" aria-describedby="withdraw-reason-hint" />
          <p id="withdraw-reason-hint" className="text-sm text-muted">
            {t("reasonHint")}
          </p>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("submit")}
        </button>
      </form>
    </details>
  );
}
