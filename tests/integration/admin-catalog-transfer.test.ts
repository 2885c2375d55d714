/** Catalog JSON: export in the seed's shape; import all-or-nothing, naming each failing record; new versions published. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { exportCatalog, importCatalog } from "@/lib/server/admin/catalog-transfer";
import { searchProcedures } from "@/lib/server/catalog/search";
import { getFilingProcedure } from "@/lib/server/dossiers/procedures";
import { agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

let admin: AdminActor;
type Exported = Awaited<ReturnType<typeof exportCatalog>>["procedures"][number];
let catalog: Exported[];

beforeAll(async () => {
  admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
  catalog = (await exportCatalog(admin)).procedures;
});

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("catalog export and import", () => {
  it("exports every procedure in effect in the seed's shape, and the export imports back as it is", async () => {
    expect(catalog.length).toBeGreaterThan(5);
    const one = catalog.find((p) => p.onlineLevel === "FULL")!;
    expect(one).toMatchObject({ code: expect.any(String), fieldCode: expect.any(String), steps: expect.any(Array), components: expect.any(Array), publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(one.formSchema).toBeTruthy();
    // A dozen at once: the search index is rebuilt in one go.
    const some = catalog.slice(0, 12);
    const res = await importCatalog(admin, clone({ procedures: some }));
    expect(res).toEqual({ ok: true, imported: some.map((p) => p.code) });
    expect((await searchProcedures({ q: some[0]!.name })).items.map((i) => i.code)).toContain(some[0]!.code);
  }, 300_000);

  it("imports a new procedure and a changed one: published at once, found by search; filed dossiers keep their version", async () => {
    const tag = randomBytes(3).toString("hex");
    const base = clone(catalog.find((p) => p.onlineLevel === "FULL" && p.level === "COMMUNE")!);
    const before = await db().procedure.findUniqueOrThrow({ where: { code: base.code }, select: { currentVersionId: true } });
    const commune = await agencyOf(DEMO.receptionXa);
    const filed = await createDossier({ agencyId: commune.id, versionId: before.currentVersionId! });
    const changed = { ...base, name: `${base.name} (sửa đổi ${tag})` };
    const added = { ...clone(base), code: `8.${tag}`, name: `Xác nhận nhập khẩu danh mục ${tag}` };
    expect(await importCatalog(admin, { procedures: [changed, added] })).toEqual({ ok: true, imported: [base.code, `8.${tag}`] });

    const after = await db().procedure.findUniqueOrThrow({ where: { code: base.code }, include: { currentVersion: true } });
    expect(after.currentVersionId).not.toBe(before.currentVersionId);
    expect(after.currentVersion?.name).toBe(changed.name);
    expect((await db().procedureVersion.findUniqueOrThrow({ where: { id: before.currentVersionId! } })).status).toBe("SUPERSEDED");
    expect((await db().dossier.findUniqueOrThrow({ where: { id: filed.id } })).procedureVersionId).toBe(before.currentVersionId);
    expect((await getFilingProcedure(`8.${tag}`))?.name).toBe(added.name);
    expect((await searchProcedures({ q: `nhập khẩu danh mục ${tag}` })).items.map((i) => i.code)).toContain(`8.${tag}`);
    expect(await db().auditLog.count({ where: { action: "catalog.import", actorId: admin.userId } })).toBeGreaterThan(0);
  });

  it("changes nothing when any record fails, and names each failing record and why", async () => {
    const tag = randomBytes(3).toString("hex");
    const good = { ...clone(catalog[0]!), code: `7.${tag}`, name: `Thủ tục nhập tốt ${tag}` };
    const badField = { ...clone(catalog[0]!), code: `7.${tag}b`, fieldCode: "KHONG_CO" };
    const badShape = { ...clone(catalog[0]!), code: `7.${tag}c`, steps: [], timeUnit: "FORTNIGHT" };
    const badForm = { ...clone(catalog[0]!), code: `7.${tag}d`, onlineLevel: "FULL", channels: ["ONLINE"], formSchema: { version: 1, sections: [] } };
    const res = await importCatalog(admin, { procedures: [good, badField, badShape, badForm] });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems.map((p) => [p.index, p.code])).toEqual([
      [2, `7.${tag}b`],
      [3, `7.${tag}c`],
      [4, `7.${tag}d`],
    ]);
    expect(res.problems[0]!.problems.join(" ")).toContain("fieldCode: KHONG_CO");
    expect(res.problems[1]!.problems.join(" ")).toMatch(/steps/);
    expect(res.problems[1]!.problems.join(" ")).toMatch(/timeUnit/);
    expect(res.problems[2]!.problems.join(" ")).toMatch(/form/);
    expect(await db().procedure.findUnique({ where: { code: `7.${tag}` } })).toBeNull();
    expect(await importCatalog(admin, { nothing: true })).toMatchObject({ ok: false, problems: [{ index: 0 }] });
  });

  it("only the province administrator imports", async () => {
    const u = await db().user.create({ data: { email: `tt-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Thanh tra", role: "INSPECTOR" } });
    const inspector = await loadAdminActor(u.id);
    await expect(importCatalog(inspector, { procedures: [catalog[0]] })).rejects.toMatchObject({ kind: "not_found" });
    expect((await exportCatalog(inspector)).procedures.length).toBe(await db().procedure.count({ where: { currentVersionId: { not: null } } }));
  });
});
