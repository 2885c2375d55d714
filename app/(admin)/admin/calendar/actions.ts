"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { removeCalendarDay, saveCalendarDay } from "@/lib/server/backoffice/calendar-admin";
import { AppError } from "@/lib/server/errors";

const year = (date: string) => (/^\d{4}/.test(date) ? date.slice(0, 4) : "");

const dayInput = z.object({
  date: field.text(10),
  kind: field.text(20),
  name: field.text(200),
  nameEn: field.text(200),
});

/** Adds or changes a day of the calendar; the use case checks the values and says what is wrong. */
export const saveDay = defineAction(
  { name: "admin.calendar.save", access: ["ADMIN"], input: dayInput, invalid: () => redirect("/admin/calendar?error=invalid") },
  async (input, { actor }) => {
    let target = `/admin/calendar?year=${year(input.date)}&saved=1`;
    try {
      await saveCalendarDay(actor, input);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      target = `/admin/calendar?year=${year(input.date)}&error=invalid`;
    }
    redirect(target);
  },
);

export const removeDay = defineAction(
  { name: "admin.calendar.remove", access: ["ADMIN"], input: z.object({ date: field.date() }), invalid: () => redirect("/admin/calendar?error=invalid") },
  async (input, { actor }) => {
    await removeCalendarDay(actor, input.date);
    redirect(`/admin/calendar?year=${year(input.date)}&saved=1`);
  },
);
