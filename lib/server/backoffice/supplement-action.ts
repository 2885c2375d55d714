"use server";

import { redirect } from "next/navigation";
import { currentActor } from "./actor";
import { submitSupplement } from "./supplement";
import { AppError, logUnexpected } from "@/lib/server/errors";

/** The applicant's supplement form (components/office/supplement-request.tsx); a plain form post. */
export async function submitSupplementAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  const id = String(formData.get("dossierId") ?? "");
  const back = `/my/dossiers/${encodeURIComponent(id)}`;
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  const files: Array<{ name: string; type: string; bytes: Uint8Array }> = [];
  for (const v of formData.getAll("files")) {
    if (v instanceof File && v.size > 0) files.push({ name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) });
  }
  const note = typeof formData.get("note") === "string" && String(formData.get("note")).trim() ? String(formData.get("note")) : undefined;
  let target = `${back}?supplemented=1`;
  try {
    await submitSupplement(actor, id, Number(formData.get("version")), files, note);
  } catch (e) {
    if (e instanceof AppError) target = `${back}?supplementError=${encodeURIComponent(e.messageKey.split(".").pop() ?? "invalid")}`;
    else target = `${back}?supplementError=unexpected&errorId=${logUnexpected(e, "supplement")}`;
  }
  redirect(target);
}
