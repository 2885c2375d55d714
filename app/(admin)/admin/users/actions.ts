"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { CHANGING_ROLES, loadAdminActor } from "@/lib/server/admin/access";
import { changeUserRole, inviteOfficer, resetSecondFactor, setUserActive } from "@/lib/server/admin/users";
import { AppError } from "@/lib/server/errors";

async function attempt<T>(path: string, run: () => Promise<T>, keep: Record<string, string> = {}): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.kind === "not_found") notFound();
    redirect(`${path}?${new URLSearchParams({ ...keep, error: e.messageKey.replace(/^admin\.errors\./, "") })}`);
  }
}

const inviteForm = z.object({ email: field.text(200), fullName: field.text(100), role: field.text(20), agencyCode: field.text(40) });

export const inviteAction = defineAction({ name: "admin.user.invite", access: CHANGING_ROLES, input: inviteForm }, async (input, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const { userId } = await attempt("/admin/users", () => inviteOfficer(admin, input, locale), input);
  redirect(`/admin/users/${userId}?saved=invited`);
});

const roleForm = z.object({ userId: field.uuid(), role: field.text(20), agencyCode: field.text(40) });

export const changeRoleAction = defineAction({ name: "admin.user.role", access: CHANGING_ROLES, input: roleForm }, async ({ userId, ...input }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/users/${userId}`, () => changeUserRole(admin, userId, input));
  redirect(`/admin/users/${userId}?saved=role`);
});

const activeForm = z.object({ userId: field.uuid(), active: z.enum(["true", "false"]) });

export const setActiveAction = defineAction({ name: "admin.user.active", access: CHANGING_ROLES, input: activeForm }, async ({ userId, active }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/users/${userId}`, () => setUserActive(admin, userId, active === "true"));
  redirect(`/admin/users/${userId}?saved=${active === "true" ? "reactivated" : "deactivated"}`);
});

export const resetSecondFactorAction = defineAction({ name: "admin.user.resetSecondFactor", access: CHANGING_ROLES, input: z.object({ userId: field.uuid() }) }, async ({ userId }, { actor }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  await attempt(`/admin/users/${userId}`, () => resetSecondFactor(admin, userId));
  redirect(`/admin/users/${userId}?saved=secondFactorReset`);
});
