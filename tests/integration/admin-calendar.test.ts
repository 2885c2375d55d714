/**
 * Calendar changes recompute the due dates of open dossiers: a dossier due across a newly added
 * holiday moves by one working day, with a status event, in the same transaction as the change and
 * its audit record; a closed dossier does not move; the number of dossiers that changed is returned.
 * Confirming a year adds its computed holidays and recomputes the same way.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { indexProcedure } from "@/lib/server/catalog/reindex";
import { defaultCalendarEntries, fromLocal, localWeekday, toLocalDate } from "@/lib/domain/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDaySwap, calendarYear, confirmCalendarYear, removeCalendarDay, saveCalendarDay } from "@/lib/server/backoffice/calendar-admin";
import { readWorkCalendar } from "@/lib/server/backoffice/calendar";
import type { Actor } from "@/lib/server/backoffice/types";
import { actorByEmail, agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

let admin: Actor;
let agencyId: string;
let versionId: string;

/** A published procedure with a time limit of 2 working days. */
async function twoWorkingDayVersion(): Promise<string> {
  const field = await db().field.findFirstOrThrow({ select: { id: true } });
  const tag = randomBytes(4).toString("hex");
  const procedure = await db().procedure.create({ data: { code: `CAL.${tag}`, fieldId: field.id } });
  const version = await db().procedureVersion.create({
    data: {
      procedureId: procedure.id,
      version: 1,
      status: "DRAFT",
      name: `Thủ tục thử lịch ${tag}`,
      level: "COMMUNE",
      audience: "CITIZEN",
      onlineLevel: "FULL",
      channels: ["ONLINE", "COUNTER"],
      steps: [],
      timeLimitValue: new Prisma.Decimal(2),
      timeLimitUnit: "WORKING_DAY",
      timeLimitText: "02 ngày làm việc",
      fees: [],
      result: "Giấy xác nhận",
      legalBasis: [],
    },
  });
  await db().procedureVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await db().procedure.update({ where: { id: procedure.id }, data: { currentVersionId: version.id } });
  // Publishing puts a procedure in the search index, as the catalog's own publishing does.
  await indexProcedure(db(), procedure.id);
  return version.id;
}

const due = async (id: string) => (await db().dossier.findUniqueOrThrow({ where: { id }, select: { dueAt: true, receptionDueAt: true } }));
const recomputeEvents = (dossierId: string) => db().statusEvent.findMany({ where: { dossierId, action: "calendar.recompute" }, orderBy: { id: "asc" } });

beforeAll(async () => {
  admin = await actorByEmail(DEMO.admin);
  agencyId = (await agencyOf(DEMO.receptionXa)).id;
  versionId = await twoWorkingDayVersion();
});

