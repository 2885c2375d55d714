"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/server/backoffice/actor";
import { removeCalendarDay, saveCalendarDay } from "@/lib/server/backoffice/calendar-admin";
import { AppError } from "@/lib/server/errors";

const year = (date: unknown) => (typeof date === "string" && /^\d{4}/.test(date) ? date.slice(0, 4) : "");

export async function saveDay(formData: FormData): Promise<void> {
  const actor = await requireAdmin();
  const input = { date: formData.get("date"), kind: formData.get("kind"), name: formData.get("name"), nameEn: formData.get("nameEn") ?? "" };
  let target = `/admin/calendar?year=${year(input.date)}&saved=1`;
  try {
    await saveCalendarDay(actor, input);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    target = `/admin/calendar?year=${year(input.date)}&error=invalid`;
  }
  redirect(target);
}

export async function removeDay(formData: FormData): Promise<void> {
  const actor = await requireAdmin();
  const date = String(formData.get("date") ?? "");
  let target = `/admin/calendar?year=${year(date)}&saved=1`;
  try {
    await removeCalendarDay(actor, date);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    target = `/admin/calendar?year=${year(date)}&error=invalid`;
  }
  redirect(target);
}
