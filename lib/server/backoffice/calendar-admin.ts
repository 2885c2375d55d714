/**
 * The administrator keeps the work calendar: days off (holidays, compensations, swaps) and make-up
 * working days, as CalendarDay rows; each year's computed holidays are confirmed (CalendarYear).
 *
 * Every change recomputes, in the same transaction, the deadlines of the open dossiers it may move
 * (with the portal's one due-date computation: WorkCalendar.dueDate, timelineFor for a dossier not
 * yet received), writes a status event on each dossier whose deadline changed, and an audit record
 * that says how many changed. The cached calendars are cleared on every instance afterwards.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { defaultCalendarEntries, fromLocal, swapEntries, timeLimitOf, type CalendarEntry } from "@/lib/domain/calendar";
import { isPaused, OPEN_STATUSES } from "@/lib/domain/workflow/statuses";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { timelineFor } from "@/lib/server/dossiers/calendar";
import { notFound, validation } from "@/lib/server/errors";
import { clearCalendarCache, readWorkCalendar } from "./calendar";
import { pausesOf } from "./transition";
import type { Actor } from "./types";

type Tx = Prisma.TransactionClient;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const calendarDayInput = z.object({
  date: isoDate,
  kind: z.enum(["HOLIDAY", "DAY_OFF", "WORKING_DAY"]),
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().max(200).optional().default(""),
});

/** A swap announced by the government: a weekday given off, a weekend day worked instead. */
export const daySwapInput = z
  .object({
    off: isoDate,
    makeUp: isoDate,
    reason: z.string().trim().min(2).max(150),
    reasonEn: z.string().trim().max(150).optional().default(""),
  })
  .refine((s) => s.off !== s.makeUp, { path: ["makeUp"] });

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const requireAdmin = (actor: Actor) => {
  if (actor.role !== "ADMIN") throw notFound();
};

/** What a calendar change did: how many open dossiers got a new deadline. */
export interface CalendarChange {
  recomputed: number;
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");

/**
 * Recomputes the deadlines of the open dossiers due on or after the first changed day (a deadline
 * that fell before it did not count that day), with the calendar as this transaction now sees it.
 * A dossier whose clock is stopped (its deadline unknown until the applicant answers) is left alone;
 * a promised extension (extendedDueAt) is a letter already sent and is not changed. Returns how
 * many dossiers changed; each gets a status event `calendar.recompute`.
 */
export async function recomputeOpenDeadlines(tx: Tx, actor: Actor, changedDates: string[]): Promise<number> {
  if (changedDates.length === 0) return 0;
  const first = [...changedDates].sort()[0]!;
  const from = fromLocal(first);
  const calendar = await readWorkCalendar(tx);
  const rows = await tx.dossier.findMany({
    where: {
      status: { in: OPEN_STATUSES },
      pausedAt: null,
      OR: [{ dueAt: { gte: from } }, { receptionDueAt: { gte: from } }],
    },
    select: {
      id: true,
      status: true,
      version: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      receptionDueAt: true,
      pauses: true,
      currentAgencyId: true,
      procedureVersion: { select: { timeLimitValue: true, timeLimitUnit: true, sameDayCutoff: true, sameDayReturnBy: true } },
    },
  });
  const reason = `Lịch làm việc thay đổi (${[...new Set(changedDates)].sort().map(ddmmyyyy).join(", ")}): hạn giải quyết được tính lại theo lịch mới`;
  let changed = 0;
  for (const d of rows) {
    if (isPaused(d.status)) continue;
    const limit = timeLimitOf(d.procedureVersion);
    let dueAt: Date | null;
    let receptionDueAt = d.receptionDueAt;
    try {
      if (d.receivedAt) {
        dueAt = calendar.dueDate(d.receivedAt, limit, pausesOf(d.pauses));
      } else {
        const timeline = timelineFor(calendar, d.submittedAt, limit);
        dueAt = timeline.resultBy;
        if (d.receptionDueAt) receptionDueAt = timeline.receptionBy;
      }
    } catch {
      continue; // a limit the calendar cannot count (malformed version): left as it was
    }
    const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
    if (same(dueAt, d.dueAt) && same(receptionDueAt, d.receptionDueAt)) continue;
    // Under the dossier's version, like every other change: a dossier moved meanwhile is not overwritten.
    const { count } = await tx.dossier.updateMany({ where: { id: d.id, version: d.version }, data: { dueAt, receptionDueAt, version: { increment: 1 } } });
    if (count === 0) continue;
    await tx.statusEvent.create({
      data: {
        dossierId: d.id,
        action: "calendar.recompute",
        fromStatus: d.status,
        toStatus: d.status,
        actorId: actor.userId,
        actorRole: actor.role,
        agencyId: d.currentAgencyId,
        reason,
        data: {
          dueAt: { before: d.dueAt?.toISOString() ?? null, after: dueAt?.toISOString() ?? null },
          ...(d.receptionDueAt && { receptionDueAt: { before: d.receptionDueAt.toISOString(), after: receptionDueAt?.toISOString() ?? null } }),
        },
      },
    });
    changed++;
  }
  return changed;
}

/** Runs a calendar change and the recomputation in one transaction; clears the cached calendars after. */
async function changeCalendar(work: (tx: Tx) => Promise<CalendarChange>): Promise<CalendarChange> {
  const result = await db().$transaction(work, { timeout: 120_000 });
  clearCalendarCache();
  return result;
}

export async function listCalendarDays(actor: Actor, year: number) {
  requireAdmin(actor);
  return db().calendarDay.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
  });
}

