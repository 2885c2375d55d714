"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field, withDates } from "@/lib/server/action";
import { addDaySwap, confirmCalendarYear, removeCalendarDay, saveCalendarDay, YEAR_MAX, YEAR_MIN } from "@/lib/server/backoffice/calendar-admin";
import { AppError } from "@/lib/server/errors";

const year = (date: string) => (/^\d{4}/.test(date) ? date.slice(0, 4) : "");

/** Dates are asked as day / month / year; a wrong one comes back as typed, with the rest of the form. */
const dayInput = withDates(
  ["date"],
  z.object({
    date: field.text(40),
    kind: field.text(20),
    name: field.text(200),
    nameEn: field.text(200),
  }),
);

/**
 * Runs a calendar change; on success the page says how many open dossiers got a new due date, on a
 * refusal it shows the form again with what was typed (`keep`) and what is wrong.
 */
async function change(yearOf: string, work: () => Promise<{ recomputed: number }>, errorKey: "invalid" | "swap", keep: Record<string, string>): Promise<never> {
  let target: string;
  try {
    const { recomputed } = await work();
    target = `/admin/calendar?year=${yearOf}&recomputed=${recomputed}`;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const back = new URLSearchParams({ error: errorKey, ...keep });
    if (/^\d{4}$/.test(yearOf)) back.set("year", yearOf);
    target = `/admin/calendar?${back}#${errorKey === "swap" ? "swap" : "add"}`;
  }
  redirect(target);
}

/** Adds or changes a day of the calendar; the use case checks the values and says what is wrong. */
export const saveDay = defineAction(
  { name: "admin.calendar.save", access: ["ADMIN"], input: dayInput, invalid: () => redirect("/admin/calendar?error=invalid") },
  async (input, { actor }) => change(year(input.date), () => saveCalendarDay(actor, input), "invalid", { date: input.date, kind: input.kind, name: input.name, nameEn: input.nameEn }),
);

export const removeDay = defineAction(
  { name: "admin.calendar.remove", access: ["ADMIN"], input: z.object({ date: field.date() }), invalid: () => redirect("/admin/calendar?error=invalid") },
  async (input, { actor }) => change(year(input.date), () => removeCalendarDay(actor, input.date), "invalid", {}),
);

const swapInput = withDates(["off", "makeUp"], z.object({ off: field.text(40), makeUp: field.text(40), reason: field.text(150), reasonEn: field.text(150) }));

/** A swap the government announced: a weekday off and the make-up working day, together. */
export const addSwap = defineAction(
  { name: "admin.calendar.swap", access: ["ADMIN"], input: swapInput, invalid: () => redirect("/admin/calendar?error=swap") },
  async (input, { actor }) => change(year(input.off), () => addDaySwap(actor, input), "swap", { off: input.off, makeUp: input.makeUp, reason: input.reason }),
);

/** Confirms a year's computed holidays (the missing ones are added). */
export const confirmYear = defineAction(
  { name: "admin.calendar.confirmYear", access: ["ADMIN"], input: z.object({ year: field.int(YEAR_MIN, YEAR_MAX) }), invalid: () => redirect("/admin/calendar?error=invalid") },
  async (input, { actor }) => {
    const { added, recomputed } = await confirmCalendarYear(actor, input.year);
    redirect(`/admin/calendar?year=${input.year}&confirmed=1&added=${added}&recomputed=${recomputed}`);
  },
);
