"use server";

/**
 * Account actions. Each parses its input with zod, calls one use case, and answers with the
 * state its form shows (errors as catalog keys; typed values except passwords).
 */
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import {
  authenticateWithPassword,
  passwordSchema,
  registerCitizen,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUpSchema,
} from "@/lib/server/auth/accounts";
import { endSession, safeNext, startSession } from "@/lib/server/auth/session";
import { logUnexpected } from "@/lib/server/errors";

export interface FormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** A message for the whole form (catalog key in "auth"), with values. */
  notice?: { key: string; values?: Record<string, string | number> };
  done?: boolean;
}

const text = (fd: FormData, name: string, max = 300) => {
  const v = fd.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};

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

export async function signInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { identifier: text(fd, "identifier", 254), next: safeNext(text(fd, "next", 500)) };
  const errors: Record<string, string> = {};
  if (!values.identifier.trim()) errors.identifier = "identifierRequired";
  const password = text(fd, "password", 256);
  if (!password) errors.password = "passwordRequired";
  if (Object.keys(errors).length > 0) return { errors, values };
  const result = await authenticateWithPassword(values.identifier, password);
  if (!result.ok) {
    if (result.reason === "locked") return { errors: {}, values, notice: { key: "errors.locked", values: { minutes: result.retryAfterMinutes ?? 15 } } };
    if (result.reason === "unverified") return { errors: {}, values, notice: { key: "errors.unverified" } };
    return { errors: { identifier: "invalidCredentials" }, values, notice: { key: "errors.invalidCredentials" } };
  }
  await startSession(result.user);
  redirect(result.user.role === "CITIZEN" ? values.next : values.next === "/my/dossiers" ? "/" : values.next);
}

export async function signUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { fullName: text(fd, "fullName", 100), email: text(fd, "email", 254), phone: text(fd, "phone", 20) };
  const parsed = signUpSchema.safeParse({ ...values, password: text(fd, "password", 256), confirm: text(fd, "confirm", 256) });
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues), values };
  try {
    await registerCitizen(parsed.data, await locale());
  } catch (error) {
    const id = logUnexpected(error, "sign-up");
    return { errors: {}, values, notice: { key: "errors.unexpected", values: { id } } };
  }
  redirect(`/sign-up/check-email?email=${encodeURIComponent(parsed.data.email)}`);
}

export async function resendAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const email = text(fd, "email", 254);
  await resendVerification(email, await locale());
  return { errors: {}, values: { email }, notice: { key: "checkEmail.resent" }, done: true };
}

export async function forgotAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const identifier = text(fd, "identifier", 254);
  if (!identifier.trim()) return { errors: { identifier: "identifierRequired" }, values: { identifier } };
  await requestPasswordReset(identifier, await locale());
  return { errors: {}, values: { identifier }, notice: { key: "forgot.sent" }, done: true };
}

export async function resetAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const token = text(fd, "token", 200);
  const password = text(fd, "password", 256);
  const parsed = z
    .object({ password: passwordSchema, confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "passwordsDiffer" })
    .safeParse({ password, confirm: text(fd, "confirm", 256) });
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues), values: { token } };
  const ok = await resetPassword(token, parsed.data.password);
  if (!ok) return { errors: {}, values: { token }, notice: { key: "reset.invalidLink" } };
  redirect("/sign-in?reset=1");
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
