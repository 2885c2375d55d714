/** Agencies: create and rename (old name kept), merge A into B (dry run, then for real), dissolve refused with open dossiers. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { indexProcedure } from "@/lib/server/catalog/reindex";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { agencyNameAt, createAgency, dissolveAgency, getAgency, listAgencyTree, mergeAgency, planMerge, updateAgency } from "@/lib/server/admin/agencies";
import { listQueue, queueFilterSchema } from "@/lib/server/backoffice/queue";
import { registerQuerySchema, registerRows } from "@/lib/server/backoffice/register";
import { hashTrackingPin } from "@/lib/server/dossiers/code";
import { trackDossier } from "@/lib/server/tracking/track";
import { createDossier, createOfficer, DEMO } from "./support/backoffice-fixtures";

let admin: AdminActor;
let provinceCode: string;

beforeAll(async () => {
  admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
  provinceCode = (await db().agency.findFirstOrThrow({ where: { parentId: null }, select: { code: true } })).code;
});

async function newCommune(parentCode = provinceCode): Promise<{ id: string; code: string; name: string }> {
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const code = `000.01.99.${tag}`;
  const name = `Ủy ban nhân dân xã Thử ${tag}`;
  const res = await createAgency(admin, { code, name, kind: "COMMUNE", parentCode, openingHours: "Thứ Hai–Thứ Sáu 7:30–17:00" });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return { id: res.id, code, name };
}

describe("the tree, creating and renaming", () => {
  it("creates an agency at any depth, refuses a taken code, keeps the old name after a rename", async () => {
    const a = await newCommune();
    const child = await newCommune(a.code);
    const tree = await listAgencyTree(admin);
    const rowA = tree.find((r) => r.agency.id === a.id)!;
    const rowChild = tree.find((r) => r.agency.id === child.id)!;
    expect(rowChild.depth).toBe(rowA.depth + 1);
    expect(tree.indexOf(rowChild)).toBeGreaterThan(tree.indexOf(rowA));
    expect((await db().agency.findUniqueOrThrow({ where: { id: child.id } })).path).toMatch(new RegExp(`/${a.id}/${child.id}/$`));

    expect(await createAgency(admin, { code: a.code, name: "Trùng mã cơ quan", kind: "COMMUNE" })).toEqual({ ok: false, errors: { code: "agencies.invalid.codeTaken" } });
    expect(await createAgency(admin, { code: "x y", name: "Ab", kind: "NOPE" })).toMatchObject({ ok: false, errors: { code: "agencies.invalid.code", name: "agencies.invalid.name", kind: "agencies.invalid.kind" } });

    const before = new Date(Date.now() - 1000);
    const renamed = await updateAgency(admin, a.id, { code: a.code, name: `${a.name} mới`, kind: "COMMUNE", phone: "0229 3871 234", openingHours: "Sáng thứ Bảy" });
    expect(renamed).toEqual({ ok: true, id: a.id });
    const view = await getAgency(admin, a.id);
    expect(view.name).toBe(`${a.name} mới`);
    expect(view.formerNames.map((f) => f.name)).toEqual([a.name]);
    expect((await agencyNameAt(a.id, before))?.name).toBe(a.name);
    expect((await agencyNameAt(a.id, new Date()))?.name).toBe(`${a.name} mới`);
    expect(await db().auditLog.count({ where: { entity: "Agency", entityId: a.id, action: "agency.rename" } })).toBe(1);
  });
});

describe("merging A into B", () => {
  it("the dry run shows what would move and changes nothing; the merge moves it with a status event each", async () => {
    const a = await newCommune();
    const b = await newCommune();
    const sub = await newCommune(a.code);
    const stays = await createOfficer(a.id, "RECEPTION");
    const leaves = await createOfficer(a.id, "SPECIALIST");
    const open1 = await createDossier({ agencyId: a.id, status: "NEW" });
    const open2 = await createDossier({ agencyId: a.id, status: "IN_PROCESSING", assigneeId: leaves.userId });
    const done = await createDossier({ agencyId: a.id, status: "RESULT_RETURNED" });
    const input = { intoCode: b.code, resolution: "Nghị quyết số 1234/NQ-UBTVQH15", officers: { [leaves.userId]: "deactivate" } };

    const plan = await planMerge(admin, a.id, input);
    expect(plan.dossiers.map((d) => d.code).sort()).toEqual([open1.code, open2.code].sort());
    expect(plan.officers.map((o) => [o.id, o.choice]).sort()).toEqual([[stays.userId, "move"], [leaves.userId, "deactivate"]].sort());
    expect(plan.children.map((c) => c.code)).toEqual([sub.code]);
    // Nothing moved.
    expect((await db().dossier.findUniqueOrThrow({ where: { id: open1.id } })).currentAgencyId).toBe(a.id);
    expect((await db().agency.findUniqueOrThrow({ where: { id: a.id } })).active).toBe(true);
    expect(await db().statusEvent.count({ where: { dossierId: open1.id, action: "agency.merge" } })).toBe(0);

    await mergeAgency(admin, a.id, input);
    for (const d of [open1, open2]) {
      const row = await db().dossier.findUniqueOrThrow({ where: { id: d.id }, include: { events: { orderBy: { id: "desc" }, take: 1 } } });
      expect(row.currentAgencyId).toBe(b.id);
      expect(row.receivingAgencyId).toBe(a.id);
      expect(row.code.startsWith(a.code)).toBe(true);
      const [last] = row.events;
      expect(last).toMatchObject({ action: "agency.merge", fromStatus: row.status, toStatus: row.status, agencyId: b.id });
      expect(last?.reason).toContain("Nghị quyết số 1234/NQ-UBTVQH15");
    }
    // A finished dossier stays where it was handled.
    expect((await db().dossier.findUniqueOrThrow({ where: { id: done.id } })).currentAgencyId).toBe(a.id);
    // A's old code still finds its dossiers.
    expect((await db().dossier.findMany({ where: { code: { startsWith: `${a.code}-` } }, select: { id: true } })).map((d) => d.id).sort()).toEqual([open1.id, open2.id, done.id].sort());
    const officers = await db().user.findMany({ where: { id: { in: [stays.userId, leaves.userId] } } });
    expect(officers.find((o) => o.id === stays.userId)).toMatchObject({ agencyId: b.id, active: true });
    expect(officers.find((o) => o.id === leaves.userId)).toMatchObject({ agencyId: a.id, active: false });
    const agency = (id: string) => db().agency.findUniqueOrThrow({ where: { id } });
    const [rowA, rowB, rowSub] = await Promise.all([agency(a.id), agency(b.id), agency(sub.id)]);
    expect(rowA).toMatchObject({ active: false, mergedIntoId: b.id });
    expect(rowSub.parentId).toBe(b.id);
    expect(rowSub.path).toBe(`${rowB.path}${sub.id}/`);
    expect(await db().auditLog.count({ where: { entity: "Agency", entityId: a.id, action: "agency.merge" } })).toBe(1);
    // Merged once: a second merge of A is refused.
    await expect(mergeAgency(admin, a.id, input)).rejects.toMatchObject({ messageKey: "admin.errors.agencyInactive" });
  });

  it("refuses to merge an agency into its own subtree, and refuses anyone but the province administrator", async () => {
    const a = await newCommune();
    const sub = await newCommune(a.code);
    await expect(planMerge(admin, a.id, { intoCode: sub.code, resolution: "Nghị quyết thử" })).rejects.toMatchObject({ messageKey: "admin.errors.mergeIntoOwn" });
    const u = await db().user.create({ data: { email: `thanhtra-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Thanh tra", role: "INSPECTOR" } });
    const inspector = await loadAdminActor(u.id);
    await expect(mergeAgency(inspector, a.id, { intoCode: sub.code, resolution: "Nghị quyết thử" })).rejects.toMatchObject({ kind: "not_found" });
    expect((await db().agency.findUniqueOrThrow({ where: { id: a.id } })).active).toBe(true);
  });
});

describe("dissolving", () => {
  it("is refused while the agency has open dossiers, then done once they are finished", async () => {
    const a = await newCommune();
    const officer = await createOfficer(a.id, "RECEPTION");
    const d = await createDossier({ agencyId: a.id, status: "RECEIVED" });
    await expect(dissolveAgency(admin, a.id)).rejects.toMatchObject({ messageKey: "admin.errors.openDossiers" });
    expect((await db().agency.findUniqueOrThrow({ where: { id: a.id } })).active).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: officer.userId } })).active).toBe(true);
    await db().dossier.update({ where: { id: d.id }, data: { status: "RESULT_RETURNED" } });
    expect(await dissolveAgency(admin, a.id)).toEqual({ officersDeactivated: 1 });
    expect(await db().agency.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ active: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: officer.userId } })).active).toBe(false);
    expect(await db().auditLog.count({ where: { entity: "Agency", entityId: a.id, action: "agency.dissolve" } })).toBe(1);
  });
});

/** A published province-level procedure implemented by `agencyId`, copied from a complete demo version. */
async function procedureImplementedBy(agencyId: string): Promise<{ procedureId: string; versionId: string; code: string }> {
  const source = await db().procedureVersion.findFirstOrThrow({
    where: { status: "PUBLISHED", onlineLevel: "NONE", route: { equals: Prisma.DbNull } },
    include: { components: true, procedure: { select: { fieldId: true } } },
  });
  const code = `MRG.${randomBytes(4).toString("hex").toUpperCase()}`;
  const procedure = await db().procedure.create({ data: { code, fieldId: source.procedure.fieldId } });
  const version = await db().procedureVersion.create({
    data: {
      procedureId: procedure.id,
      version: 1,
      status: "DRAFT",
      name: `Thủ tục của xã sáp nhập ${code}`,
      level: "PROVINCE",
      audience: source.audience,
      onlineLevel: "NONE",
      channels: ["COUNTER"],
      steps: source.steps as Prisma.InputJsonValue,
      timeLimitValue: source.timeLimitValue,
      timeLimitUnit: source.timeLimitUnit,
      timeLimitText: source.timeLimitText,
      fees: source.fees as Prisma.InputJsonValue,
      result: source.result || "Kết quả",
      legalBasis: source.legalBasis as Prisma.InputJsonValue,
      components: { create: source.components.map(({ id: _i, versionId: _v, ...c }) => c) },
      agencies: { create: [{ agencyId, role: "IMPLEMENTING" }, { agencyId, role: "DECIDING" }] },
    },
  });
  await db().procedureVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await db().procedure.update({ where: { id: procedure.id }, data: { currentVersionId: version.id } });
  // Publishing puts a procedure in the search index, as the catalog's own publishing does.
  await indexProcedure(db(), procedure.id);
  return { procedureId: procedure.id, versionId: version.id, code };
}

