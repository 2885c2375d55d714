import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UploadSlot } from "@/components/forms/upload-slot";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { storedDocumentsForComponents } from "@/lib/server/document-store/store";
import { formatDay } from "@/lib/server/dossiers/i18n";
import { documentsAction, removeFileAction, takeFromStoreAction } from "../actions";
import { flag, loadDraft, StepHeader, type StepPageProps } from "../shared";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("filing");
  return { title: t("documents.title") };
}

const TYPE_LABEL: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
};
const UPLOAD_CODES = ["empty", "tooLarge", "typeNotAllowed", "executable", "polyglot", "damaged", "noFile", "failed", "alreadySubmitted", "quota", "stalled"];

export default async function DocumentsStep(props: StepPageProps) {
  const { user, draft, sp } = await loadDraft(props, "documents");
  const t = await getTranslations("filing");
  const ts = await getTranslations("store");
  // What the citizen's document store already holds for these components: offered instead of an upload.
  const offers = await storedDocumentsForComponents(user.id, draft.procedure.components);
  const takenFor = typeof sp.fromStore === "string" ? draft.procedure.components.find((c) => c.id === sp.fromStore) : undefined;
  const tu = await getTranslations("uploads");
  const uploadError = typeof sp.error === "string" ? sp.error.split(".") : null;
  const errorSlot = uploadError?.[0];
  const errorCode = uploadError?.[1] && UPLOAD_CODES.includes(uploadError[1]) ? uploadError[1] : null;
  const have = new Map(draft.files.map((f) => [f.componentId, f]));
  const missing = flag(sp, "invalid") ? draft.procedure.components.filter((c) => c.required && !have.has(c.id)) : [];
  const summary = [
    ...(flag(sp, "storeError") ? [{ href: "#main", message: ts("errors.notAccepted") }] : []),
    ...(errorSlot && errorCode ? [{ href: `#file-${errorSlot}`, message: tu(`errors.${errorCode}`) }] : []),
    ...missing.map((c) => ({ href: `#file-${c.id}`, message: t("documents.missing", { name: c.name }) })),
  ];
  const uploaded = typeof sp.uploaded === "string" ? draft.procedure.components.find((c) => c.id === sp.uploaded) : undefined;
  return (
    <div className="container-page max-w-3xl py-8">
      {summary.length > 0 ? <ErrorSummary title={t("errorSummaryTitle")} errors={summary} /> : null}
      <StepHeader draft={draft} step="documents" title={t("documents.title")} />
      <p className="mt-2 text-muted">{t("documents.lead")}</p>
      {uploaded ? (
        <p role="status" className="mt-4 rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {t("documents.uploaded", { name: uploaded.name })}
        </p>
      ) : null}
      {takenFor ? (
        <p role="status" className="mt-4 rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {ts("filing.taken", { name: takenFor.name })}
        </p>
      ) : null}
      <ol className="mt-6 space-y-6">
        {draft.procedure.components.map((c, i) => {
          const file = have.get(c.id);
          const error = errorSlot === c.id && errorCode ? tu(`errors.${errorCode}`) : missing.includes(c) ? t("documents.missing", { name: c.name }) : undefined;
          return (
            <li key={c.id} id={`slot-${c.id}`} className={`rounded-lg border-2 p-4 ${error ? "border-accent-700" : "border-line"}`}>
              <h2 className="text-lg">
                {i + 1}. {c.name} <span className="text-base font-normal text-muted">({c.required ? t("required") : t("optional")})</span>
              </h2>
              {c.note ? <p className="mt-1 text-sm text-muted">{c.note}</p> : null}
              <p id={`hint-${c.id}`} className="mt-1 text-sm">
                {t("documents.accepts", { types: c.acceptedTypes.map((m) => TYPE_LABEL[m] ?? m).join(", "), size: c.maxSizeMb })}
              </p>
              {file ? (
                <div className="mt-3 flex flex-wrap items-center gap-3 rounded bg-brand-50 p-3">
                  <span>
                    <span className="sr-only">{t("documents.current")}: </span>
                    <a href={`/api/files/drafts/${draft.id}/${c.id}`}>{file.originalName}</a>{" "}
                    <span className="text-sm text-muted">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
                    {file.storedDocumentId ? <strong className="ml-2 text-sm">{ts("filing.fromStore")}</strong> : null}
                  </span>
                  <form action={removeFileAction}>
                    <input type="hidden" name="draftId" value={draft.id} />
                    <input type="hidden" name="code" value={draft.procedure.code} />
                    <input type="hidden" name="componentId" value={c.id} />
                    <button type="submit" className="btn btn-secondary min-h-0 py-1 text-sm">
                      {t("documents.remove")}
                      <span className="sr-only"> {c.name}</span>
                    </button>
                  </form>
                </div>
              ) : null}
              {(offers.get(c.id) ?? []).filter((s) => s.id !== file?.storedDocumentId).length > 0 ? (
                <fieldset className="mt-3 rounded border-2 border-brand-700 p-3">
                  <legend className="px-1 font-semibold">{ts("filing.offer")}</legend>
                  <ul className="space-y-2">
                    {(offers.get(c.id) ?? [])
                      .filter((s) => s.id !== file?.storedDocumentId)
                      .map((s) => (
                        <li key={s.id}>
                          <form action={takeFromStoreAction}>
                            <input type="hidden" name="draftId" value={draft.id} />
                            <input type="hidden" name="code" value={draft.procedure.code} />
                            <input type="hidden" name="componentId" value={c.id} />
                            <input type="hidden" name="storedDocumentId" value={s.id} />
                            <button type="submit" className="btn btn-primary text-left">
                              {s.issuedOn
                                ? ts("filing.use", { title: s.title, number: s.number || "—", issuer: s.issuer, date: formatDay(s.issuedOn) })
                                : ts("filing.useNoDate", { title: s.title, number: s.number || "—", issuer: s.issuer })}
                            </button>
                          </form>
                        </li>
                      ))}
                  </ul>
                </fieldset>
              ) : null}
              <UploadSlot
                action={`/api/files/drafts/${draft.id}/${c.id}`}
                inputId={`file-${c.id}`}
                label={file ? t("documents.replace", { name: c.name }) : t("documents.choose", { name: c.name })}
                accept={c.acceptedTypes.join(",")}
                maxBytes={c.maxSizeMb * 1024 * 1024}
                hintId={`hint-${c.id}`}
                error={error}
              />
            </li>
          );
        })}
      </ol>
      <form action={documentsAction} className="mt-8 flex flex-wrap gap-3">
        <input type="hidden" name="draftId" value={draft.id} />
        <input type="hidden" name="code" value={draft.procedure.code} />
        <SubmitButton name="intent" value="continue">{t("continue")}</SubmitButton>
        <SubmitButton name="intent" value="later" className="btn btn-secondary">
          {t("saveLater")}
        </SubmitButton>
      </form>
    </div>
  );
}
