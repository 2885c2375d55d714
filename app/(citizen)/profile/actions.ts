"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AuthFormState } from "@/components/forms/auth-forms";
import { defineAction, field } from "@/lib/server/action";
import { changePassword, changePasswordSchema, profileSchema, updateProfile } from "@/lib/server/auth/accounts";
import { currentSession, endSession } from "@/lib/server/auth/session";
import { signOutEverywhere } from "@/lib/server/auth/sessions";
import { clientAddress } from "@/lib/server/rate-limit";

export interface ProfileState {
  errors: Record<string, string>;
  values: Record<string, string>;
  saved?: boolean;
}

const FIELDS = ["fullName", "dateOfBirth", "citizenId", "phone", "address", "communeCode", "provinceName"] as const;

const firstErrors = (issues: z.core.$ZodIssue[]) => {
  const errors: Record<string, string> = {};
  for (const i of issues) errors[String(i.path[0] ?? "form")] ??= i.message;
  return errors;
};

export const saveProfileAction = defineAction(
  {
    name: "profile.save",
    access: "signedIn",
    input: z.object(Object.fromEntries(FIELDS.map((f) => [f, field.text(300)])) as Record<(typeof FIELDS)[number], ReturnType<typeof field.text>>),
    invalid: (): ProfileState => ({ errors: { fullName: "invalid" }, values: {} }),
  },
  async (input, { user }): Promise<ProfileState> => {
    const values = Object.fromEntries(FIELDS.map((f) => [f, String(input[f] ?? "")]));
    const parsed = profileSchema.safeParse(values);
    if (!parsed.success) return { errors: firstErrors(parsed.error.issues), values };
    const result = await updateProfile(user.id, parsed.data);
    if (!result.ok) return { errors: { [result.field]: result.key }, values };
    return { errors: {}, values, saved: true };
  },
);

export const changePasswordAction = defineAction(
  {
    name: "profile.change-password",
    access: "signedIn",
    input: z.object({ current: z.preprocess((v) => v ?? "", z.string().max(256)), password: z.preprocess((v) => v ?? "", z.string().max(256)), confirm: z.preprocess((v) => v ?? "", z.string().max(256)) }),
    invalid: (): AuthFormState => ({ errors: {}, values: {}, notice: { key: "errors.badRequest" } }),
  },
  async (input, { user }): Promise<AuthFormState> => {
    const parsed = changePasswordSchema.safeParse(input);
    if (!parsed.success) return { errors: firstErrors(parsed.error.issues), values: {} };
    const session = await currentSession();
    if (!session) redirect("/sign-in?next=/profile");
    const result = await changePassword(user.id, session.id, parsed.data, clientAddress(await headers()));
    if (!result.ok) return { errors: { [result.field]: result.key }, values: {} };
    return { errors: {}, values: {}, done: true, notice: { key: "account.changed", values: { count: result.sessionsEnded } } };
  },
);

export const signOutEverywhereAction = defineAction({ name: "profile.sign-out-everywhere", access: "signedIn", input: z.object({}) }, async (_input, { user }): Promise<void> => {
  await signOutEverywhere(user.id);
  await endSession();
  redirect("/sign-in");
});
