import { z } from "zod";

export const FEEDBACK_TARGETS = ["PROCEDURE", "AGENCY", "DOSSIER"] as const;

export const feedbackInputSchema = z
  .object({
    target: z.enum(FEEDBACK_TARGETS, { message: "feedback.errors.target" }),
    procedureCode: z.string().trim().max(40).optional(),
    agencyCode: z.string().trim().max(40).optional(),
    dossierId: z.string().trim().max(40).optional(),
    subject: z.string().trim().min(5, "feedback.errors.subjectShort").max(200, "feedback.errors.subjectLong"),
    body: z.string().trim().min(20, "feedback.errors.bodyShort").max(5000, "feedback.errors.bodyLong"),
  })
  .superRefine((v, ctx) => {
    if (v.target === "PROCEDURE" && !v.procedureCode) ctx.addIssue({ code: "custom", path: ["procedureCode"], message: "feedback.errors.procedure" });
    if ((v.target === "AGENCY" || v.target === "PROCEDURE") && !v.agencyCode) ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "feedback.errors.agency" });
    if (v.target === "DOSSIER" && !v.dossierId) ctx.addIssue({ code: "custom", path: ["dossierId"], message: "feedback.errors.dossier" });
  });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const answerSchema = z.object({
  answer: z.string().trim().min(20, "feedback.errors.answerShort").max(5000, "feedback.errors.bodyLong"),
});

export const reopenSchema = z.object({
  reason: z.string().trim().min(10, "feedback.errors.reasonShort").max(2000, "feedback.errors.bodyLong"),
});

export const publishSchema = z.object({
  publicSubject: z.string().trim().min(5, "feedback.errors.subjectShort").max(200, "feedback.errors.subjectLong"),
  publicBody: z.string().trim().min(10, "feedback.errors.bodyShort").max(5000, "feedback.errors.bodyLong"),
  publicAnswer: z.string().trim().min(10, "feedback.errors.answerShort").max(5000, "feedback.errors.bodyLong"),
});

export const publicListSchema = z.object({
  q: z
    .string()
    .max(200)
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
