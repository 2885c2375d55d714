"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field, withDates } from "@/lib/server/action";
import { CHANGING_ROLES, loadAdminActor } from "@/lib/server/admin/access";
import { createDraftFrom, createProcedure, deleteDraft, endProcedure, publishVersion, unscheduleVersion, updateDraft } from "@/lib/server/admin/procedures";
import { AppError } from "@/lib/server/errors";
import type { RecordIssue } from "@/lib/domain/admin/procedure-record";

const ACCESS = CHANGING_ROLES;
const back = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

/** Runs a use case; an expected error goes back to `path` with its key, "not found" stays not found. */
async function attempt<T>(path: string, run: () => Promise<T>, keep: Record<string, string> = {}): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.kind === "not_found") notFound();
    redirect(back(path, { ...keep, error: e.messageKey.replace(/^admin\.errors\./, "") }));
  }
}

const newInput = z.object({ code: field.text(40), fieldCode: field.text(40), name: field.text(1000), level: field.text(20) });

export const createProcedureAction = defineAction(
  { name: "admin.procedure.create", access: ACCESS, input: newInput },
  async (input, { actor }) => {
    const admin = await loadAdminActor(actor.userId).catch(() => notFound());
    const { versionId } = await attempt("/admin/procedures/new", () => createProcedure(admin, input), { ...input });
    redirect(`/admin/procedures/${versionId}`);
  },
);

const versionOnly = z.object({ versionId: field.uuid() });

export const createDraftAction = defineAction({ name: "admin.procedure.draft", access: ACCESS, input: versionOnly }, async ({ versionId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const created = await attempt(`/admin/procedures/${versionId}`, () => createDraftFrom(admin, versionId));
  redirect(`/admin/procedures/${created.versionId}?saved=draft`);
});

export const deleteDraftAction = defineAction({ name: "admin.procedure.deleteDraft", access: ACCESS, input: versionOnly }, async ({ versionId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/procedures/${versionId}`, () => deleteDraft(admin, versionId));
  redirect("/admin/procedures?saved=deleted");
});

export interface EditState {
  issues: RecordIssue[];
  values: Record<string, string | string[]>;
  saved: boolean;
}

const editInput = z.object({ versionId: field.uuid() }).passthrough();

/** Saves the whole record of a draft; problems come back in place with what was typed. */
export const saveDraftAction = defineAction(
  { name: "admin.procedure.edit", access: ACCESS, input: editInput },
  async ({ versionId }, { actor, raw }): Promise<EditState> => {
    const admin = await loadAdminActor(actor.userId).catch(() => notFound());
    const values: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === "versionId") continue;
      if (typeof v === "string") values[k] = v;
      else if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === "string");
    }
    const { issues } = await attempt(`/admin/procedures/${versionId}`, () => updateDraft(admin, versionId, values));
    return { issues, values, saved: issues.length === 0 };
  },
);

/** The two dates are asked as day / month / year; a wrong one comes back as typed (readDate). */
const publishForm = withDates(
  ["decisionDate", "effectiveOn"],
  z.object({
    versionId: field.uuid(),
    decisionNumber: field.text(100),
    decisionDate: field.text(40),
    signer: field.text(200),
    effectiveOn: field.text(40),
  }),
);

export const publishAction = defineAction({ name: "admin.procedure.publish", access: ["ADMIN"], input: publishForm }, async ({ versionId, ...decision }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const path = `/admin/procedures/${versionId}`;
  const result = await attempt(path, () => publishVersion(admin, versionId, decision), decision);
  if (result.issues.length) redirect(back(path, { ...decision, publish: "refused", bad: result.issues.map((i) => i.field).join(",") }));
  redirect(back(path, { saved: result.published ? "published" : "scheduled" }));
});

export const unscheduleAction = defineAction({ name: "admin.procedure.unschedule", access: ["ADMIN"], input: versionOnly }, async ({ versionId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/procedures/${versionId}`, () => unscheduleVersion(admin, versionId));
  redirect(`/admin/procedures/${versionId}?saved=unscheduled`);
});

const endForm = z.object({ versionId: field.uuid(), procedureId: field.uuid(), successorCode: field.text(40) });

export const endAction = defineAction({ name: "admin.procedure.end", access: ["ADMIN"], input: endForm }, async ({ versionId, procedureId, successorCode }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/procedures/${versionId}`, () => endProcedure(admin, procedureId, { successorCode }), { successorCode });
  redirect(`/admin/procedures/${versionId}?saved=ended`);
});
