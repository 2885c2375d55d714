import { getTranslations } from "next-intl/server";
import { revokeResultAction } from "@/app/(office)/office/results/actions";
import { resultsOfDossier } from "@/lib/server/e-results/mine";
import { signingConfigured } from "@/lib/server/e-results/signing";

/** The electronic results issued for a dossier (the officer's page, already scope-checked); a leader may revoke one. */
export async function OfficeResults({ dossierId, canRevoke, revoked, revokeError }: { dossierId: string; canRevoke: boolean; revoked: boolean; revokeError: boolean }) {
  const rows = await resultsOfDossier(dossierId);
  if (rows.length === 0) return null;
  const t = await getTranslations("eResults.office");
  return (
    <section aria-labelledby="e-results" className="mt-8">
      <h2 id="e-results" className="text-2xl">{t("heading")}</h2>
      {revoked ? <p role="status" className="mt-2 rounded border-l-4 border-brand-700 bg-brand-50 p-3">{t("revokedDone")}</p> : null}
      {revokeError ? <p role="alert" className="mt-2 font-semibold text-accent-700">{t("revokeReason")}</p> : null}
      <ul className="mt-2 space-y-3">
        {rows.map((r) => (
          <li key={r.id}>
            <p>
              <span className="font-semibold">{r.reference}</span> ·{" "}
              {r.revokedAt ? t("revoked", { reason: r.revokedReason ?? "" }) : r.signed ? t("signed", { signer: r.signerName ?? "" }) : t("unsigned")} ·{" "}
              <a href={`/verify/${r.id}`}>{t("verify")}</a>
            </p>
            {canRevoke && !r.revokedAt ? (
              <details className="mt-1">
                <summary className="cursor-pointer">{t("revoke")}</summary>
                <form action={revokeResultAction} className="mt-2 space-y-2">
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="dossierId" value={dossierId} />
                  <label htmlFor={`revoke-${r.id}`} className="block font-semibold">{t("revokeReasonLabel")}</label>
                  <textarea id={`revoke-${r.id}`} name="reason" rows={2} required minLength={5} className="input" />
                  <button type="submit" className="btn btn-secondary">{t("revokeSubmit")}</button>
                </form>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the return form tells the desk about online results (signed or not). */
export async function OnlineReturnHint() {
  const t = await getTranslations("eResults.office");
  return (
    <div className="text-sm">
      <p>{t("onlineHint")}</p>
      {!signingConfigured() ? <p role="note" className="mt-1 font-semibold text-warn-700">{t("unsignedWarning")}</p> : null}
    </div>
  );
}
