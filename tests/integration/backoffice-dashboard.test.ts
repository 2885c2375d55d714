/** The leader's dashboard: per agency and per officer, due this week, late, nearly late, receptions overdue, needing reassignment. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal, WorkCalendar } from "@/lib/domain/calendar";
import { endOfWeek, leaderDashboard } from "@/lib/server/backoffice/dashboard";
import type { Actor } from "@/lib/server/backoffice/types";
import { createDossier, createOfficer } from "./support/backoffice-fixtures";

let parent: { id: string; path: string };
let childA: string, childB: string;
let leader: Actor, specialistA: Actor, gone: Actor, reception: Actor;

async function agency(name: string, parentRow: { id: string; path: string }) {
  const a = await db().agency.create({
    data: { code: `D${Date.now()}${Math.floor(Math.random() * 1e4)}`.slice(0, 15), name, nameEn: name, kind: "COMMUNE", parentId: parentRow.id, path: "" },
  });
  const path = `${parentRow.path}${a.id}/`;
  await db().agency.update({ where: { id: a.id }, data: { path } });
  return { id: a.id, path };
}

// A Wednesday at 09:00 in Vietnam: the week ends next Monday 00:00.
const now = fromLocal("2026-12-02", "09:00");
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

beforeAll(async () => {
  const root = await db().agency.findFirstOrThrow({ where: { parentId: null }, select: { id: true, path: true } });
  parent = await agency("Cụm Bảng Điều Khiển", root);
  childA = (await agency("Xã An Bình Thử", parent)).id;
  childB = (await agency("Xã Bình Minh Thử", parent)).id;
  leader = await createOfficer(parent.id, "LEADER");
  specialistA = await createOfficer(childA, "SPECIALIST");
  gone = await createOfficer(childA, "SPECIALIST");
  reception = await createOfficer(childA, "RECEPTION");

  // Commune A: one late (assigned), one due tomorrow, one due Saturday, one due in two weeks,
  // one assigned to an officer who left, one in processing with nobody assigned, a finished one.
  await createDossier({ agencyId: childA, status: "IN_PROCESSING", dueAt: hours(-30), assigneeId: specialistA.userId });
  await createDossier({ agencyId: childA, status: "IN_PROCESSING", dueAt: hours(20), assigneeId: specialistA.userId });
  await createDossier({ agencyId: childA, status: "RECEIVED", dueAt: fromLocal("2026-12-05", "11:00") });
  await createDossier({ agencyId: childA, status: "IN_PROCESSING", dueAt: hours(24 * 14), assigneeId: gone.userId });
  await createDossier({ agencyId: childA, status: "IN_PROCESSING", dueAt: hours(24 * 15), step: "AWAITING_ASSIGNMENT" });
  await createDossier({ agencyId: childA, status: "RESULT_RETURNED", dueAt: hours(-100), assigneeId: specialistA.userId });
  await db().user.update({ where: { id: gone.userId }, data: { active: false } });
  // Commune B: a new online dossier whose reception deadline has passed.
  const fresh = await createDossier({ agencyId: childB, status: "NEW", dueAt: hours(24 * 10) });
  await db().dossier.update({ where: { id: fresh.id }, data: { receptionDueAt: hours(-2) } });
});

describe("the leader's dashboard", () => {
  it("counts each agency's open dossiers by deadline and by officer", async () => {
    const board = (await leaderDashboard(leader, { now }))!;
    expect(board.weekEnd).toEqual(fromLocal("2026-12-07"));
    expect(board.agencies.map((a) => a.id)).toEqual([childA, childB]);
    const [a, b] = board.agencies;
    expect(a).toMatchObject({ open: 5, late: 1, nearlyLate: 1, dueThisWeek: 2, receptionOverdue: 0, needsReassignment: 2 });
    expect(b).toMatchObject({ open: 1, late: 1, receptionOverdue: 1, needsReassignment: 0 });
    // Open dossiers per status, in the workflow's order; the finished one is not among them.
    expect(a!.byStatus).toEqual([
      { status: "RECEIVED", count: 1 },
      { status: "IN_PROCESSING", count: 4 },
    ]);
    expect(b!.byStatus).toEqual([{ status: "NEW", count: 1 }]);

    const byOfficer = Object.fromEntries(a!.officers.map((o) => [o.userId ?? "none", o]));
    expect(byOfficer[specialistA.userId]).toMatchObject({ open: 2, late: 1, nearlyLate: 1, dueThisWeek: 1, gone: false, needsReassignment: 0 });
    expect(byOfficer[gone.userId]).toMatchObject({ open: 1, gone: true, needsReassignment: 1 });
    expect(byOfficer.none).toMatchObject({ open: 2, dueThisWeek: 1, needsReassignment: 1, name: null });
    // The officers' figures add up to the agency's.
    expect(a!.officers.reduce((s, o) => s + o.open, 0)).toBe(a!.open);
  });

  it("shows per procedure the mean working days taken this month against the legal limit", async () => {
    const version = await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED", timeLimitUnit: "WORKING_DAY", timeLimitValue: { gte: 3 } }, include: { procedure: true } });
    const limit = Number(version.timeLimitValue);
    const calendar = new WorkCalendar();
    const received = fromLocal("2026-11-30", "08:00"); // a Monday
    const finished = async (days: number, at?: Date) => {
      const resolvedAt = at ?? calendar.addWorkingDays(received, days);
      const d = await createDossier({ agencyId: childB, versionId: version.id, status: "RESULT_RETURNED", receivedAt: received, dueAt: calendar.addWorkingDays(received, limit) });
      await db().statusEvent.create({ data: { dossierId: d.id, action: "approve", fromStatus: "IN_PROCESSING", toStatus: "PROCESSED", createdAt: resolvedAt } });
    };
    await finished(1); // Tuesday 1 December, 08:00
    await finished(2); // Wednesday 2 December, 08:00
    await finished(0, fromLocal("2026-11-27", "10:00")); // last month: not counted
    const board = (await leaderDashboard(leader, { now }))!;
    const row = board.timeTaken.find((r) => r.procedureCode === version.procedure.code);
    expect(row).toEqual({ procedureCode: version.procedure.code, procedureName: version.name, count: 2, averageDays: 1.5, limitDays: limit, unit: "WORKING_DAY", over: false });
  });

  it("is the leader's alone", async () => {
    expect(await leaderDashboard(specialistA, { now })).toBeNull();
    expect(await leaderDashboard(reception, { now })).toBeNull();
  });

  it("ends the week on Monday at midnight, Vietnam time", () => {
    expect(endOfWeek(fromLocal("2026-12-06", "23:30"))).toEqual(fromLocal("2026-12-07"));
    expect(endOfWeek(fromLocal("2026-12-07", "00:00"))).toEqual(fromLocal("2026-12-14"));
  });
});
