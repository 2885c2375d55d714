/**
 * The work calendar as the administrator keeps it: CalendarDay rows (holidays, extra days off,
 * make-up working days) and the office hours Setting ("officeHours"), defaulting to
 * DEFAULT_OFFICE_HOURS. Cached briefly; the calendar admin use cases clear the cache.
 */
import { z } from "zod";
import { DEFAULT_OFFICE_HOURS, WorkCalendar, type OfficeHours } from "@/lib/domain/calendar";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { announceChangeSoon, listenForChanges, onChange } from "@/lib/server/changes";

export const OFFICE_HOURS_SETTING = "officeHours";
const TTL_MS = 30_000;

const officeHoursSchema = z.object({
  periods: z.array(z.object({ start: z.string(), end: z.string() })).min(1),
  weekdays: z.array(z.number().int().min(1).max(7)),
  timeZone: z.literal("Asia/Ho_Chi_Minh"),
});

let cached: { at: number; calendar: WorkCalendar } | undefined;

onChange("calendar", () => (cached = undefined));

/** After a calendar change: clears the cached calendar here and on every other instance. */
export function clearCalendarCache(): void {
  announceChangeSoon("calendar");
}

type Client = Prisma.TransactionClient | PrismaClient;

export async function loadWorkCalendar(client: Client): Promise<WorkCalendar> {
  void listenForChanges();
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const calendar = await readWorkCalendar(client);
  cached = { at: Date.now(), calendar };
  return calendar;
}

/** The calendar as stored now, read through `client` (inside a transaction: as that transaction sees it), not cached. */
export async function readWorkCalendar(client: Client): Promise<WorkCalendar> {
  const [days, setting] = await Promise.all([
    client.calendarDay.findMany({ select: { date: true, kind: true } }),
    client.setting.findUnique({ where: { key: OFFICE_HOURS_SETTING } }),
  ]);
  const parsed = setting ? officeHoursSchema.safeParse(setting.value) : undefined;
  const officeHours: OfficeHours = parsed?.success ? parsed.data : DEFAULT_OFFICE_HOURS;
  let calendar: WorkCalendar;
  try {
    calendar = new WorkCalendar({
      officeHours,
      entries: days.map((d) => ({ date: d.date.toISOString().slice(0, 10), kind: d.kind })),
    });
  } catch {
    // A malformed setting never stops the desk: fall back to the default office hours.
    calendar = new WorkCalendar({ entries: days.map((d) => ({ date: d.date.toISOString().slice(0, 10), kind: d.kind })) });
  }
  return calendar;
}
