"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { AppError } from "@/lib/server/errors";
import { answerFeedback, publishFeedback, unpublishFeedback } from "@/lib/server/feedback/feedback";
import { answerSchema, publishSchema } from "@/lib/server/feedback/schemas";

function back(id: string, query: string): never {
  redirect(`/office/feedback/${encodeURIComponent(id)}?${query}`);
}

async function run(id: string, work: () => Promise<void>, ok: string): Promise<never> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) back(id, `error=${encodeURIComponent(error.messageKey)}`);
    throw error;
  }
  back(id, ok);
}

const text = (max: number) => z.string().catch("").transform((s) => s.slice(0, max));

// Officers are every staff role; the use cases check the feedback's agency.
export const answerAction = defineAction(
  { name: "office.feedback.answer", access: "anyone", input: z.object({ id: text(40), answer: text(6000) }) },
  async (form): Promise<void> => {
    const actor = await requireOfficer(`/office/feedback/${form.id}`);
    const parsed = answerSchema.safeParse({ answer: form.answer });
    if (!parsed.success) back(form.id, `error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "feedback.errors.answerShort")}`);
    await run(form.id, () => answerFeedback(actor, form.id, parsed.data.answer), "done=answered");
  },
);

export const publishAction = defineAction(
  {
    name: "office.feedback.publish",
    access: "anyone",
    input: z.object({ id: text(40), publicSubject: text(1000), publicBody: text(6000), publicAnswer: text(6000) }),
  },
  async ({ id, ...fields }): Promise<void> => {
    const actor = await requireOfficer(`/office/feedback/${id}`);
    const parsed = publishSchema.safeParse(fields);
    if (!parsed.success) back(id, `error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "feedback.errors.bodyShort")}`);
    await run(id, () => publishFeedback(actor, id, parsed.data), "done=published");
  },
);

export const unpublishAction = defineAction(
  { name: "office.feedback.unpublish", access: "anyone", input: z.object({ id: text(40) }) },
  async ({ id }): Promise<void> => {
    const actor = await requireOfficer(`/office/feedback/${id}`);
    await run(id, () => unpublishFeedback(actor, id), "done=unpublished");
  },
);
