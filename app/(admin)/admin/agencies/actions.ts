"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { CHANGING_ROLES, loadAdminActor } from "@/lib/server/admin/access";
import { createAgency, dissolveAgency, mergeAgency, updateAgency, type AgencyFieldErrors } from "@/lib/server/admin/agencies";
import { AppError } from "@/lib/server/errors";

const agencyForm = z.object({
  code: field.text(40),
  name: field.text(200),
  nameEn: field.text(200),
  kind: field.text(40),
  parentCode: field.text(40),
  address: field.text(300),
  phone: field.text(30),
  email: field.text(200),
  openingHours: field.text(500),
});

/** Back to the form with what was typed and each field's problem (works without JavaScript). */
function backWithErrors(path: string, input: Record<string, string>, errors: AgencyFieldErrors): never {
  const q = new URLSearchParams(input);
  for (const [k, v] of Object.entries(errors)) q.set(`e.${k}`, v.replace(/^agencies\.invalid\./, ""));
  redirect(`${path}?${q}#form`);
}

async function attempt<T>(path: string, run: () => Promise<T>, keep: Record<string, string> = {}): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.kind === "not_found") notFound();
    redirect(`${path}?${new URLSearchParams({ ...keep, error: e.messageKey.replace(/^admin\.errors\./, "") })}`);
  }
}

export const createAgencyAction = defineAction({ name: "admin.agency.create", access: ["ADMIN"], input: agencyForm }, async (input, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const res = await attempt("/admin/agencies", () => createAgency(admin, input));
  if (!res.ok) backWithErrors("/admin/agencies", input, res.errors);
  redirect(`/admin/agencies/${res.id}?saved=created`);
});

export const updateAgencyAction = defineAction(
  { name: "admin.agency.update", access: CHANGING_ROLES, input: agencyForm.extend({ agencyId: field.uuid() }) },
  async ({ agencyId, ...input }, { actor }) => {
    const admin = await loadAdminActor(actor.userId).catch(() => notFound());
    const path = `/admin/agencies/${agencyId}`;
    const res = await attempt(path, () => updateAgency(admin, agencyId, input));
    if (!res.ok) backWithErrors(path, input, res.errors);
    redirect(`${path}?saved=updated`);
  },
);

const mergeForm = z.object({ agencyId: field.uuid(), intoCode: field.text(40), resolution: field.text(300) });

export const mergeAgencyAction = defineAction({ name: "admin.agency.merge", access: ["ADMIN"], input: mergeForm }, async ({ agencyId, intoCode, resolution }, { actor, raw }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  // One choice per officer: "officer.<id>" = move | deactivate.
  const officers = Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => k.startsWith("officer.") && (v === "move" || v === "deactivate"))
      .map(([k, v]) => [k.slice("officer.".length), v as string]),
  );
  const { procedures } = await attempt(`/admin/agencies/${agencyId}/merge`, () => mergeAgency(admin, agencyId, { intoCode, resolution, officers }), { intoCode, resolution });
  redirect(`/admin/agencies/${agencyId}?saved=merged&published=${procedures.published.length}&drafts=${procedures.drafts.length}`);
});

export const dissolveAgencyAction = defineAction({ name: "admin.agency.dissolve", access: ["ADMIN"], input: z.object({ agencyId: field.uuid() }) }, async ({ agencyId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/agencies/${agencyId}`, () => dissolveAgency(admin, agencyId));
  redirect(`/admin/agencies/${agencyId}?saved=dissolved`);
});
