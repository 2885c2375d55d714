"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { currentUser } from "@/lib/server/auth/session";
import { rateDossier, ratingInputSchema } from "@/lib/server/ratings/rate-dossier";

export type RatingState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: Record<string, string>; formError?: string; errorId?: string; values: Record<string, string> }
  | { status: "done" };

const FIELDS = ["access", "procedure", "officers", "result", "feedbackHandling", "overall", "contacts", "agenciesVisited", "comment"] as const;

const formInput = z.object({
  dossierId: z.string().catch("").transform((s) => s.slice(0, 40)),
  ...Object.fromEntries(FIELDS.map((f) => [f, z.string().catch("").transform((s) => s.slice(0, 3000))])),
}) as unknown as z.ZodType<Record<(typeof FIELDS)[number] | "dossierId", string>>;

export const rateAction = defineAction({ name: "participation.rate", access: "anyone", input: formInput }, async (form): Promise<RatingState> => {
  const { dossierId, ...rest } = form;
  const values = Object.fromEntries(FIELDS.map((f) => [f, rest[f]]));
  const user = await currentUser();
  if (!user) return { status: "error", fieldErrors: {}, formError: "rating.notFinished", values };
  const parsed = ratingInputSchema.safeParse({ ...values, contacts: values.contacts === "" ? undefined : values.contacts, agenciesVisited: values.agenciesVisited === "" ? undefined : values.agenciesVisited });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] ??= issue.message.startsWith("rating.") ? issue.message : ["contacts", "agenciesVisited"].includes(field) ? "rating.errors.count" : "rating.errors.score";
    }
    return { status: "error", fieldErrors, values };
  }
  try {
    await rateDossier(user.id, dossierId, parsed.data);
    return { status: "done" };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", fieldErrors: {}, formError: error.kind === "not_found" ? "rating.notFinished" : error.messageKey, values };
    return { status: "error", fieldErrors: {}, formError: "feedback.errors.unexpected", errorId: logUnexpected(error, "rate"), values };
  }
});
