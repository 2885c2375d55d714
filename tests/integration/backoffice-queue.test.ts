/** The queue (scope, filters, search, counts, sort), the register export and the work calendar kept by the administrator. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { clearCalendarCache } from "@/lib/server/backoffice/calendar";
import { removeCalendarDay, saveCalendarDay } from "@/lib/server/backoffice/calendar-admin";
import { listQueue, queueCounts, queueFilterSchema } from "@/lib/server/backoffice/queue";
import { exportRegister, registerQuerySchema } from "@/lib/server/backoffice/register";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { actorByEmail, createDossier, createOfficer, DEMO, otherCommune } from "./support/backoffice-fixtures";

let agencyId: string;
let reception: Actor, specialist: Actor;
const now = new Date();
const inDays = (d: number) => new Date(now.getTime() + d * 86400_000);
const filter = (raw: Record<string, unknown> = {}) => queueFilterSchema.parse(raw);

beforeAll(async () => {
  // A fresh agency of our own so counts are exact.
  const commune = await db().agency.findFirstOrThrow({ where: { kind: "COMMUNE" }, select: { id: true, path: true } });
  const a = await db().agency.create({ data: { code: `T${Date.now()}`.slice(0, 13), name: "Xã Thử Nghiệm", nameEn: "Test Commune", kind: "COMMUNE", parentId: commune.id, path: "" } });
  await db().agency.update({ where: { id: a.id }, data: { path: `${commune.path}${a.id}/` } });
  agencyId = a.id;
  reception = await createOfficer(agencyId, "RECEPTION");
  specialist = await createOfficer(agencyId, "SPECIALIST");
});

describe("the queue", () => {
  it("shows only the agency's open dossiers, by due date, with late and nearly-late marked, and counts them", async () => {
    const late = await createDossier({ agencyId, status: "IN_PROCESSING", dueAt: inDays(-2), assigneeId: specialist.userId, applicantName: "Đặng Thị Quỳnh" });
    const soon = await createDossier({ agencyId, status: "RECEIVED", dueAt: new Date(now.getTime() + 60_000), citizenId: "036090001234" });
    const later = await createDossier({ agencyId, status: "RECEIVED", dueAt: inDays(20) });
    const done = await createDossier({ agencyId, status: "RESULT_RETURNED", dueAt: inDays(-30) });
    const elsewhere = await createDossier({ agencyId: (await otherCommune(agencyId)).id, status: "RECEIVED", dueAt: inDays(-1) });

    const { rows } = await listQueue(reception, filter());
    expect(rows.map((r) => r.id)).toEqual([late.id, soon.id, later.id]);
    expect(rows.map((r) => [r.late, r.nearlyLate])).toEqual([[true, false], [false, true], [false, false]]);
    expect(rows[0]!.remainingMinutes).toBeLessThan(0);
    expect(rows.find((r) => r.id === done.id || r.id === elsewhere.id)).toBeUndefined();

    const counts = await queueCounts(reception);
    expect(counts).toMatchObject({ total: 3, overdue: 1, nearlyLate: 1, byStatus: { IN_PROCESSING: 1, RECEIVED: 2 } });

    expect((await listQueue(reception, filter({ overdue: "1" }))).rows.map((r) => r.id)).toEqual([late.id]);
    expect((await listQueue(specialist, filter({ mine: "1" }))).rows.map((r) => r.id)).toEqual([late.id]);
    expect((await listQueue(reception, filter({ status: "RESULT_RETURNED" }))).rows.map((r) => r.id)).toEqual([done.id]);
    expect((await listQueue(reception, filter({ dueWithin: "1" }))).rows.map((r) => r.id)).toEqual([late.id, soon.id]);
    // Search: by code (any status), by citizen ID, by name without diacritics.
    expect((await listQueue(reception, filter({ q: done.code }))).rows.map((r) => r.id)).toEqual([done.id]);
    expect((await listQueue(reception, filter({ q: "036090001234" }))).rows.map((r) => r.id)).toEqual([soon.id]);
    expect((await listQueue(reception, filter({ q: "dang thi quynh" }))).rows.map((r) => r.id)).toEqual([late.id]);
    // Another agency's dossier is not found by its code either.
    expect((await listQueue(reception, filter({ q: elsewhere.code }))).rows).toEqual([]);
    // Nonsense filters are ignored, not errors.
    expect(() => filter({ status: "BOGUS", page: "-3", dueWithin: "abc", procedureId: "x" })).not.toThrow();
  });

  it("pages through the queue without repeating or skipping a dossier", async () => {
    for (let i = 0; i < 7; i++) await createDossier({ agencyId, status: "RECEIVED", dueAt: inDays(30 + (i % 3)) });
    const seen: string[] = [];
    for (let page = 1; page < 10; page++) {
      const r = await listQueue(reception, filter({ page }), { pageSize: 3 });
      seen.push(...r.rows.map((x) => x.id));
      if (!r.hasMore) break;
    }
    const all = (await listQueue(reception, filter(), { pageSize: 100 })).rows.map((x) => x.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("citizens and administrators have no queue", async () => {
    expect((await listQueue(await actorByEmail(DEMO.citizen), filter())).rows).toEqual([]);
    expect((await listQueue(await actorByEmail(DEMO.admin), filter())).rows).toEqual([]);
  });
});

describe("the register", () => {
  it("exports the agency's dossiers as CSV and XLSX", async () => {
    const d = await createDossier({ agencyId, status: "RECEIVED", dueAt: inDays(3), applicantName: "Lý Văn \"Phúc\"" });
    const q = registerQuerySchema.parse({ format: "csv" });
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode((await exportRegister(reception, q, "vi")).bytes);
    expect(csv.startsWith("\ufeff\"STT\",\"Mã hồ sơ\"")).toBe(true);
    expect(csv).toContain(d.code);
    expect(csv).toContain('"Lý Văn ""Phúc"""');
    const xlsx = await exportRegister(reception, registerQuerySchema.parse({ format: "xlsx" }), "en");
    expect(Buffer.from(xlsx.bytes.slice(0, 2)).toString()).toBe("PK");
    const stranger = await createOfficer((await otherCommune(agencyId)).id, "RECEPTION");
    expect(new TextDecoder().decode((await exportRegister(stranger, q, "vi")).bytes)).not.toContain(d.code);
  });
});

describe("the work calendar kept by the administrator", () => {
  it("a make-up working Saturday counts in the due date; only an administrator changes the calendar", async () => {
    const admin = await actorByEmail(DEMO.admin);
    await expect(saveCalendarDay(reception, { date: "2026-09-12", kind: "WORKING_DAY", name: "Làm bù" })).rejects.toMatchObject({ kind: "not_found" });
    const receiveFriday = async () => {
      const d = await createDossier({ agencyId, versionId: (await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED", timeLimitUnit: "WORKING_DAY", timeLimitValue: 1 } })).id });
      await transitionDossier(reception, d.id, 0, "receive", {}, { now: fromLocal("2026-09-11", "09:00") });
      return (await db().dossier.findUniqueOrThrow({ where: { id: d.id } })).dueAt;
    };
    clearCalendarCache();
    expect(await receiveFriday()).toEqual(fromLocal("2026-09-14", "09:00")); // Friday + 1 working day = Monday
    await saveCalendarDay(admin, { date: "2026-09-12", kind: "WORKING_DAY", name: "Làm bù cho ngày nghỉ" });
    expect(await receiveFriday()).toEqual(fromLocal("2026-09-12", "09:00")); // the make-up Saturday counts
    await saveCalendarDay(admin, { date: "2026-09-14", kind: "DAY_OFF", name: "Nghỉ hoán đổi" });
    await removeCalendarDay(admin, "2026-09-12");
    expect(await receiveFriday()).toEqual(fromLocal("2026-09-15", "09:00"));
    await removeCalendarDay(admin, "2026-09-14");
    expect(await db().auditLog.count({ where: { entity: "CalendarDay", entityId: { in: ["2026-09-12", "2026-09-14"] } } })).toBe(4);
    await expect(saveCalendarDay(admin, { date: "2026-02-30", kind: "HOLIDAY", name: "Sai ngày" })).rejects.toMatchObject({ kind: "validation" });
  });
});
