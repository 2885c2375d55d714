"use server";

import { profileSchema, updateProfile } from "@/lib/server/auth/accounts";
import { currentUser } from "@/lib/server/auth/session";
import { redirect } from "next/navigation";

export interface ProfileState {
  errors: Record<string, string>;
  values: Record<string, string>;
  saved?: boolean;
}

const FIELDS = ["fullName", "dateOfBirth", "citizenId", "phone", "address", "communeCode", "provinceName"] as const;

export async function saveProfileAction(_prev: ProfileState, fd: FormData): Promise<ProfileState> {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/profile");
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(fd.get(f) ?? "").slice(0, 300)]));
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return { errors, values };
  }
  const result = await updateProfile(user.id, parsed.data);
  if (!result.ok) return { errors: { [result.field]: result.key }, values };
  return { errors: {}, values, saved: true };
}
