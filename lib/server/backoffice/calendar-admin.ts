/**
 * The administrator keeps the work calendar: days off (holidays, compensations, swaps) and make-up
 * working days, as CalendarDay rows. Every change is audited; the cached calendars are cleared.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/server/audit";
import { notFound, validation } from "@/lib/server/errors";
import { clearCalendarCache } from "./calendar";
import type { Actor } from "./types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const calendarDayInput = z.object({
  date: isoDate,
  kind: z.enum(["HOLIDAY", "DAY_OFF", "WORKING_DAY"]),
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().max(200).optional().default(""),
});

const requireAdmin = (actor: Actor) => {
  if (actor.role !== "ADMIN") throw notFound();
};

export async function listCalendarDays(actor: Actor, year: number) {
  requireAdmin(actor);
  return db().calendarDay.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
  });
}

export async function saveCalendarDay(actor: Actor, raw: unknown): Promise<void> {
  requireAdmin(actor);
  const parsed = calendarDayInput.safeParse(raw);
  if (!parsed.success) throw validation("office.calendar.errors.invalid");
  const { date, kind, name, nameEn } = parsed.data;
  const day = new Date(`${date}T00:00:00Z`);
  await db().$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day } });
    await tx.calendarDay.upsert({ where: { date: day }, create: { date: day, kind, name, nameEn }, update: { kind, name, nameEn } });
    await audit(tx, { actorId: actor.userId, action: "calendar.save", entity: "CalendarDay", entityId: date, data: { kind, name, before: before ? { kind: before.kind, name: before.name } : null } });
  });
  clearCalendarCache();
}

export async function removeCalendarDay(actor: Actor, date: string): Promise<void> {
  requireAdmin(actor);
  if (!isoDate.safeParse(date).success) throw validation("office.calendar.errors.invalid");
  const day = new Date(`${date}T00:00:00Z`);
  await db().$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day } });
    if (!before) return;
    await tx.calendarDay.delete({ where: { date: day } });
    await audit(tx, { actorId: actor.userId, action: "calendar.remove", entity: "CalendarDay", entityId: date, data: { kind: before.kind, name: before.name } });
  });
  clearCalendarCache();
}
