/** transitionDossier against PostgreSQL: the whole life of a dossier, its history, audit and notifications. */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { AppError } from "@/lib/server/errors";
import {
  actorByEmail,
  addFile,
  agencyOf,
  createCitizen,
  createDossier,
  createOfficer,
  createRoutedProcedure,
  currentVersion,
  DEMO,
} from "./support/backoffice-fixtures";

let reception: Actor, specialist: Actor, leader: Actor;
let commune: { id: string; code: string; path: string };
let client: pg.Client;

beforeAll(async () => {
  reception = await actorByEmail(DEMO.receptionXa);
  specialist = await actorByEmail(DEMO.specialistXa);
  leader = await actorByEmail(DEMO.leaderXa);
  commune = await agencyOf(DEMO.receptionXa);
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function act(actor: Actor, id: string, action: Parameters<typeof transitionDossier>[3], input: unknown, now?: Date) {
  return transitionDossier(actor, id, await currentVersion(id), action, input, { now });
}

describe("a dossier's life at one agency", () => {
  it("receive → supplement request → resubmission → assign → propose → send back → propose → approve → return", async () => {
    const citizen = await createCitizen();
    const d = await createDossier({ agencyId: commune.id, applicantId: citizen.userId });
    const monday = fromLocal("2026-03-02", "09:00");

    const r1 = await act(reception, d.id, "receive", {}, monday);
    expect(r1).toMatchObject({ from: "NEW", to: "RECEIVED", version: 1 });
    let row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.receivedAt).toEqual(monday);
    expect(row.dueAt).not.toBeNull();
    const firstDue = row.dueAt!;

    await act(reception, d.id, "requestSupplement", { reason: "Hồ sơ còn thiếu", items: [{ name: "Giấy chứng sinh bản chính" }, { name: "Tờ khai có chữ ký" }] }, fromLocal("2026-03-02", "10:00"));
    row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.status).toBe("SUPPLEMENT_REQUESTED");
    expect(row.dueAt).toBeNull();
    expect(row.pausedAt).toEqual(fromLocal("2026-03-02", "10:00"));

    // A second request is refused: the law allows one.
    await expect(act(citizen, d.id, "resubmitSupplement", { fileIds: [] }, fromLocal("2026-03-04", "10:00"))).resolves.toMatchObject({ to: "RECEIVED" });
    row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    // Two working days of pause move the due date by two working days.
    expect(row.dueAt!.getTime() - firstDue.getTime()).toBe(2 * 24 * 3600_000);
    await expect(act(reception, d.id, "requestSupplement", { reason: "Còn thiếu nữa", items: [{ name: "Ảnh" }] })).rejects.toMatchObject({
      kind: "validation",
      messageKey: "office.errors.supplementOnce",
    });

    await act(reception, d.id, "assign", { assigneeId: specialist.userId });
    await act(specialist, d.id, "propose", { outcome: "GRANT", examination: "Hồ sơ đủ điều kiện giải quyết" });
    await act(leader, d.id, "sendBack", { reason: "Kiểm tra lại thông tin người làm chứng" });
    await act(specialist, d.id, "propose", { outcome: "GRANT", examination: "Đã kiểm tra lại, đủ điều kiện" });
    const approved = await act(leader, d.id, "approve", {});
    expect(approved.to).toBe("PROCESSED");
    const fileId = await addFile(d.id, "RESULT");
    const returned = await act(reception, d.id, "returnResult", { method: "ONLINE", resultFileId: fileId });
    expect(returned.to).toBe("RESULT_RETURNED");
    row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.finishedAt).not.toBeNull();

    // The history: every step with actor, role, agency, from, to, reason and documents.
    const events = await db().statusEvent.findMany({ where: { dossierId: d.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "submit", "receive", "requestSupplement", "resubmitSupplement", "assign", "propose", "sendBack", "propose", "approve", "returnResult",
    ]);
    const supplement = events[2]!;
    expect(supplement).toMatchObject({ fromStatus: "RECEIVED", toStatus: "SUPPLEMENT_REQUESTED", actorId: reception.userId, actorRole: "RECEPTION", agencyId: commune.id, reason: "Hồ sơ còn thiếu" });
    expect((supplement.data as { items: unknown[]; documents: string[] }).items).toHaveLength(2);
    expect((supplement.data as { documents: string[] }).documents).toEqual(["supplementRequest"]);
    expect(events[6]!.reason).toBe("Kiểm tra lại thông tin người làm chứng");

    // The audit log and the applicant's emails were written with each step.
    const audits = await db().auditLog.count({ where: { entity: "Dossier", entityId: d.id } });
    expect(audits).toBe(9);
    const mails = await db().outbox.findMany({ where: { dossierId: d.id }, orderBy: { id: "asc" } });
    expect(mails.map((m) => m.template)).toEqual([
      "dossier.receive", "dossier.requestSupplement", "dossier.resubmitSupplement", "dossier.approve", "dossier.returnResult",
    ]);
    expect(mails.every((m) => m.recipient === citizen.email)).toBe(true);
    expect((mails[1]!.data as { items: unknown[] }).items).toHaveLength(2);
  });

  it("refuses with a reason and finishes the dossier", async () => {
    const d = await createDossier({ agencyId: commune.id });
    await expect(act(reception, d.id, "refuse", {})).rejects.toMatchObject({ kind: "validation", messageKey: "office.errors.invalidInput" });
    const r = await act(reception, d.id, "refuse", { reason: "Hồ sơ không thuộc thẩm quyền của xã" });
    expect(r.to).toBe("NOT_RECEIVED");
    await expect(act(reception, d.id, "receive", {})).rejects.toMatchObject({ kind: "conflict", messageKey: "office.errors.notInThisStatus" });
  });

  it("a step the officer's role does not allow is forbidden, and nothing is written", async () => {
    const d = await createDossier({ agencyId: commune.id });
    await expect(act(specialist, d.id, "receive", {})).rejects.toMatchObject({ kind: "forbidden" });
    expect(await currentVersion(d.id)).toBe(0);
    expect(await db().statusEvent.count({ where: { dossierId: d.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: d.id } })).toBe(0);
  });

  it("financial obligation, withdrawal request, rejection and acceptance", async () => {
    const citizen = await createCitizen();
    // A procedure with a fee: a financial obligation is asked only where one may apply.
    const withFee = await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED", NOT: { fees: { equals: [] } } }, select: { id: true } });
    const free = await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED", fees: { equals: [] } }, select: { id: true } });
    const freeDossier = await createDossier({ agencyId: commune.id, versionId: free.id, status: "IN_PROCESSING", assigneeId: specialist.userId, dueAt: new Date(Date.now() + 86400_000) });
    await expect(act(specialist, freeDossier.id, "requestFinancialObligation", { amount: 150000, description: "Lệ phí cấp giấy chứng nhận" })).rejects.toMatchObject({ messageKey: "office.errors.noFee" });
    const d = await createDossier({ agencyId: commune.id, versionId: withFee.id, applicantId: citizen.userId, status: "IN_PROCESSING", assigneeId: specialist.userId, dueAt: new Date(Date.now() + 86400_000) });
    await act(specialist, d.id, "requestFinancialObligation", { amount: 150000, description: "Lệ phí cấp giấy chứng nhận" });
    await act(reception, d.id, "confirmFinancialObligation", {});
    await act(citizen, d.id, "requestWithdrawal", { reason: "Tôi muốn nộp lại hồ sơ khác" });
    await act(leader, d.id, "rejectWithdrawal", { reason: "Hồ sơ đã được phê duyệt" });
    expect((await db().dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("IN_PROCESSING");
    await act(citizen, d.id, "requestWithdrawal", { reason: "Tôi muốn rút hồ sơ" });
    const r = await act(reception, d.id, "acceptWithdrawal", {});
    expect(r.to).toBe("WITHDRAWN");
  });

  it("a leader stops processing with a reason", async () => {
    const d = await createDossier({ agencyId: commune.id, status: "RECEIVED", dueAt: new Date(Date.now() + 86400_000) });
    const r = await act(leader, d.id, "stop", { reason: "Người yêu cầu có văn bản đề nghị dừng" });
    expect(r.to).toBe("STOPPED");
  });

  it("apology and extension before the due date: a new date, the legal due date kept", async () => {
    const due = fromLocal("2026-03-10", "17:00");
    const d = await createDossier({ agencyId: commune.id, status: "IN_PROCESSING", assigneeId: specialist.userId, dueAt: due });
    await act(leader, d.id, "apologize", { reason: "Cần xác minh thông tin tại nơi cư trú", newDueDate: "2026-03-17" }, fromLocal("2026-03-09", "09:00"));
    const row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.dueAt).toEqual(due);
    expect(row.extendedDueAt).toEqual(fromLocal("2026-03-17", "17:00"));
    const event = await db().statusEvent.findFirstOrThrow({ where: { dossierId: d.id, action: "apologize" } });
    expect(event.data).toMatchObject({ sentAfterDue: false, documents: ["apology"] });
  });
});

describe("an inter-agency dossier", () => {
  it("passes from the commune to the department with its own share of time, and comes back for return", async () => {
    const so = await agencyOf(DEMO.receptionSo);
    const versionId = await createRoutedProcedure(so.code);
    const d = await createDossier({ agencyId: commune.id, versionId });
    const soLeader = await actorByEmail(DEMO.leaderSo);
    const soSpecialist = await actorByEmail(DEMO.specialistSo);
    const soReception = await actorByEmail(DEMO.receptionSo);

    await act(reception, d.id, "receive", {}, fromLocal("2026-03-02", "09:00"));
    let row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.stageDueAt).toEqual(fromLocal("2026-03-04", "09:00"));
    expect(row.dueAt).toEqual(fromLocal("2026-03-09", "09:00"));
    await act(leader, d.id, "assign", { assigneeId: specialist.userId });
    await act(specialist, d.id, "propose", { outcome: "GRANT", examination: "Xác nhận thông tin đúng" });
    const legApproved = await act(leader, d.id, "approve", {});
    expect(legApproved.to).toBe("IN_PROCESSING");
    // The department sees nothing until the hand-over.
    await expect(act(soLeader, d.id, "assign", { assigneeId: soSpecialist.userId })).rejects.toMatchObject({ kind: "not_found" });
    await act(reception, d.id, "transfer", {}, fromLocal("2026-03-03", "14:00"));
    row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ currentAgencyId: so.id, routeIndex: 1, step: "AWAITING_ASSIGNMENT", assigneeId: null });
    expect(row.stageDueAt).toEqual(fromLocal("2026-03-06", "14:00"));
    // …and now the commune does not see it any more.
    await expect(act(leader, d.id, "stop", { reason: "Thử dừng hồ sơ đã chuyển" })).rejects.toMatchObject({ kind: "not_found" });

    await act(soLeader, d.id, "assign", { assigneeId: soSpecialist.userId });
    await act(soSpecialist, d.id, "propose", { outcome: "GRANT", examination: "Đủ điều kiện" });
    const done = await act(soLeader, d.id, "approve", {});
    expect(done.to).toBe("PROCESSED");
    row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.currentAgencyId).toBe(commune.id);
    await expect(act(soReception, d.id, "returnResult", { method: "DESK" })).rejects.toMatchObject({ kind: "not_found" });
    await act(reception, d.id, "returnResult", { method: "DESK" });
    const handovers = await db().statusEvent.findMany({ where: { dossierId: d.id, action: "transfer" } });
    expect(handovers).toHaveLength(1);
    expect(handovers[0]!.data).toMatchObject({ fromAgencyId: commune.id, toAgencyId: so.id, leg: 1 });
  });

  it("a specialist of another agency cannot be assigned", async () => {
    const d = await createDossier({ agencyId: commune.id, status: "RECEIVED", dueAt: new Date(Date.now() + 86400_000) });
    const stranger = await createOfficer((await agencyOf(DEMO.receptionSo)).id, "SPECIALIST");
    await expect(act(leader, d.id, "assign", { assigneeId: stranger.userId })).rejects.toMatchObject({ messageKey: "office.errors.assigneeNotEligible" });
  });
});

