/**
 * Administration of the catalog: a draft is published as a new immutable version that supersedes
 * the previous one, search finds it at once, dossiers keep the version they were filed under;
 * scheduled versions are published on their day; agency administrators stay in their subtree;
 * inspectors change nothing.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { compareVersions, createDraftFrom, createProcedure, endProcedure, getAdminVersion, listAdminVersions, publishDueVersions, publishVersion, saveDraftForm, updateDraft } from "@/lib/server/admin/procedures";
import { searchProcedures } from "@/lib/server/catalog";
import { getFilingProcedure } from "@/lib/server/dossiers/procedures";
import { agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

let admin: AdminActor;
let communeCode: string;
let communeId: string;

async function makeUser(role: "AGENCY_ADMIN" | "INSPECTOR", agencyId: string | null): Promise<AdminActor> {
  const tag = randomBytes(5).toString("hex");
  const u = await db().user.create({ data: { email: `${role.toLowerCase()}-${tag}@test.motcua`, fullName: `Người ${tag}`, role, agencyId } });
  return loadAdminActor(u.id);
}

const form = {
  version: 1,
  sections: [
    {
      id: "info",
      title: "Thông tin đề nghị",
      fields: [
        { type: "text", name: "purpose", label: "Mục đích" },
        { type: "date", name: "since", label: "Từ ngày" },
      ],
    },
  ],
};

function editInputs(name: string, extra: Record<string, string | string[]> = {}) {
  return {
    name,
    level: "COMMUNE",
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["ONLINE", "COUNTER"],
    steps: "Nộp hồ sơ\nTiếp nhận và giải quyết",
    numberOfSets: "1",
    timeLimitValue: "3",
    timeLimitUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc",
    fees: "Lệ phí | 0 | Miễn phí",
    result: "Giấy xác nhận",
    legalBasis: "01/2026/NĐ-CP | Nghị định thử nghiệm | 2026-01-01",
    implementingCodes: communeCode,
    components: "Tờ khai | ORIGINAL | 1 | có\nGiấy tờ tùy thân | COPY | 1 | không | application/pdf | 5",
    ...extra,
  };
}

const decision = { decisionNumber: "99/QĐ-UBND", decisionDate: "2026-11-30", signer: "Chủ tịch UBND tỉnh", effectiveOn: "" };

beforeAll(async () => {
  const u = await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } });
  admin = await loadAdminActor(u.id);
  const a = await agencyOf(DEMO.receptionXa);
  communeCode = a.code;
  communeId = a.id;
});

describe("publishing a procedure", () => {
  it("creates, validates, publishes; search finds it at once; a new version supersedes; dossiers keep theirs", async () => {
    const tag = randomBytes(3).toString("hex");
    const code = `9.${tag}`;
    const { versionId } = await createProcedure(admin, { code, fieldCode: (await db().field.findFirstOrThrow()).code, name: `Xác nhận thử nghiệm quản trị ${tag}`, level: "COMMUNE" });

    // Incomplete: refused with the reasons.
    const refused = await publishVersion(admin, versionId, decision);
    expect(refused.published).toBe(false);
    expect(refused.issues.map((i) => i.field)).toEqual(expect.arrayContaining(["steps", "components", "result"]));

    // A bad line is reported with its number and nothing is saved.
    const bad = await updateDraft(admin, versionId, editInputs(`Xác nhận thử nghiệm quản trị ${tag}`, { components: "Tờ khai | ORIGINAL | 1 | có\nThiếu hình thức" }));
    expect(bad.issues).toEqual([{ field: "components", key: "componentLine", line: 2 }]);
    expect(await db().dossierComponent.count({ where: { versionId } })).toBe(0);

    expect((await updateDraft(admin, versionId, editInputs(`Xác nhận thử nghiệm quản trị ${tag}`))).issues).toEqual([]);
    await saveDraftForm(admin, versionId, { version: 1, sections: [] });
    expect((await publishVersion(admin, versionId, decision)).issues).toContainEqual({ field: "form", key: "formInvalid" });
    await saveDraftForm(admin, versionId, form);

    // A decision date or an effective day that does not exist is refused (never rolled over into the next month).
    expect((await publishVersion(admin, versionId, { ...decision, decisionDate: "2026-11-31" })).issues).toEqual([{ field: "decisionDate", key: "decision" }]);
    expect((await publishVersion(admin, versionId, { ...decision, effectiveOn: "2099-02-29" })).issues).toEqual([{ field: "effectiveOn", key: "decision" }]);

    const first = await publishVersion(admin, versionId, decision);
    expect(first).toEqual({ published: true, issues: [] });
    const hits = await searchProcedures({ q: `thử nghiệm quản trị ${tag}` });
    expect(hits.items.map((i) => i.code)).toContain(code);
    expect((await getFilingProcedure(code))?.form.sections[0]?.fields.map((f) => f.name)).toEqual(["purpose", "since"]);

    // The published version is frozen by the database.
    await expect(db().procedureVersion.update({ where: { id: versionId }, data: { name: "Đổi tên" } })).rejects.toThrow();
    const dossier = await createDossier({ agencyId: communeId, versionId });

    const { versionId: v2 } = await createDraftFrom(admin, versionId);
    expect((await updateDraft(admin, v2, editInputs(`Xác nhận thử nghiệm quản trị đổi tên ${tag}`))).issues).toEqual([]);
    await saveDraftForm(admin, v2, { ...form, sections: [{ ...form.sections[0]!, fields: [{ type: "text", name: "reason", label: "Lý do" }] }] });
    expect((await publishVersion(admin, v2, decision)).published).toBe(true);

    const versions = await db().procedureVersion.findMany({ where: { procedure: { code } }, orderBy: { version: "asc" }, select: { id: true, status: true, version: true } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "PUBLISHED"],
    ]);
    expect((await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } })).procedureVersionId).toBe(versionId);
    expect((await searchProcedures({ q: `quản trị đổi tên ${tag}` })).items.map((i) => i.code)).toContain(code);
    expect((await getFilingProcedure(code))?.versionId).toBe(v2);

    const diff = await compareVersions(admin, versionId, v2);
    expect(diff.ai.name).not.toBe(diff.bi.name);
    expect(diff.ai.form).toContain("purpose");
    expect(diff.bi.form).toContain("reason");

    const audits = await db().auditLog.findMany({ where: { entityId: { in: [versionId, v2] }, action: "procedure.publish" } });
    expect(audits).toHaveLength(2);

    // Ending: no new filings, the successor is named.
    const other = await db().procedure.findFirstOrThrow({ where: { currentVersionId: { not: null }, code: { not: code } } });
    await endProcedure(admin, (await db().procedure.findUniqueOrThrow({ where: { code } })).id, { successorCode: other.code });
    expect(await getFilingProcedure(code)).toBeNull();
    expect((await getAdminVersion(admin, v2)).state).toBe("ended");
    expect((await listAdminVersions(admin, { q: code, state: "ended" })).rows.map((r) => r.id)).toEqual([v2]);
  });

  it("a scheduled version is published on its day by publishDueVersions, not before", async () => {
    const tag = randomBytes(3).toString("hex");
    const code = `8.${tag}`;
    const { versionId } = await createProcedure(admin, { code, fieldCode: (await db().field.findFirstOrThrow()).code, name: `Thủ tục hẹn ngày ${tag}`, level: "COMMUNE" });
    await updateDraft(admin, versionId, editInputs(`Thủ tục hẹn ngày ${tag}`));
    await saveDraftForm(admin, versionId, form);
    const r = await publishVersion(admin, versionId, { ...decision, effectiveOn: "2099-01-02" });
    expect(r).toEqual({ published: false, issues: [] });
    expect((await getAdminVersion(admin, versionId)).state).toBe("scheduled");
    // Editing a scheduled draft is refused.
    await expect(updateDraft(admin, versionId, editInputs(`Thủ tục hẹn ngày ${tag}`))).rejects.toMatchObject({ messageKey: "admin.errors.scheduled" });

    expect(await publishDueVersions(new Date("2099-01-01T16:59:00Z"))).not.toContain(code);
    expect(await getFilingProcedure(code)).toBeNull();
    expect(await publishDueVersions(new Date("2099-01-01T17:00:00Z"))).toContain(code);
    expect((await getFilingProcedure(code))?.versionId).toBe(versionId);
    expect(await publishDueVersions(new Date("2099-01-02T00:00:00Z"))).not.toContain(code);
  });
});

describe("scope", () => {
  it("an agency administrator sees and edits only procedures of their subtree, and cannot publish", async () => {
    const agencyAdmin = await makeUser("AGENCY_ADMIN", communeId);
    const outside = await db().procedureVersion.findFirstOrThrow({
      where: { status: "PUBLISHED", agencies: { none: { agency: { path: { startsWith: agencyAdmin.agencyPath! } } } } },
      select: { id: true },
    });
    await expect(getAdminVersion(agencyAdmin, outside.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(createDraftFrom(agencyAdmin, outside.id)).rejects.toMatchObject({ kind: "not_found" });
    const list = await listAdminVersions(agencyAdmin, {});
    expect(list.rows.map((r) => r.id)).not.toContain(outside.id);

    const tag = randomBytes(3).toString("hex");
    const { versionId } = await createProcedure(agencyAdmin, { code: `7.${tag}`, fieldCode: (await db().field.findFirstOrThrow()).code, name: `Thủ tục của xã ${tag}` });
    expect((await getAdminVersion(agencyAdmin, versionId)).record.implementingCodes).toEqual([communeCode]);
    // Naming an agency outside the subtree is refused.
    const province = await db().agency.findFirstOrThrow({ where: { parentId: null } });
    await expect(updateDraft(agencyAdmin, versionId, editInputs(`Thủ tục của xã ${tag}`, { implementingCodes: province.code }))).rejects.toMatchObject({ kind: "not_found" });
    expect((await updateDraft(agencyAdmin, versionId, editInputs(`Thủ tục của xã ${tag}`))).issues).toEqual([]);
    await saveDraftForm(agencyAdmin, versionId, form);
    await expect(publishVersion(agencyAdmin, versionId, decision)).rejects.toMatchObject({ kind: "not_found" });
    // The province administrator publishes it.
    expect((await publishVersion(admin, versionId, decision)).published).toBe(true);
  });

  it("an inspector reads but changes nothing; other roles are not administrators at all", async () => {
    const inspector = await makeUser("INSPECTOR", null);
    const v = await db().procedureVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    expect((await getAdminVersion(inspector, v.id)).id).toBe(v.id);
    await expect(createDraftFrom(inspector, v.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(updateDraft(inspector, v.id, editInputs("Bất kỳ tên nào"))).rejects.toMatchObject({ kind: "not_found" });
    await expect(createProcedure(inspector, { code: "6.abc", fieldCode: "x", name: "Thủ tục bất kỳ" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(publishVersion(inspector, v.id, decision)).rejects.toMatchObject({ kind: "not_found" });

    const officer = await db().user.findUniqueOrThrow({ where: { email: DEMO.leaderXa } });
    await expect(loadAdminActor(officer.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});