describe("merging A into B: procedures and old codes", () => {
  it("publishes a new version naming B of every procedure A implemented; A's old code still finds its dossiers", async () => {
    const a = await newCommune();
    const b = await newCommune();
    const proc = await procedureImplementedBy(a.id);
    const leaderB = await createOfficer(b.id, "LEADER");
    // A dossier filed at A under the old version, with a real code and tracking PIN.
    const filed = await createDossier({ agencyId: a.id, versionId: proc.versionId, status: "RECEIVED" });
    const code = `${a.code}-261130-${1000 + Math.floor(Math.random() * 8999)}`;
    await db().dossier.update({ where: { id: filed.id }, data: { code, pinHash: hashTrackingPin(code, "246810") } });
    const finished = await createDossier({ agencyId: a.id, versionId: proc.versionId, status: "RESULT_RETURNED" });

    const plan = await planMerge(admin, a.id, { intoCode: b.code, resolution: "Nghị quyết số 1660/NQ-UBTVQH15" });
    expect(plan.procedureVersions).toBe(2);
    const result = await mergeAgency(admin, a.id, { intoCode: b.code, resolution: "Nghị quyết số 1660/NQ-UBTVQH15" });
    expect(result.procedures).toEqual({ published: [proc.code], drafts: [] });

    const versions = await db().procedureVersion.findMany({ where: { procedureId: proc.procedureId }, orderBy: { version: "asc" }, include: { agencies: true } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "SUPERSEDED"], [2, "PUBLISHED"]]);
    expect(versions[1]!.agencies.map((x) => [x.agencyId, x.role]).sort()).toEqual([[b.id, "IMPLEMENTING"], [b.id, "DECIDING"]].sort());
    expect(versions[1]!.decisionNumber).toBe("Nghị quyết số 1660/NQ-UBTVQH15");
    // The old version still names A: documents of dossiers filed under it are unchanged.
    expect(versions[0]!.agencies.every((x) => x.agencyId === a.id)).toBe(true);
    expect((await db().procedure.findUniqueOrThrow({ where: { id: proc.procedureId } })).currentVersionId).toBe(versions[1]!.id);
    expect((await db().dossier.findUniqueOrThrow({ where: { id: filed.id } })).procedureVersionId).toBe(proc.versionId);
    expect(await db().auditLog.count({ where: { action: "procedure.agencyMerge", entityId: versions[1]!.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "procedure.publish", entityId: versions[1]!.id } })).toBe(1);

    // Tracking by A's old code.
    const tracked = await trackDossier({ code, pin: "246810" }, `merge-test-${randomBytes(3).toString("hex")}`);
    expect(tracked.code).toBe(code);
    // B's officers find it by its old code in their queue, and A's dossiers stay in B's register.
    const { rows } = await listQueue(leaderB, queueFilterSchema.parse({ q: code }));
    expect(rows.map((r) => r.code)).toEqual([code]);
    const register = await registerRows(leaderB, registerQuerySchema.parse({ from: "2020-01-01", to: "2099-12-31" }), "vi");
    const codes = register.body.map((r) => r[1]);
    expect(codes).toEqual(expect.arrayContaining([code, finished.code]));
  });
});
