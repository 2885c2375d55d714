"use server";

/**
 * Account actions, through the one action wrapper (lib/server/action.ts): each parses its form
 * with zod, calls one use case, and answers with the state its form shows (errors as catalog
 * keys; typed values except passwords).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import {
  authenticateWithPassword,
  passwordSchema,
  registerCitizen,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUpSchema,
} from "@/lib/server/auth/accounts";
import { landingPath } from "@/lib/server/auth/landing";
import { safeReturnPath } from "@/lib/server/auth/return-path";
import { enrollSecondFactor, verifySecondFactor } from "@/lib/server/auth/second-factor";
import { currentSession, endSession, startSession } from "@/lib/server/auth/session";
import { isStaff } from "@/lib/server/auth/sessions";
import { landOnFilingStart } from "@/lib/server/dossiers/filing-start";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/rate-limit";

export interface FormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** A message for the whole form (catalog key in "auth"), with values. */
  notice?: { key: string; values?: Record<string, string | number> };
  done?: boolean;
  /** Recovery codes, shown once after enrolling a second factor. */
  codes?: string[];
  /** Where to go once the codes are noted. */
  continueTo?: string;
}

async function locale(): Promise<"vi" | "en"> {
  return (await getLocale()) === "en" ? "en" : "vi";
}

function issuesToErrors(issues: z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const i of issues) {
    const k = String(i.path[0] ?? "form");
    errors[k] ??= i.message;
  }
  return errors;
}

const badForm = (): FormState => ({ errors: {}, values: {}, notice: { key: "errors.badRequest" } });

export const signInAction = defineAction(
  {
    name: "auth.sign-in",
    access: "anyone",
    input: z.object({ identifier: field.text(254), password: z.preprocess((v) => v ?? "", z.string().max(256)), next: field.text(1000) }),
    invalid: badForm,
  },
  async (input): Promise<FormState> => {
    // An explicit return address is kept (when it is a path on this site); none: the person's home.
    const next = input.next ? safeReturnPath(input.next, "") : "";
    const values = { identifier: input.identifier, next };
    const errors: Record<string, string> = {};
    if (!input.identifier) errors.identifier = "identifierRequired";
    if (!input.password) errors.password = "passwordRequired";
    if (Object.keys(errors).length > 0) return { errors, values };
    const result = await authenticateWithPassword(input.identifier, input.password, clientAddress(await headers()));
    if (!result.ok) {
      if (result.reason === "throttled") {
        const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
        return { errors: {}, values, notice: { key: "errors.throttled", values: { minutes } } };
      }
      if (result.reason === "unverified") return { errors: {}, values, notice: { key: "errors.unverified" } };
      // Said once, in the error summary and beside the field (not a third time in a notice above them).
      return { errors: { identifier: "invalidCredentials" }, values };
    }
    await startSession(result.user);
    const to = landingPath(result.user.role, next);
    if (isStaff(result.user.role)) redirect(`/sign-in/second-factor?next=${encodeURIComponent(to)}`);
    redirect(await landOnFilingStart(result.user.id, to));
  },
);

export const signUpAction = defineAction(
  {
    name: "auth.sign-up",
    access: "anyone",
    input: z.object({ fullName: field.text(100), email: field.text(254), phone: field.text(20), password: field.text(256), confirm: field.text(256), next: field.text(1000) }),
    invalid: badForm,
  },
  async (input): Promise<FormState> => {
    // Where the person was going (a filing's first step): the verification link brings them back.
    const next = input.next ? safeReturnPath(input.next, "") : "";
    const values = { fullName: input.fullName, email: input.email, phone: input.phone, next };
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues), values };
    try {
      await registerCitizen(parsed.data, await locale(), next);
    } catch (error) {
      const id = logUnexpected(error, "sign-up");
      return { errors: {}, values, notice: { key: "errors.unexpected", values: { id } } };
    }
    redirect(`/sign-up/check-email?email=${encodeURIComponent(parsed.data.email)}${next ? `&next=${encodeURIComponent(next)}` : ""}`);
  },
);

export const resendAction = defineAction(
  { name: "auth.resend-verification", access: "anyone", input: z.object({ email: field.text(254), next: field.text(1000) }), invalid: badForm },
  async ({ email, next }): Promise<FormState> => {
    await resendVerification(email, await locale(), next ? safeReturnPath(next, "") : "");
    return { errors: {}, values: { email, next }, notice: { key: "checkEmail.resent" }, done: true };
  },
);

export const forgotAction = defineAction(
  { name: "auth.forgot-password", access: "anyone", input: z.object({ identifier: field.text(254) }), invalid: badForm },
  async ({ identifier }): Promise<FormState> => {
    if (!identifier) return { errors: { identifier: "identifierRequired" }, values: { identifier } };
    await requestPasswordReset(identifier, await locale());
    return { errors: {}, values: { identifier }, notice: { key: "forgot.sent" }, done: true };
  },
);

export const resetAction = defineAction(
  {
    name: "auth.reset-password",
    access: "anyone",
    input: z.object({ token: field.text(200), password: z.preprocess((v) => v ?? "", z.string().max(256)), confirm: z.preprocess((v) => v ?? "", z.string().max(256)) }),
    invalid: badForm,
  },
  async ({ token, password, confirm }): Promise<FormState> => {
    const parsed = z
      .object({ password: passwordSchema, confirm: z.string() })
      .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "passwordsDiffer" })
      .safeParse({ password, confirm });
    if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues), values: { token } };
    let ok: boolean;
    try {
      ok = await resetPassword(token, parsed.data.password);
    } catch (error) {
      if (error instanceof AppError && error.messageKey === "passwordWeak") return { errors: { password: "passwordWeak" }, values: { token } };
      throw error;
    }
    if (!ok) return { errors: {}, values: { token }, notice: { key: "reset.invalidLink" } };
    redirect("/sign-in?reset=1");
  },
);

/** The second step of a staff sign-in: enrol an authenticator app (first time), or give a code. */
export const secondFactorAction = defineAction(
  {
    name: "auth.second-factor",
    access: "anyone",
    input: z.object({ code: field.text(40), next: field.text(1000), mode: z.enum(["enroll", "verify"]) }),
    invalid: badForm,
  },
  async ({ code, next, mode }): Promise<FormState> => {
    const session = await currentSession();
    if (!session) redirect("/sign-in");
    const to = safeReturnPath(next, landingPath(session.user.role, ""));
    if (session.verified) redirect(to);
    if (!code) return { errors: { code: "codeRequired" }, values: { next: to } };
    const result = mode === "enroll" ? await enrollSecondFactor(session.id, session.user.id, code) : await verifySecondFactor(session.id, session.user.id, code);
    if (!result.ok) {
      if (result.reason === "no-session") redirect("/sign-in");
      return { errors: { code: result.reason === "throttled" ? "codeThrottled" : "codeInvalid" }, values: { next: to } };
    }
    if (result.recoveryCodes) return { errors: {}, values: { next: to }, done: true, codes: result.recoveryCodes, continueTo: to };
    redirect(to);
  },
);

export const signOutAction = defineAction({ name: "auth.sign-out", access: "anyone", input: z.object({}) }, async (): Promise<void> => {
  await endSession();
  redirect("/");
});
