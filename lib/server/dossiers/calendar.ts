import { WorkCalendar } from "@/lib/domain/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

let cached: { at: number; calendar: WorkCalendar } | undefined;

/** The work calendar kept by the administrator (CalendarDay rows), cached for a minute. */
export async function loadWorkCalendar(client: Client = db()): Promise<WorkCalendar> {
  if (cached && Date.now() - cached.at < 60_000) return cached.calendar;
  const days = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  const calendar = new WorkCalendar({
    entries: days.map((d) => ({ date: d.date.toISOString().slice(0, 10), kind: d.kind, name: d.name })),
  });
  cached = { at: Date.now(), calendar };
  return calendar;
}

/** Online dossiers are received (accepted or refused) within 8 working hours (DOMAIN.md). */
export const RECEPTION_WORKING_HOURS = 8;

export interface Timeline {
  /** By when the desk accepts or refuses the dossier. */
  receptionBy: Date;
  /** When the result is due if it is accepted then (an estimate until it is received). */
  resultBy: Date | null;
}

export function timelineFor(calendar: WorkCalendar, submittedAt: Date, limit: { value: number; unit: "WORKING_DAY" | "WORKING_HOUR" | "CALENDAR_DAY" }): Timeline {
  const receptionBy = calendar.addWorkingHours(submittedAt, RECEPTION_WORKING_HOURS);
  let resultBy: Date | null = null;
  try {
    resultBy = calendar.dueDate(submittedAt, limit);
  } catch {
    resultBy = null;
  }
  return { receptionBy, resultBy };
}