describe("the history nobody can rewrite", () => {
  it("the database refuses to change or delete a status event written by a transition", async () => {
    const d = await createDossier({ agencyId: commune.id });
    const r = await act(reception, d.id, "refuse", { reason: "Sai thẩm quyền giải quyết" });
    await expect(client.query(`UPDATE "StatusEvent" SET reason = 'changed' WHERE id = $1`, [r.eventId.toString()])).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "StatusEvent" WHERE "dossierId" = $1`, [d.id])).rejects.toThrow(/append-only/);
    await expect(db().statusEvent.update({ where: { id: r.eventId }, data: { reason: "x" } })).rejects.toThrow();
    await expect(client.query(`UPDATE "AuditLog" SET action = 'x' WHERE "entityId" = $1`, [d.id])).rejects.toThrow(/append-only/);
    const e = await db().statusEvent.findUniqueOrThrow({ where: { id: r.eventId } });
    expect(e.reason).toBe("Sai thẩm quyền giải quyết");
  });

  it("a failed step leaves no trace: status, event, audit and email are one transaction", async () => {
    const d = await createDossier({ agencyId: commune.id });
    // Make the event insert fail inside the transaction (a trigger refusing this dossier's events).
    await client.query(`CREATE FUNCTION test_refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."dossierId" = '${d.id}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await client.query(`CREATE TRIGGER test_refuse_event BEFORE INSERT ON "StatusEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_event()`);
    try {
      await expect(act(reception, d.id, "receive", {})).rejects.not.toBeInstanceOf(AppError);
    } finally {
      await client.query(`DROP TRIGGER test_refuse_event ON "StatusEvent"; DROP FUNCTION test_refuse_event()`);
    }
    const row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "NEW", version: 0, receivedAt: null });
    expect(await db().outbox.count({ where: { dossierId: d.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: d.id } })).toBe(0);
  });
});
