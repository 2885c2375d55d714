"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { currentActor } from "./actor";
import { submitSupplement } from "./supplement";
import { incomingFile, type IncomingFile } from "@/lib/server/storage/upload";
import { AppError, logUnexpected } from "@/lib/server/errors";

/** The applicant's supplement form (components/office/supplement-request.tsx); a plain form post. */
const input = z.object({
  dossierId: z.string().catch("").transform((s) => s.slice(0, 40)),
  version: z.string().catch(""),
  note: z.string().catch("").transform((s) => s.slice(0, 3000)),
  files: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.unknown()).max(20)).catch([]),
});

export const submitSupplementAction = defineAction({ name: "citizen.supplement.submit", access: "anyone", input }, async (form): Promise<void> => {
  const actor = await currentActor();
  const id = form.dossierId;
  const back = `/my/dossiers/${encodeURIComponent(id)}`;
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  const files: IncomingFile[] = [];
  for (const v of form.files) {
    if (v instanceof File && v.size > 0) files.push(incomingFile(v));
  }
  const note = form.note.trim() ? form.note : undefined;
  let target = `${back}?supplemented=1`;
  try {
    await submitSupplement(actor, id, Number(form.version), files, note);
  } catch (e) {
    if (e instanceof AppError) target = `${back}?supplementError=${encodeURIComponent(e.messageKey.split(".").pop() ?? "invalid")}`;
    else target = `${back}?supplementError=unexpected&errorId=${logUnexpected(e, "supplement")}`;
  }
  redirect(target);
});
