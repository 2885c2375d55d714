"use server";

import { redirect } from "next/navigation";
import { readDate } from "@/lib/domain/calendar-date";
import { isAction, type Action } from "@/lib/domain/workflow";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { attachResultFile } from "@/lib/server/backoffice/files";
import { incomingFile } from "@/lib/server/storage/upload";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import { returnDossierResult } from "@/lib/server/e-results/issue";
import { AppError, logUnexpected } from "@/lib/server/errors";

const text = (f: FormData, k: string): string | undefined => {
  const v = f.get(k);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};

/** The form's fields → the action's input (parsed with the action's zod schema by the use case). */
function inputOf(action: Action, f: FormData, resultFileId: string | undefined): Record<string, unknown> {
  const base = { note: text(f, "note"), reason: text(f, "reason") ?? "" };
  switch (action) {
    case "requestSupplement":
      return {
        reason: base.reason,
        items: (text(f, "items") ?? "")
          .split(/\r?\n/)
          .map((l) => l.replace(/^[-•*\d.)\s]+/, "").trim())
          .filter(Boolean)
          .map((name) => ({ name })),
      };
    case "assign":
      return { assigneeId: text(f, "assigneeId") ?? "", note: base.note };
    case "reassign":
      return { assigneeId: text(f, "assigneeId") ?? "", reason: base.reason };
    case "propose":
      return { outcome: text(f, "outcome"), examination: text(f, "examination") ?? "", resultFileId };
    case "requestFinancialObligation":
      return { amount: text(f, "amount") ?? "", description: text(f, "description") ?? "" };
    case "apologize":
      // Asked as day / month / year (components/ui/date-input.tsx).
      return {
        reason: base.reason,
        newDueDate: readDate(f, "newDueDate").value,
      };
    case "redirect":
      return { agencyId: text(f, "agencyId") ?? "", reason: base.reason };
    case "returnResult":
      // A new upload replaces the result the specialist attached.
      return { method: text(f, "method"), resultFileId: resultFileId ?? text(f, "resultFileId"), note: base.note };
    case "refuse":
    case "sendBack":
    case "stop":
    case "rejectWithdrawal":
    case "requestWithdrawal":
      return { reason: base.reason };
    default:
      return { note: base.note };
  }
}

/** One form per action on the dossier page; works as a plain form post without JavaScript. */
export async function performAction(formData: FormData): Promise<void> {
  const actor = await requireOfficer();
  const id = String(formData.get("dossierId") ?? "");
  const version = Number(formData.get("version"));
  const action = String(formData.get("action") ?? "");
  const back = `/office/dossiers/${encodeURIComponent(id)}`;
  if (!isAction(action)) redirect(`${back}?error=invalidInput`);

  let target = `${back}?done=${action}`;
  try {
    let resultFileId: string | undefined;
    const file = formData.get("resultFile");
    if (file instanceof File && file.size > 0) {
      resultFileId = (await attachResultFile(actor, id, incomingFile(file))).id;
    }
    const input = inputOf(action, formData, resultFileId);
    // Returned online, the result is issued as an electronic document (numbered, stamped, signed).
    const result = action === "returnResult" ? await returnDossierResult(actor, id, version, input) : await transitionDossier(actor, id, version, action, input);
    // After a hand-over (or the last approval) the dossier may be at another agency: back to the queue.
    if (!result.stillInScope) target = `/office?done=${action}`;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.kind === "not_found") target = "/office?notFound=1";
      else {
        const issue = (error.details.issues as Array<{ message: string }> | undefined)?.[0]?.message;
        const key = error.messageKey.replace(/^office\.errors\./, "");
        target = `${back}?error=${encodeURIComponent(key)}&for=${action}${issue ? `&issue=${encodeURIComponent(issue)}` : ""}`;
      }
    } else {
      target = `${back}?error=unexpected&errorId=${logUnexpected(error, "office.performAction")}`;
    }
  }
  redirect(target);
}
