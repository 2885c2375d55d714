import { WorkCalendar, type TimeLimit } from "@/lib/domain/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { loadWorkCalendar as loadSharedCalendar } from "@/lib/server/backoffice/calendar";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/**
 * The work calendar kept by the administrator: holidays, days off, make-up working days and the
 * office-hours setting. One loader serves the whole portal (lib/server/backoffice/calendar.ts).
 */
export async function loadWorkCalendar(client: Client = db()): Promise<WorkCalendar> {
  return loadSharedCalendar(client);
}

/** Online dossiers are received (accepted or refused) within 8 working hours (DOMAIN.md). */
export const RECEPTION_WORKING_HOURS = 8;

export interface Timeline {
  /** By when the desk accepts or refuses the dossier. */
  receptionBy: Date;
  /** When the result is due if it is accepted then (an estimate until it is received). */
  resultBy: Date | null;
}

export function timelineFor(calendar: WorkCalendar, submittedAt: Date, limit: TimeLimit): Timeline {
  const receptionBy = calendar.addWorkingHours(submittedAt, RECEPTION_WORKING_HOURS);
  let resultBy: Date | null = null;
  try {
    resultBy = calendar.dueDate(submittedAt, limit);
  } catch {
    resultBy = null;
  }
  return { receptionBy, resultBy };
}
