/**
 * The actions an actor can take on a dossier and what each must supply (zod schemas).
 * The server parses the input with these before anything else.
 */
import { z } from "zod";

export const ACTIONS = [
  "receive",
  "refuse",
  "requestSupplement",
  "resubmitSupplement",
  "assign",
  "reassign",
  "propose",
  "approve",
  "sendBack",
  "transfer",
  "requestFinancialObligation",
  "confirmFinancialObligation",
  "stop",
  "requestWithdrawal",
  "acceptWithdrawal",
  "rejectWithdrawal",
  "apologize",
  "returnResult",
  "redirect",
] as const;
export type Action = (typeof ACTIONS)[number];
export const isAction = (v: unknown): v is Action => typeof v === "string" && (ACTIONS as readonly string[]).includes(v);

/** A written reason: the law wants one for refusals, supplement requests, stops and late results. */
export const reason = z
  .string()
  .trim()
  .min(5, { message: "office.validation.reasonTooShort" })
  .max(2000, { message: "office.validation.tooLong" });
const note = z.string().trim().max(2000, { message: "office.validation.tooLong" }).optional();
const uuid = z.uuid({ message: "office.validation.required" });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "office.validation.date" });

export const missingItem = z.object({
  name: z.string().trim().min(2, { message: "office.validation.itemTooShort" }).max(500, { message: "office.validation.tooLong" }),
  note: z.string().trim().max(1000, { message: "office.validation.tooLong" }).optional(),
});

export const actionInputs = {
  receive: z.object({ note }),
  refuse: z.object({ reason }),
  /** Once, in writing, everything that is missing. */
  requestSupplement: z.object({
    reason,
    items: z.array(missingItem).min(1, { message: "office.validation.itemsRequired" }).max(50, { message: "office.validation.tooMany" }),
  }),
  resubmitSupplement: z.object({ note, fileIds: z.array(uuid).max(50).default([]) }),
  assign: z.object({ assigneeId: uuid, note }),
  reassign: z.object({ assigneeId: uuid, reason }),
  propose: z.object({
    outcome: z.enum(["GRANT", "REFUSE"], { message: "office.validation.outcome" }),
    examination: reason,
    resultFileId: uuid.optional(),
  }),
  approve: z.object({ note }),
  sendBack: z.object({ reason }),
  transfer: z.object({ note }),
  requestFinancialObligation: z.object({
    amount: z.coerce.number({ message: "office.validation.amount" }).int({ message: "office.validation.amount" }).min(1, { message: "office.validation.amount" }).max(1e12, { message: "office.validation.amount" }),
    description: reason,
  }),
  confirmFinancialObligation: z.object({ note }),
  stop: z.object({ reason }),
  requestWithdrawal: z.object({ reason }),
  acceptWithdrawal: z.object({ note }),
  rejectWithdrawal: z.object({ reason }),
  /** Before the due date: apology with the reason and a new date (Annex I, form 4). */
  apologize: z.object({ reason, newDueDate: isoDate }),
  /** Result returned: a file to download (full-online procedures) or collected at the desk. */
  returnResult: z
    .object({ method: z.enum(["ONLINE", "DESK"], { message: "office.validation.method" }), resultFileId: uuid.optional(), note })
    .refine((v) => v.method === "DESK" || v.resultFileId !== undefined, { message: "office.validation.resultFile", path: ["resultFileId"] }),
  /** Outside this desk's remit: sent, before it is received, to the agency that handles it, with a reason. */
  redirect: z.object({ agencyId: uuid, reason }),
} satisfies Record<Action, z.ZodType>;

export type ActionInput<A extends Action> = z.output<(typeof actionInputs)[A]>;
