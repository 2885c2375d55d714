"use server";

import { redirect } from "next/navigation";
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

export async function answerAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "").slice(0, 40);
  const actor = await requireOfficer(`/office/feedback/${id}`);
  const parsed = answerSchema.safeParse({ answer: String(formData.get("answer") ?? "").slice(0, 6000) });
  if (!parsed.success) back(id, `error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "feedback.errors.answerShort")}`);
  await run(id, () => answerFeedback(actor, id, parsed.data.answer), "done=answered");
}

export async function publishAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "").slice(0, 40);
  const actor = await requireOfficer(`/office/feedback/${id}`);
  const parsed = publishSchema.safeParse({
    publicSubject: String(formData.get("publicSubject") ?? "").slice(0, 1000),
    publicBody: String(formData.get("publicBody") ?? "").slice(0, 6000),
    publicAnswer: String(formData.get("publicAnswer") ?? "").slice(0, 6000),
  });
  if (!parsed.success) back(id, `error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "feedback.errors.bodyShort")}`);
  await run(id, () => publishFeedback(actor, id, parsed.data), "done=published");
}

export async function unpublishAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "").slice(0, 40);
  const actor = await requireOfficer(`/office/feedback/${id}`);
  await run(id, () => unpublishFeedback(actor, id), "done=unpublished");
}
