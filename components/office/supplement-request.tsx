import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/backoffice/actor";
import { getSupplementRequest } from "@/lib/server/backoffice/supplement";
import { submitSupplementAction } from "@/lib/server/backoffice/supplement-action";

/**
 * For the applicant's dossier page: the open supplement request (everything missing, listed once)
 * and the form to upload the documents and resubmit. Renders nothing when there is no open request.
 */
export async function SupplementRequest({ dossierId, error }: { dossierId: string; error?: string }) {
  const actor = await currentActor();
  if (!actor) return null;
  const request = await getSupplementRequest(actor, dossierId);
  if (!request) return null;
  const t = await getTranslations("officeSupplement");
  const errorText = error ? (t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")) : null;
  return (
    <section aria-labelledby="supplement-title" className="mt-6 rounded border-4 border-warn-700 p-4">
      <h2 id="supplement-title" className="text-2xl">
        {t("title")}
      </h2>
      {errorText && (
        <p role="alert" className="mt-2 font-semibold text-accent-700">
          {errorText}
        </p>
      )}
      {request.reason && <p className="mt-2">{t("reason", { reason: request.reason })}</p>}
      <p className="mt-2 font-semibold">{t("items")}</p>
      <ul className="mt-1 list-disc pl-6">
        {request.items.map((it, i) => (
          <li key={i}>
            {it.name}
            {it.note ? ` — ${it.note}` : ""}
          </li>
        ))}
      </ul>
      <p className="mt-2">{t("clock")}</p>
      <form action={submitSupplementAction} className="mt-4 space-y-3">
        <input type="hidden" name="dossierId" value={request.dossierId} />
        <input type="hidden" name="version" value={request.version} />
        <div>
          <label htmlFor="supplement-files" className="block font-semibold">
            {t("files")}
          </label>
          <p id="supplement-files-hint" className="text-sm text-muted">
            {t("filesHint")}
          </p>
          <input id="supplement-files" name="files" type="file" multiple required accept="application/pdf,image/jpeg,image/png" aria-describedby="supplement-files-hint" className="mt-1 block w-full" />
        </div>
        <div>
          <label htmlFor="supplement-note" className="block font-semibold">
            {t("note")}
          </label>
          <textarea id="supplement-note" name="note" rows={2} className="input mt-1" />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
