/**
 * Morning reminders: each officer gets a digest of their dossiers due today or tomorrow and of any
 * overdue ones; each leader the overdue dossiers of their agency (and below). By email, through the
 * outbox; at most once a day per person, only on working days; the setting "reminders.enabled"
 * (false) turns them off. `sendDailyDigests(now)` is the whole job: any scheduler may call it as
 * often as it likes (the worker's "reminders.daily-digest" job, lib/server/jobs/definitions.ts).
 */
import { db } from "@/lib/db";
import { addDaysToDate, fromLocal, toLocalDate } from "@/lib/domain/calendar";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { loadWorkCalendar } from "./calendar";

export const REMINDERS_SETTING = "reminders.enabled";
/** Digests go out from this local time on (the office opens at 07:00). */
export const DIGEST_FROM = "07:00";
const MAX_ITEMS = 50;

export type DigestItem = {
  code: string;
  procedureName: string;
  applicantName: string;
  dueAt: string;
};

export async function remindersEnabled(): Promise<boolean> {
  const s = await db().setting.findUnique({ where: { key: REMINDERS_SETTING } });
  return s?.value !== false;
}

/** Sends today's digests that are not sent yet. Returns how many were queued. */
export async function sendDailyDigests(now: Date = new Date()): Promise<{ officers: number; leaders: number; skipped?: "disabled" | "dayOff" | "early" }> {
  if (!(await remindersEnabled())) return { officers: 0, leaders: 0, skipped: "disabled" };
  const client = db();
  const calendar = await loadWorkCalendar(client);
  const today = toLocalDate(now);
  if (!calendar.isWorkingDay(today)) return { officers: 0, leaders: 0, skipped: "dayOff" };
  if (now < fromLocal(today, DIGEST_FROM)) return { officers: 0, leaders: 0, skipped: "early" };
  const tomorrowEnd = fromLocal(addDaysToDate(calendar.nextWorkingDay(today), 1));
  const dayStart = fromLocal(today);

  const officers = await client.user.findMany({
    where: { active: true, email: { not: null }, role: { in: ["RECEPTION", "SPECIALIST", "LEADER"] }, agencyId: { not: null } },
    select: { id: true, email: true, fullName: true, role: true, agencyId: true, agency: { select: { path: true, name: true } } },
  });
  const already = new Set(
    (
      await client.outbox.findMany({
        where: { template: { in: ["digest.officer", "digest.leader"] }, createdAt: { gte: dayStart } },
        select: { recipient: true, template: true },
      })
    ).map((o) => `${o.template}:${o.recipient}`),
  );
  const open = [...OPEN_STATUSES];
  const item = (d: { code: string; applicantName: string; dueAt: Date | null; procedureVersion: { name: string } }): DigestItem => ({
    code: d.code,
    applicantName: d.applicantName,
    procedureName: d.procedureVersion.name,
    dueAt: d.dueAt?.toISOString() ?? "",
  });
  const select = { code: true, applicantName: true, dueAt: true, procedureVersion: { select: { name: true } } } as const;
  let sentOfficers = 0;
  let sentLeaders = 0;
  for (const o of officers) {
    const to = o.email!;
    // Their own: assigned to them (specialists) or waiting at their desk (reception, leader).
    const mine = o.role === "SPECIALIST" ? { assigneeId: o.id } : { currentAgencyId: o.agencyId!, assigneeId: null };
    if (!already.has(`digest.officer:${to}`)) {
      const rows = await client.dossier.findMany({
        where: { ...mine, status: { in: open }, dueAt: { not: null, lt: tomorrowEnd } },
        orderBy: { dueAt: "asc" },
        take: MAX_ITEMS * 2,
        select,
      });
      const overdue = rows.filter((d) => d.dueAt! < now).slice(0, MAX_ITEMS).map(item);
      const dueSoon = rows.filter((d) => d.dueAt! >= now).slice(0, MAX_ITEMS).map(item);
      if (overdue.length + dueSoon.length > 0) {
        await enqueueNotification(client, { to, template: "digest.officer", locale: "vi", data: { name: o.fullName, day: today, overdue, dueSoon } });
        sentOfficers++;
      }
    }
    if (o.role === "LEADER" && !already.has(`digest.leader:${to}`)) {
      const rows = await client.dossier.findMany({
        where: { status: { in: open }, dueAt: { lt: now }, currentAgency: { path: { contains: `/${o.agencyId}/` } } },
        orderBy: { dueAt: "asc" },
        take: MAX_ITEMS,
        select,
      });
      if (rows.length > 0) {
        await enqueueNotification(client, { to, template: "digest.leader", locale: "vi", data: { name: o.fullName, day: today, agency: o.agency?.name ?? "", overdue: rows.map(item) } });
        sentLeaders++;
      }
    }
  }
  return { officers: sentOfficers, leaders: sentLeaders };
}
