"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { loadAdminActor } from "@/lib/server/admin/access";
import { removeSynonym, saveSynonym } from "@/lib/server/admin/synonyms";

const form = z.object({ synonymId: field.text(40), term: field.text(100), expansions: field.text(3000) });

export const saveSynonymAction = defineAction({ name: "admin.synonym.save", access: ["ADMIN"], input: form }, async ({ synonymId, term, expansions }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const res = await saveSynonym(admin, synonymId || null, { term, expansions });
  const path = synonymId ? `/admin/synonyms/${synonymId}` : "/admin/synonyms";
  if (res.ok) redirect(`/admin/synonyms?saved=${synonymId ? "updated" : "created"}`);
  const q = new URLSearchParams({ term, expansions });
  for (const [k, v] of Object.entries(res.errors)) q.set(`e.${k}`, v);
  redirect(`${path}?${q}#form`);
});

export const removeSynonymAction = defineAction({ name: "admin.synonym.remove", access: ["ADMIN"], input: z.object({ synonymId: field.uuid() }) }, async ({ synonymId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await removeSynonym(admin, synonymId);
  redirect("/admin/synonyms?saved=removed");
});
