/** The official forms as PDF: generated from the dossier's history, in Vietnamese, only for those in scope. */
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { loadAdminActor } from "@/lib/server/admin/access";
import { createAgency, updateAgency } from "@/lib/server/admin/agencies";
import { DOCUMENT_KINDS } from "@/lib/domain/workflow";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { renderOfficialDocument } from "@/lib/server/documents/official";
import { actorByEmail, agencyOf, createCitizen, createDossier, createOfficer, currentVersion, DEMO, otherCommune } from "./support/backoffice-fixtures";

let reception: Actor, specialist: Actor, leader: Actor, stranger: Actor;
let communeId: string;

beforeAll(async () => {
  reception = await actorByEmail(DEMO.receptionXa);
  specialist = await actorByEmail(DEMO.specialistXa);
  leader = await actorByEmail(DEMO.leaderXa);
  communeId = (await agencyOf(DEMO.receptionXa)).id;
  stranger = await createOfficer((await otherCommune(communeId)).id, "LEADER");
});

const step = async (actor: Actor, id: string, action: Parameters<typeof transitionDossier>[3], input: unknown, now?: Date) =>
  transitionDossier(actor, id, await currentVersion(id), action, input, { now });

describe("official forms", () => {
  it("generates every form of a dossier that went through them, as a PDF with the dossier's title", async () => {
    const citizen = await createCitizen();
    const d = await createDossier({ agencyId: communeId, applicantId: citizen.userId, applicantName: "Nguyễn Thị Hằng" });
    await step(reception, d.id, "receive", {}, fromLocal("2026-03-02", "09:00"));
    await step(reception, d.id, "requestSupplement", { reason: "Giấy tờ chưa đầy đủ", items: [{ name: "Giấy chứng sinh (bản chính)" }, { name: "Văn bản ủy quyền có chứng thực" }] }, fromLocal("2026-03-02", "10:00"));
    await step(citizen, d.id, "resubmitSupplement", {}, fromLocal("2026-03-03", "08:00"));
    await step(reception, d.id, "assign", { assigneeId: specialist.userId }, fromLocal("2026-03-03", "09:00"));
    await step(leader, d.id, "apologize", { reason: "Cần xác minh thông tin tại nơi cư trú", newDueDate: "2026-03-20" }, fromLocal("2026-03-04", "09:00"));
    await step(leader, d.id, "stop", { reason: "Người yêu cầu đề nghị dừng giải quyết" }, fromLocal("2026-03-05", "09:00"));
    const refused = await createDossier({ agencyId: communeId });
    await step(reception, refused.id, "refuse", { reason: "Hồ sơ không thuộc thẩm quyền giải quyết của xã" });

    const out = process.env.BACKOFFICE_PDF_DIR;
    for (const kind of DOCUMENT_KINDS) {
      const id = kind === "refusal" ? refused.id : d.id;
      const { bytes, fileName } = await renderOfficialDocument(reception, id, kind);
      expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(doc.getTitle()).toContain(kind === "refusal" ? refused.code : d.code);
      expect(fileName).toMatch(/\.pdf$/);
      if (out) await writeFile(path.join(out, `${kind}.pdf`), bytes);
      // The applicant may print their own forms; an officer of another agency cannot.
      if (kind !== "refusal") await expect(renderOfficialDocument(citizen, id, kind)).resolves.toBeTruthy();
      await expect(renderOfficialDocument(stranger, id, kind)).rejects.toMatchObject({ kind: "not_found" });
    }
  });

  it("a form the dossier never got is not found", async () => {
    const d = await createDossier({ agencyId: communeId });
    await expect(renderOfficialDocument(reception, d.id, "receipt")).rejects.toMatchObject({ kind: "not_found" });
    await expect(renderOfficialDocument(reception, d.id, "nonsense")).rejects.toMatchObject({ kind: "not_found" });
    await expect(renderOfficialDocument(reception, d.id, "controlSlip")).resolves.toBeTruthy();
  });
});

describe("documents after a rename", () => {
  it("a dossier received before the rename prints the agency's name of then; one received after, the new name", async () => {
    const admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
    const province = await db().agency.findFirstOrThrow({ where: { parentId: null }, select: { code: true, name: true } });
    const tag = randomBytes(3).toString("hex").toUpperCase();
    const created = await createAgency(admin, { code: `000.02.99.${tag}`, name: `Ủy ban nhân dân xã Cũ ${tag}`, kind: "COMMUNE", parentCode: province.code });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const desk = await createOfficer(created.id, "RECEPTION");
    const before = await createDossier({ agencyId: created.id });
    await step(desk, before.id, "receive", {}, new Date(Date.now() - 3_600_000));

    const renamed = await updateAgency(admin, created.id, { code: `000.02.99.${tag}`, name: `Ủy ban nhân dân xã Mới ${tag}`, kind: "COMMUNE" });
    expect(renamed.ok).toBe(true);
    const after = await createDossier({ agencyId: created.id });
    await step(desk, after.id, "receive", {}, new Date(Date.now() + 1000));

    const author = async (id: string, kind: string) => (await PDFDocument.load((await renderOfficialDocument(desk, id, kind)).bytes)).getAuthor();
    expect(await author(before.id, "receipt")).toBe(`Ủy ban nhân dân xã Cũ ${tag}`);
    expect(await author(before.id, "controlSlip")).toBe(`Ủy ban nhân dân xã Cũ ${tag}`);
    expect(await author(after.id, "receipt")).toBe(`Ủy ban nhân dân xã Mới ${tag}`);
  });
});
