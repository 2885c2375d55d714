"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { loadAdminActor } from "@/lib/server/admin/access";
import { saveSettings } from "@/lib/server/admin/settings";

const form = z.object({
  officeHoursPeriods: field.text(200),
  officeHoursWeekdays: z.array(z.string().max(2)).max(7).optional().default([]),
  feedbackAnswerDays: field.text(10),
  draftLifetimeDays: field.text(10),
  remindersEnabled: field.checkbox(),
});

export const saveSettingsAction = defineAction({ name: "admin.settings.save", access: ["ADMIN"], input: form }, async (input, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const res = await saveSettings(admin, input);
  if (res.ok) redirect("/admin/settings?saved=1");
  // Back with what was typed and each field's problem in place (works without JavaScript).
  const q = new URLSearchParams({ officeHoursPeriods: input.officeHoursPeriods, feedbackAnswerDays: input.feedbackAnswerDays, draftLifetimeDays: input.draftLifetimeDays, remindersEnabled: input.remindersEnabled ? "1" : "0" });
  for (const d of input.officeHoursWeekdays) q.append("officeHoursWeekdays", d);
  for (const [k, v] of Object.entries(res.errors)) q.set(`e.${k}`, v);
  redirect(`/admin/settings?${q}`);
});
