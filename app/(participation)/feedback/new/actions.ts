"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/auth/session";
import { sendFeedback } from "@/lib/server/feedback/feedback";
import { feedbackInputSchema } from "@/lib/server/feedback/schemas";
import { UploadError } from "@/lib/server/storage/upload";

export type FeedbackFormState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: Record<string, string>; formError?: string; formErrorValues?: Record<string, string>; values: Record<string, string> }
  | { status: "sent"; code: string; dueAt: string };

const FIELDS = ["target", "procedureCode", "agencyCode", "dossierId", "subject", "body"] as const;

const formInput = z.object({
  ...Object.fromEntries(FIELDS.map((f) => [f, z.string().catch("").transform((s) => s.slice(0, 6000))])),
  files: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.unknown()).max(20)).catch([]),
}) as unknown as z.ZodType<Record<(typeof FIELDS)[number], string> & { files: unknown[] }>;

export const sendFeedbackAction = defineAction({ name: "participation.feedback.send", access: "anyone", input: formInput }, async (form): Promise<FeedbackFormState> => {
  const values = Object.fromEntries(FIELDS.map((f) => [f, form[f]]));
  const user = await currentUser();
  if (!user) return { status: "error", fieldErrors: {}, formError: "feedback.signInToSend", values };
  const parsed = feedbackInputSchema.safeParse(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === "" ? undefined : v])));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "target");
      fieldErrors[field] ??= issue.message.startsWith("feedback.") ? issue.message : "feedback.errors.target";
    }
    return { status: "error", fieldErrors, values };
  }
  const files = form.files.filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && (f as File).size > 0);
  try {
    const sent = await sendFeedback(user, parsed.data, files.map((f) => ({ name: f.name, size: f.size, stream: () => f.stream() })));
    return { status: "sent", code: sent.code, dueAt: sent.dueAt.toISOString() };
  } catch (error) {
    if (error instanceof UploadError) {
      const name = files.find(() => true)?.name ?? "";
      return { status: "error", fieldErrors: { files: "feedback.errors.fileRejected" }, formErrorValues: { name }, values };
    }
    if (error instanceof AppError) {
      const field = typeof error.details.field === "string" ? error.details.field : undefined;
      return field ? { status: "error", fieldErrors: { [field]: error.messageKey }, values } : { status: "error", fieldErrors: {}, formError: error.messageKey, values };
    }
    return { status: "error", fieldErrors: {}, formError: "feedback.errors.unexpected", formErrorValues: { id: logUnexpected(error, "feedback.send") }, values };
  }
});
