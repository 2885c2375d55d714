"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { revokeResult } from "@/lib/server/e-results/verify";

const input = z.object({ id: z.uuid(), dossierId: z.uuid(), reason: z.string().max(1000).catch("") });

/** A leader revokes an electronic result (a plain form post); /verify then says it is revoked. */
export const revokeResultAction = defineAction({ name: "office.result.revoke", access: ["LEADER"], input }, async ({ id, dossierId, reason }, { actor }) => {
  const back = `/office/dossiers/${dossierId}`;
  let target = `${back}?resultRevoked=1#e-results`;
  try {
    await revokeResult(actor, id, reason);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    target = error.kind === "not_found" ? "/office?notFound=1" : `${back}?revokeError=1#e-results`;
  }
  redirect(target);
});
