/** Officers: invitation with a one-use link, role changes audited, the last administrator kept, scope. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { exportAuditCsv, listAudit } from "@/lib/server/admin/audit-log";
import { changeUserRole, findUsers, getUser, inviteOfficer, setUserActive } from "@/lib/server/admin/users";
import { authenticateWithPassword, resetPassword } from "@/lib/server/auth/accounts";
import { agencyOf, DEMO, otherCommune } from "./support/backoffice-fixtures";

let admin: AdminActor;
let commune: { id: string; code: string; path: string };

async function makeUser(role: "AGENCY_ADMIN" | "INSPECTOR" | "ADMIN", agencyId: string | null): Promise<AdminActor> {
  const tag = randomBytes(5).toString("hex");
  const u = await db().user.create({ data: { email: `${role.toLowerCase()}-${tag}@test.motcua`, fullName: `Người ${tag}`, role, agencyId } });
  return loadAdminActor(u.id);
}

beforeAll(async () => {
  admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
  commune = await agencyOf(DEMO.receptionXa);
});

describe("inviting an officer", () => {
  it("creates the account and emails a one-use link that sets the password", async () => {
    const email = `moi-${randomBytes(4).toString("hex")}@test.motcua`;
    const { userId } = await inviteOfficer(admin, { email, fullName: "Lê Văn Mới", role: "RECEPTION", agencyCode: commune.code });
    const mail = await db().outbox.findFirstOrThrow({ where: { recipient: email, template: "admin.invitation" } });
    const token = new URL((mail.data as { url: string }).url).searchParams.get("token")!;
    expect(await authenticateWithPassword(email, "MatKhauMoi2026")).toMatchObject({ ok: false });
    expect(await resetPassword(token, "MatKhauMoi2026")).toBe(true);
    expect(await resetPassword(token, "MatKhauKhac2026")).toBe(false);
    expect(await authenticateWithPassword(email, "MatKhauMoi2026")).toMatchObject({ ok: true, user: { id: userId, role: "RECEPTION" } });
    await expect(inviteOfficer(admin, { email, fullName: "Trùng", role: "RECEPTION", agencyCode: commune.code })).rejects.toMatchObject({ messageKey: "admin.errors.emailTaken" });
    expect(await db().auditLog.count({ where: { entityId: userId, action: "user.invite" } })).toBe(1);
  });
});

describe("roles and deactivation", () => {
  it("changes role and agency with before and after in the audit log; deactivation signs out at once", async () => {
    const { userId } = await inviteOfficer(admin, { email: `cb-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Phạm Thị Đổi", role: "SPECIALIST", agencyCode: commune.code });
    const other = await otherCommune(commune.id);
    await changeUserRole(admin, userId, { role: "LEADER", agencyCode: other.code });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: userId, action: "user.role" } });
    expect(entry.data).toEqual({ before: { role: "SPECIALIST", agencyCode: commune.code }, after: { role: "LEADER", agencyCode: other.code } });
    await setUserActive(admin, userId, false);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).active).toBe(false);
    expect((await getUser(admin, userId)).active).toBe(false);
    await setUserActive(admin, userId, true);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).active).toBe(true);
  });

  it("nobody removes the last active administrator", async () => {
    const second = await makeUser("ADMIN", null);
    // Two administrators: one may go; then the remaining one may not.
    await setUserActive(admin, second.userId, false);
    const admins = await db().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    // Deactivate every other active administrator so that `admin` is the last one.
    for (const a of admins) if (a.id !== admin.userId) await setUserActive(admin, a.id, false);
    await expect(setUserActive(admin, admin.userId, false)).rejects.toMatchObject({ messageKey: "admin.errors.lastAdmin" });
    await expect(changeUserRole(admin, admin.userId, { role: "INSPECTOR" })).rejects.toMatchObject({ messageKey: "admin.errors.lastAdmin" });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);
  });
});

describe("scope", () => {
  it("an agency administrator finds and changes only officers of their subtree, never grants province roles", async () => {
    const agencyAdmin = await makeUser("AGENCY_ADMIN", commune.id);
    const other = await otherCommune(commune.id);
    const outsider = await db().user.findFirstOrThrow({ where: { agencyId: other.id, role: { not: "CITIZEN" } }, select: { id: true } }).catch(async () =>
      db().user.create({ data: { email: `o-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Người ngoài", role: "RECEPTION", agencyId: other.id }, select: { id: true } }),
    );
    expect((await findUsers(agencyAdmin, {})).map((u) => u.id)).not.toContain(outsider.id);
    await expect(getUser(agencyAdmin, outsider.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(setUserActive(agencyAdmin, outsider.id, false)).rejects.toMatchObject({ kind: "not_found" });
    await expect(inviteOfficer(agencyAdmin, { email: `x-${randomBytes(3).toString("hex")}@test.motcua`, fullName: "Ngoài phạm vi", role: "RECEPTION", agencyCode: other.code })).rejects.toMatchObject({ messageKey: "admin.errors.agencyOutOfScope" });
    await expect(inviteOfficer(agencyAdmin, { email: `y-${randomBytes(3).toString("hex")}@test.motcua`, fullName: "Quản trị tỉnh", role: "ADMIN" })).rejects.toMatchObject({ kind: "not_found" });
    const { userId } = await inviteOfficer(agencyAdmin, { email: `z-${randomBytes(3).toString("hex")}@test.motcua`, fullName: "Trong phạm vi", role: "RECEPTION", agencyCode: commune.code });
    expect((await findUsers(agencyAdmin, { q: "Trong phạm vi" })).map((u) => u.id)).toContain(userId);
  });

  it("an inspector reads users but changes nothing", async () => {
    const inspector = await makeUser("INSPECTOR", null);
    const citizen = await db().user.findUniqueOrThrow({ where: { email: DEMO.citizen } });
    expect((await findUsers(inspector, { q: citizen.citizenId ?? citizen.fullName })).map((u) => u.id)).toContain(citizen.id);
    await expect(setUserActive(inspector, citizen.id, false)).rejects.toMatchObject({ kind: "not_found" });
    await expect(inviteOfficer(inspector, { email: "a@test.motcua", fullName: "Không được", role: "RECEPTION", agencyCode: commune.code })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("the audit log", () => {
  it("shows who changed what with before and after, exports CSV, and is closed to agency administrators", async () => {
    const email = `=cmd-${randomBytes(3).toString("hex")}@test.motcua`.slice(1);
    const { userId } = await inviteOfficer(admin, { email, fullName: "=HYPERLINK(1)", role: "RECEPTION", agencyCode: commune.code });
    await changeUserRole(admin, userId, { role: "SPECIALIST", agencyCode: commune.code });
    const inspector = await makeUser("INSPECTOR", null);
    const page = await listAudit(inspector, { entity: "User", entityId: userId });
    expect(page.rows.map((r) => r.action)).toEqual(["user.role", "user.invite"]);
    expect(page.rows[0]!.data).toMatchObject({ before: { role: "RECEPTION" }, after: { role: "SPECIALIST" } });
    const csv = await exportAuditCsv(inspector, { entityId: userId });
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain("user.invite");
    expect(csv).not.toMatch(/,=HYPERLINK/);
    const agencyAdmin = await makeUser("AGENCY_ADMIN", commune.id);
    await expect(listAudit(agencyAdmin, {})).rejects.toMatchObject({ kind: "not_found" });
  });
});
