"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/auth/session";
import { reopenFeedback } from "@/lib/server/feedback/feedback";
import { reopenSchema } from "@/lib/server/feedback/schemas";

const KEYS = new Set(["feedback.errors.reasonShort", "feedback.errors.bodyLong", "feedback.errors.notAnswered", "feedback.errors.reopenedOnce"]);

/** Reopens answered feedback once; answers by redirecting back to the list (works without JavaScript). */
const formInput = z.object({ id: z.string().catch("").transform((s) => s.slice(0, 40)), reason: z.string().catch("").transform((s) => s.slice(0, 3000)) });

export const reopenAction = defineAction({ name: "participation.feedback.reopen", access: "anyone", input: formInput }, async (form): Promise<void> => {
  const id = form.id;
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/feedback/mine");
  const parsed = reopenSchema.safeParse({ reason: form.reason });
  let outcome = "reopened=1";
  if (!parsed.success) {
    outcome = `error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "feedback.errors.reasonShort")}&id=${encodeURIComponent(id)}`;
  } else {
    try {
      await reopenFeedback(user, id, parsed.data.reason);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const key = KEYS.has(error.messageKey) ? error.messageKey : "feedback.errors.notAnswered";
      outcome = `error=${encodeURIComponent(key)}&id=${encodeURIComponent(id)}`;
    }
  }
  redirect(`/feedback/mine?${outcome}#fb-${id}`);
});