describe("a calendar change recomputes the due dates of open dossiers", () => {
  it("moves an open dossier due across a new holiday by one working day, leaves a closed one, and says how many changed", async () => {
    // Monday 5/3/2091, 08:00 in Vietnam; 2 working days → due Wednesday 7/3 08:00.
    const monday = "2091-03-05";
    expect(localWeekday(monday)).toBe(1);
    const receivedAt = fromLocal(monday, "08:00");
    const calendar = await readWorkCalendar(db());
    const before = calendar.dueDate(receivedAt, { value: 2, unit: "WORKING_DAY" })!;
    expect(before.toISOString()).toBe(fromLocal("2091-03-07", "08:00").toISOString());

    const open = await createDossier({ agencyId, versionId, status: "IN_PROCESSING", receivedAt, dueAt: before });
    const closed = await createDossier({ agencyId, versionId, status: "RESULT_RETURNED", receivedAt, dueAt: before });
    // Not yet received: its reception deadline (8 working hours → Tuesday 08:00) and its estimated due date.
    const fresh = await createDossier({ agencyId, versionId, status: "NEW", receivedAt: null, dueAt: before });
    await db().dossier.update({ where: { id: fresh.id }, data: { submittedAt: receivedAt, receptionDueAt: calendar.addWorkingHours(receivedAt, 8) } });
    const freshVersion = (await db().dossier.findUniqueOrThrow({ where: { id: fresh.id } })).version;

    // A holiday on Tuesday 6/3/2091.
    const result = await saveCalendarDay(admin, { date: "2091-03-06", kind: "HOLIDAY", name: "Ngày nghỉ thử nghiệm" });
    expect(result).toEqual({ recomputed: 2 });

    expect((await due(open.id)).dueAt?.toISOString()).toBe(fromLocal("2091-03-08", "08:00").toISOString());
    expect((await due(closed.id)).dueAt?.toISOString()).toBe(before.toISOString());
    expect(await due(fresh.id)).toEqual({ dueAt: fromLocal("2091-03-08", "08:00"), receptionDueAt: fromLocal("2091-03-07", "08:00") });
    expect((await db().dossier.findUniqueOrThrow({ where: { id: fresh.id } })).version).toBe(freshVersion + 1);

    const [event] = await recomputeEvents(open.id);
    expect(event).toMatchObject({ fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", actorId: admin.userId, agencyId });
    expect(event?.reason).toContain("06/03/2091");
    expect(event?.data).toMatchObject({ dueAt: { before: before.toISOString(), after: fromLocal("2091-03-08", "08:00").toISOString() } });
    expect(await recomputeEvents(closed.id)).toHaveLength(0);
    const auditRow = await db().auditLog.findFirstOrThrow({ where: { action: "calendar.save", entityId: "2091-03-06" }, orderBy: { id: "desc" } });
    expect(auditRow.data).toMatchObject({ kind: "HOLIDAY", recomputed: 2 });

    // Saving the same kind again (a new name) moves nothing.
    expect(await saveCalendarDay(admin, { date: "2091-03-06", kind: "HOLIDAY", name: "Ngày nghỉ thử nghiệm (sửa tên)" })).toEqual({ recomputed: 0 });

    // Removing the holiday moves them back.
    expect(await removeCalendarDay(admin, "2091-03-06")).toEqual({ recomputed: 2 });
    expect((await due(open.id)).dueAt?.toISOString()).toBe(before.toISOString());
    expect(await recomputeEvents(open.id)).toHaveLength(2);
    expect(await recomputeEvents(closed.id)).toHaveLength(0);
  });

  it("a swap gives a weekday off and a make-up Saturday: the dossier due across both keeps its length", async () => {
    // Received Thursday 15/3/2091 08:00, due Monday 19/3 08:00; Friday 16/3 off, made up on Saturday 17/3.
    const receivedAt = fromLocal("2091-03-15", "08:00");
    expect(localWeekday("2091-03-15")).toBe(4);
    const calendar = await readWorkCalendar(db());
    const before = calendar.dueDate(receivedAt, { value: 2, unit: "WORKING_DAY" })!;
    expect(toLocalDate(before)).toBe("2091-03-19");
    const open = await createDossier({ agencyId, versionId, status: "RECEIVED", receivedAt, dueAt: before });
    expect(await addDaySwap(admin, { off: "2091-03-16", makeUp: "2091-03-17", reason: "dịp thử nghiệm" })).toEqual({ recomputed: 0 });
    const days = await db().calendarDay.findMany({ where: { date: { in: [new Date("2091-03-16T00:00:00Z"), new Date("2091-03-17T00:00:00Z")] } }, orderBy: { date: "asc" } });
    expect(days.map((d) => d.kind)).toEqual(["DAY_OFF", "WORKING_DAY"]);
    expect((await due(open.id)).dueAt?.toISOString()).toBe(before.toISOString());
    // Without the make-up Saturday, the day off pushes it by one working day.
    expect(await removeCalendarDay(admin, "2091-03-17")).toEqual({ recomputed: 1 });
    expect(toLocalDate((await due(open.id)).dueAt!)).toBe("2091-03-20");
    await removeCalendarDay(admin, "2091-03-16");
    await expect(addDaySwap(admin, { off: "2091-03-16", makeUp: "2091-03-16", reason: "trùng ngày" })).rejects.toMatchObject({ kind: "validation" });
  });

  it("confirming a year stores its computed holidays, marks it confirmed and recomputes what they move", async () => {
    const year = 2093;
    const entries = defaultCalendarEntries(year);
    const before = await calendarYear(admin, year);
    expect(before.confirmed).toBeNull();
    expect(before.missing).toBe(entries.length);
    // A holiday on Tuesday to Friday whose day before is an ordinary working day.
    const taken = new Set(entries.map((e) => e.date));
    const holiday = entries.find((e) => {
      const w = localWeekday(e.date);
      const previous = toLocalDate(new Date(fromLocal(e.date).getTime() - 86_400_000 + 3_600_000));
      return e.kind === "HOLIDAY" && w >= 2 && w <= 5 && !taken.has(previous);
    })!;
    const previousDay = toLocalDate(new Date(fromLocal(holiday.date).getTime() - 86_400_000 + 3_600_000));
    const receivedAt = fromLocal(previousDay, "08:00");
    const calendar = await readWorkCalendar(db());
    const old = calendar.dueDate(receivedAt, { value: 2, unit: "WORKING_DAY" })!;
    const open = await createDossier({ agencyId, versionId, status: "RECEIVED", receivedAt, dueAt: old });

    const result = await confirmCalendarYear(admin, year);
    expect(result).toEqual({ added: entries.length, recomputed: 1 });
    const moved = (await due(open.id)).dueAt!;
    expect(moved.getTime()).toBeGreaterThan(old.getTime());
    expect(taken.has(toLocalDate(moved))).toBe(false);
    const after = await calendarYear(admin, year);
    expect(after.missing).toBe(0);
    expect(after.confirmed?.by).toBeTruthy();
    expect(await db().auditLog.count({ where: { action: "calendar.confirmYear", entityId: String(year) } })).toBe(1);
    // Confirming again adds nothing and moves nothing.
    expect(await confirmCalendarYear(admin, year)).toEqual({ added: 0, recomputed: 0 });
  });

  it("is the province administrator's alone", async () => {
    const reception = await actorByEmail(DEMO.receptionXa);
    await expect(saveCalendarDay(reception, { date: "2091-05-15", kind: "HOLIDAY", name: "Không được" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(confirmCalendarYear(reception, 2094)).rejects.toMatchObject({ kind: "not_found" });
    expect(await db().calendarDay.count({ where: { date: new Date("2091-05-15T00:00:00Z") } })).toBe(0);
  });
});
