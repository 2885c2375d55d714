/** Inspection: the register across the province and a dossier's full history, read-only; nobody else reads them. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditInspection, loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { inspectDossier, inspectRegister } from "@/lib/server/admin/inspection";
import { agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

let inspector: AdminActor;

beforeAll(async () => {
  const u = await db().user.create({ data: { email: `tt-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Thanh tra", role: "INSPECTOR" } });
  inspector = await loadAdminActor(u.id);
});

describe("inspection", () => {
  it("finds a dossier of any agency by code, ID number or agency, and shows its whole history", async () => {
    const commune = await agencyOf(DEMO.receptionXa);
    const citizenId = `0019${String(Date.now()).slice(-8)}`;
    const d = await createDossier({ agencyId: commune.id, status: "RECEIVED", citizenId });
    await db().statusEvent.create({ data: { dossierId: d.id, action: "receive", fromStatus: "NEW", toStatus: "RECEIVED", reason: "Đủ giấy tờ" } });
    expect((await inspectRegister(inspector, { q: d.code })).rows.map((r) => r.id)).toEqual([d.id]);
    expect((await inspectRegister(inspector, { q: citizenId })).rows.map((r) => r.id)).toEqual([d.id]);
    expect((await inspectRegister(inspector, { agency: commune.code, q: d.code })).rows).toHaveLength(1);
    const view = await inspectDossier(inspector, d.id);
    expect(view.events.map((e) => [e.action, e.toStatus, e.reason])).toEqual([
      ["submit", "NEW", null],
      ["receive", "RECEIVED", "Đủ giấy tờ"],
    ]);
  });

  it("every page an inspector opens is written to the audit log; an officer reads nothing here", async () => {
    await auditInspection(inspector, "/admin/inspect?q=abc");
    expect(await db().auditLog.findFirst({ where: { actorId: inspector.userId, action: "inspect.view", entityId: "/admin/inspect?q=abc" } })).not.toBeNull();
    const officer = await db().user.findUniqueOrThrow({ where: { email: DEMO.leaderXa } });
    await expect(loadAdminActor(officer.id)).rejects.toMatchObject({ kind: "not_found" });
    const agencyAdmin = await loadAdminActor((await db().user.create({ data: { email: `qt-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "QT", role: "AGENCY_ADMIN", agencyId: officer.agencyId } })).id);
    await expect(inspectRegister(agencyAdmin, {})).rejects.toMatchObject({ kind: "not_found" });
  });
});