export interface CalendarYearView {
  year: number;
  confirmed: { at: Date; by: string | null } | null;
  /** The days the law's rules give for the year, each with what is stored for that date. */
  computed: Array<CalendarEntry & { stored: { kind: string; name: string } | null }>;
  /** Computed days not stored yet (confirming the year adds them). */
  missing: number;
}

/** A year of the calendar: its computed holidays against the stored days, and whether it was confirmed. */
export async function calendarYear(actor: Actor, year: number): Promise<CalendarYearView> {
  requireAdmin(actor);
  const [stored, confirmation] = await Promise.all([listCalendarDays(actor, year), db().calendarYear.findUnique({ where: { year } })]);
  const byDate = new Map(stored.map((d) => [d.date.toISOString().slice(0, 10), d]));
  const computed = defaultCalendarEntries(year).map((e) => {
    const s = byDate.get(e.date);
    return { ...e, stored: s ? { kind: s.kind, name: s.name } : null };
  });
  const by = confirmation?.confirmedById ? await db().user.findUnique({ where: { id: confirmation.confirmedById }, select: { fullName: true } }) : null;
  return {
    year,
    confirmed: confirmation ? { at: confirmation.confirmedAt, by: by?.fullName ?? null } : null,
    computed,
    missing: computed.filter((c) => !c.stored).length,
  };
}

export async function saveCalendarDay(actor: Actor, raw: unknown): Promise<CalendarChange> {
  requireAdmin(actor);
  const parsed = calendarDayInput.safeParse(raw);
  if (!parsed.success) throw validation("office.calendar.errors.invalid");
  const { date, kind, name, nameEn } = parsed.data;
  const day = dayOf(date);
  return changeCalendar(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day } });
    await tx.calendarDay.upsert({ where: { date: day }, create: { date: day, kind, name, nameEn }, update: { kind, name, nameEn } });
    const recomputed = before?.kind === kind ? 0 : await recomputeOpenDeadlines(tx, actor, [date]);
    await audit(tx, { actorId: actor.userId, action: "calendar.save", entity: "CalendarDay", entityId: date, data: { kind, name, before: before ? { kind: before.kind, name: before.name } : null, recomputed } });
    return { recomputed };
  });
}

export async function removeCalendarDay(actor: Actor, date: string): Promise<CalendarChange> {
  requireAdmin(actor);
  if (!isoDate.safeParse(date).success) throw validation("office.calendar.errors.invalid");
  const day = dayOf(date);
  return changeCalendar(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day } });
    if (!before) return { recomputed: 0 };
    await tx.calendarDay.delete({ where: { date: day } });
    const recomputed = await recomputeOpenDeadlines(tx, actor, [date]);
    await audit(tx, { actorId: actor.userId, action: "calendar.remove", entity: "CalendarDay", entityId: date, data: { kind: before.kind, name: before.name, recomputed } });
    return { recomputed };
  });
}

/** Adds a swap the government announced: the weekday off and the make-up working day, together. */
export async function addDaySwap(actor: Actor, raw: unknown): Promise<CalendarChange> {
  requireAdmin(actor);
  const parsed = daySwapInput.safeParse(raw);
  if (!parsed.success) throw validation("office.calendar.errors.swap");
  const { off, makeUp, reason, reasonEn } = parsed.data;
  const entries = swapEntries({ off, makeUp, reason, reasonEn: reasonEn || reason });
  return changeCalendar(async (tx) => {
    for (const e of entries) {
      await tx.calendarDay.upsert({ where: { date: dayOf(e.date) }, create: { date: dayOf(e.date), kind: e.kind, name: e.name, nameEn: e.nameEn }, update: { kind: e.kind, name: e.name, nameEn: e.nameEn } });
    }
    const recomputed = await recomputeOpenDeadlines(tx, actor, [off, makeUp]);
    await audit(tx, { actorId: actor.userId, action: "calendar.swap", entity: "CalendarDay", entityId: off, data: { off, makeUp, reason, recomputed } });
    return { recomputed };
  });
}

/**
 * Confirms a year: the computed holidays not stored yet are added (a day the administrator already
 * set is kept as set), and the year is marked confirmed. Returns how many days were added too.
 */
export async function confirmCalendarYear(actor: Actor, year: number, now = new Date()): Promise<CalendarChange & { added: number }> {
  requireAdmin(actor);
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) throw validation("office.calendar.errors.invalid");
  let added = 0;
  const result = await changeCalendar(async (tx) => {
    const addedDates: string[] = [];
    for (const e of defaultCalendarEntries(year)) {
      const date = dayOf(e.date);
      if (await tx.calendarDay.findUnique({ where: { date } })) continue;
      await tx.calendarDay.create({ data: { date, kind: e.kind, name: e.name, nameEn: e.nameEn } });
      addedDates.push(e.date);
    }
    added = addedDates.length;
    await tx.calendarYear.upsert({ where: { year }, create: { year, confirmedAt: now, confirmedById: actor.userId }, update: { confirmedAt: now, confirmedById: actor.userId } });
    const recomputed = await recomputeOpenDeadlines(tx, actor, addedDates);
    await audit(tx, { actorId: actor.userId, action: "calendar.confirmYear", entity: "CalendarYear", entityId: String(year), data: { added: addedDates, recomputed } });
    return { recomputed };
  });
  return { ...result, added };
}
