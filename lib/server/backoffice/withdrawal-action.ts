"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { requestWithdrawal } from "./withdrawal";

/** The applicant's "withdraw my dossier" form (components/desk/withdrawal-request.tsx); a plain form post. */
export const requestWithdrawalAction = defineAction(
  {
    name: "citizen.dossier.requestWithdrawal",
    access: ["CITIZEN"],
    input: z.object({ dossierId: z.uuid(), version: field.int(0, 1_000_000), reason: field.text(2000) }),
  },
  async (input, { actor }): Promise<void> => {
    const back = `/my/dossiers/${input.dossierId}`;
    let target = `${back}?withdrawal=requested`;
    try {
      await requestWithdrawal(actor, input.dossierId, input.version, input.reason);
    } catch (e) {
      if (e instanceof AppError) {
        const issue = (e.details.issues as Array<{ message: string }> | undefined)?.[0]?.message;
        target = `${back}?withdrawalError=${issue?.endsWith("reasonTooShort") ? "reason" : e.kind === "conflict" ? "changed" : "invalid"}#withdraw`;
      } else target = `${back}?withdrawalError=unexpected&errorId=${logUnexpected(e, "withdrawal")}#withdraw`;
    }
    redirect(target);
  },
);
