import { getTranslations } from "next-intl/server";
import { DateInput } from "@/components/ui/date-input";
import { formatIsoDay } from "@/lib/domain/dates";
import { performAction } from "@/app/(office)/office/dossiers/[id]/actions";
import { reasonIsForApplicant, type Action } from "@/lib/domain/workflow";
import { OnlineReturnHint } from "@/components/e-results/office-results";

const REASON: readonly Action[] = ["refuse", "requestSupplement", "reassign", "sendBack", "stop", "rejectWithdrawal", "apologize", "redirect"];
const NOTE: readonly Action[] = ["receive", "assign", "approve", "transfer", "confirmFinancialObligation", "acceptWithdrawal", "returnResult"];

/** One action on the dossier: a disclosure with its form (plain HTML form, no JavaScript needed). */
export async function ActionForm({
  action,
  dossierId,
  version,
  open,
  specialists,
  minDate,
  redirectAgencies = [],
  returnMethod = "DESK",
  proposedResult = null,
}: {
  action: Action;
  dossierId: string;
  version: number;
  open: boolean;
  specialists: Array<{ id: string; fullName: string }>;
  /** For redirect: the other agencies that handle this procedure. */
  redirectAgencies?: Array<{ id: string; name: string }>;
  minDate: string;
  /** For returnResult: the way offered first (online for dossiers filed online). */
  returnMethod?: "ONLINE" | "DESK";
  /** For returnResult: the result file the specialist attached, offered instead of a new upload. */
  proposedResult?: { id: string; name: string } | null;
}) {
  const t = await getTranslations("office");
  const tforms = await getTranslations("forms");
  const id = (f: string) => `${action}-${f}`;
  const needsFile = action === "propose" || action === "returnResult";
  return (
    <details id={`action-${action}`} open={open} className="rounded border-2 border-brand-700">
      <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-800">{t(`actions.${action}`)}</summary>
      <form action={performAction} className="space-y-3 px-3 pb-3">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="action" value={action} />
        {action === "requestSupplement" && (
          <div>
            <label htmlFor={id("items")} className="block font-semibold">
              {t("fields.items")}
            </label>
            <p id={id("items-hint")} className="text-sm text-muted">
              {t("fields.itemsHint")}
            </p>
            <textarea id={id("items")} name="items" rows={4} required aria-describedby={id("items-hint")} className="input mt-1" />
          </div>
        )}
        {action === "redirect" && (
          <div>
            <label htmlFor={id("agency")} className="block font-semibold">
              {t("fields.redirectAgency")}
            </label>
            <select id={id("agency")} name="agencyId" required className="input mt-1" defaultValue="">
              <option value="" disabled>
                {t("fields.choose")}
              </option>
              {redirectAgencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {(action === "assign" || action === "reassign") && (
          <div>
            <label htmlFor={id("assignee")} className="block font-semibold">
              {t("fields.assignee")}
            </label>
            <select id={id("assignee")} name="assigneeId" required className="input mt-1" defaultValue="">
              <option value="" disabled>
                {t("fields.choose")}
              </option>
              {specialists.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.fullName}
                </option>
              ))}
            </select>
          </div>
        )}
        {action === "propose" && (
          <>
            <fieldset>
              <legend className="font-semibold">{t("fields.outcome")}</legend>
              {(["GRANT", "REFUSE"] as const).map((o) => (
                <label key={o} className="mt-1 flex items-center gap-2">
                  <input type="radio" name="outcome" value={o} required defaultChecked={o === "GRANT"} className="h-5 w-5" />
                  {t(`dossier.outcomes.${o}`)}
                </label>
              ))}
            </fieldset>
            <div>
              <label htmlFor={id("examination")} className="block font-semibold">
                {t("fields.examination")}
              </label>
              <textarea id={id("examination")} name="examination" rows={4} required minLength={5} className="input mt-1" />
            </div>
          </>
        )}
        {action === "requestFinancialObligation" && (
          <>
            <div>
              <label htmlFor={id("description")} className="block font-semibold">
                {t("fields.description")}
              </label>
              <input id={id("description")} name="description" required minLength={5} className="input mt-1" />
            </div>
            <div>
              <label htmlFor={id("amount")} className="block font-semibold">
                {t("fields.amount")}
              </label>
              <input id={id("amount")} name="amount" type="number" min={1} step={1} inputMode="numeric" required className="input mt-1" />
            </div>
          </>
        )}
        {action === "apologize" && (
          <fieldset aria-describedby={id("date-hint")}>
            <legend className="font-semibold">{t("fields.newDueDate")}</legend>
            <p id={id("date-hint")} className="text-sm text-muted">
              {t("fields.newDueDateHint", { date: formatIsoDay(minDate) })}
            </p>
            <DateInput id={id("date")} name="newDueDate" value="" words={{ day: tforms("day"), month: tforms("month"), year: tforms("year") }} />
          </fieldset>
        )}
        {action === "returnResult" && (
          <fieldset>
            <legend className="font-semibold">{t("fields.method")}</legend>
            {(["ONLINE", "DESK"] as const).map((m) => (
              <label key={m} className="mt-1 flex items-center gap-2">
                <input type="radio" name="method" value={m} required defaultChecked={m === returnMethod} className="h-5 w-5" />
                {t(`fields.methods.${m}`)}
              </label>
            ))}
            <OnlineReturnHint />
          </fieldset>
        )}
        {action === "returnResult" && proposedResult && (
          <p>
            <input type="hidden" name="resultFileId" value={proposedResult.id} />
            {t("fields.proposedResult", { name: proposedResult.name })}
          </p>
        )}
        {needsFile && (
          <div>
            <label htmlFor={id("file")} className="block font-semibold">
              {action === "returnResult" && proposedResult ? t("fields.replaceResultFile") : t("fields.resultFile")}
            </label>
            <input id={id("file")} name="resultFile" type="file" accept="application/pdf,image/jpeg,image/png" className="mt-1 block w-full" />
          </div>
        )}
        {REASON.includes(action) && (
          <div>
            <label htmlFor={id("reason")} className="block font-semibold">
              {t("fields.reason")}
            </label>
            <p id={id("reason-hint")} className="text-sm text-muted">
              {reasonIsForApplicant(action) ? t("fields.reasonHint") : t("fields.reasonHintInternal")}
            </p>
            <textarea id={id("reason")} name="reason" rows={3} required minLength={5} aria-describedby={id("reason-hint")} className="input mt-1" />
          </div>
        )}
        {NOTE.includes(action) && (
          <div>
            <label htmlFor={id("note")} className="block font-semibold">
              {t("fields.note")}
            </label>
            <textarea id={id("note")} name="note" rows={2} className="input mt-1" />
          </div>
        )}
        <button type="submit" className="btn btn-primary">
          {t(`actions.${action}`)}
        </button>
      </form>
    </details>
  );
}
