/** An officer's second factor reset (audited, sessions ended); a deactivated officer's dossiers in the leader's queue. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { getUser, resetSecondFactor, setUserActive } from "@/lib/server/admin/users";
import { dossiersToReassign } from "@/lib/server/backoffice/reassignment";
import { actorByEmail, agencyOf, createDossier, createOfficer, DEMO } from "./support/backoffice-fixtures";

let admin: AdminActor;
let commune: { id: string; code: string; path: string };

beforeAll(async () => {
  admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
  commune = await agencyOf(DEMO.receptionXa);
});

describe("resetting the second factor", () => {
  it("removes the authenticator and recovery codes, ends every session, and is audited", async () => {
    const officer = await createOfficer(commune.id, "SPECIALIST");
    await db().secondFactor.create({ data: { userId: officer.userId, secretSealed: "sealed", enabledAt: new Date() } });
    await db().recoveryCode.create({ data: { userId: officer.userId, codeHash: "h" } });
    const session = await db().userSession.create({ data: { userId: officer.userId, method: "password", expiresAt: new Date(Date.now() + 3600_000), secondFactorAt: new Date() } });
    expect((await getUser(admin, officer.userId)).secondFactor).toBe("enrolled");

    await resetSecondFactor(admin, officer.userId);
    expect(await db().secondFactor.findUnique({ where: { userId: officer.userId } })).toBeNull();
    expect(await db().recoveryCode.count({ where: { userId: officer.userId } })).toBe(0);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect((await getUser(admin, officer.userId)).secondFactor).toBe("none");
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: officer.userId, action: "user.resetSecondFactor" } });
    expect(entry).toMatchObject({ actorId: admin.userId, data: { before: { secondFactor: "enrolled", recoveryCodes: 1 }, after: { secondFactor: "none" }, sessionsEnded: 1 } });
  });

  it("an agency administrator cannot reset an officer outside their subtree; an inspector cannot reset anyone", async () => {
    // A commune outside this commune's subtree (other test files add communes, some under others).
    const other = await db().agency.findFirstOrThrow({ where: { kind: "COMMUNE", active: true, NOT: { path: { startsWith: commune.path } } }, select: { id: true }, orderBy: { code: "asc" } });
    const outsider = await createOfficer(other.id, "RECEPTION");
    await db().secondFactor.create({ data: { userId: outsider.userId, secretSealed: "sealed", enabledAt: new Date() } });
    const tag = randomBytes(4).toString("hex");
    const agencyAdmin = await loadAdminActor((await db().user.create({ data: { email: `qt-${tag}@test.motcua`, fullName: "QT", role: "AGENCY_ADMIN", agencyId: commune.id } })).id);
    const inspector = await loadAdminActor((await db().user.create({ data: { email: `tt-${tag}@test.motcua`, fullName: "TT", role: "INSPECTOR" } })).id);
    await expect(resetSecondFactor(agencyAdmin, outsider.userId)).rejects.toMatchObject({ kind: "not_found" });
    await expect(resetSecondFactor(inspector, outsider.userId)).rejects.toMatchObject({ kind: "not_found" });
    expect(await db().secondFactor.findUnique({ where: { userId: outsider.userId } })).not.toBeNull();
  });
});

describe("deactivating an officer with assigned dossiers", () => {
  it("shows their open dossiers as needing reassignment in their leader's queue, not their finished ones", async () => {
    const leader = await actorByEmail(DEMO.leaderXa);
    const officer = await createOfficer(commune.id, "SPECIALIST");
    const open = await createDossier({ agencyId: commune.id, status: "IN_PROCESSING", assigneeId: officer.userId });
    const done = await createDossier({ agencyId: commune.id, status: "RESULT_RETURNED", assigneeId: officer.userId });
    expect((await dossiersToReassign(leader)).map((r) => r.id)).not.toContain(open.id);
    expect((await getUser(admin, officer.userId)).openAssigned).toBe(1);

    await setUserActive(admin, officer.userId, false);
    const rows = await dossiersToReassign(leader);
    expect(rows.map((r) => r.id)).toContain(open.id);
    expect(rows.map((r) => r.id)).not.toContain(done.id);
    // Only leaders see the list; the officer's colleagues at the desk do not.
    expect(await dossiersToReassign(await actorByEmail(DEMO.receptionXa))).toEqual([]);
    // Reassigned (or the officer back): no longer listed.
    await setUserActive(admin, officer.userId, true);
    expect((await dossiersToReassign(leader)).map((r) => r.id)).not.toContain(open.id);
  });
});
