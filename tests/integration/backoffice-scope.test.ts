/**
 * Scope: an officer sees and acts only on dossiers currently at their agency (a leader also below
 * it); anything else answers exactly like a dossier that does not exist — for every action, every
 * file download, the dossier view and the queue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACTIONS, type Action } from "@/lib/domain/workflow";
import { getDossierFile } from "@/lib/server/backoffice/files";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { actorByEmail, addFile, agencyOf, createCitizen, createDossier, createOfficer, DEMO, otherCommune } from "./support/backoffice-fixtures";

const FILE_ID = "00000000-0000-4000-8000-0000000000f1";
const inputs: Record<Action, unknown> = {
  receive: {},
  refuse: { reason: "Hồ sơ không hợp lệ" },
  requestSupplement: { reason: "Thiếu giấy tờ", items: [{ name: "Giấy chứng sinh" }] },
  resubmitSupplement: {},
  assign: { assigneeId: FILE_ID },
  reassign: { assigneeId: FILE_ID, reason: "Chuyên viên nghỉ phép" },
  propose: { outcome: "GRANT", examination: "Đủ điều kiện" },
  approve: {},
  sendBack: { reason: "Xem lại hồ sơ" },
  transfer: {},
  requestFinancialObligation: { amount: 1000, description: "Lệ phí theo quy định" },
  confirmFinancialObligation: {},
  stop: { reason: "Dừng theo đề nghị" },
  requestWithdrawal: { reason: "Tôi muốn rút hồ sơ" },
  acceptWithdrawal: {},
  rejectWithdrawal: { reason: "Không chấp nhận" },
  apologize: { reason: "Cần xác minh thêm", newDueDate: "2027-06-30" },
  returnResult: { method: "DESK" },
  redirect: { agencyId: FILE_ID, reason: "Thuộc thẩm quyền nơi khác" },
};

/** The status in which each action would be allowed. */
const statusFor: Record<Action, { status: "NEW" | "RECEIVED" | "IN_PROCESSING" | "SUPPLEMENT_REQUESTED" | "FINANCIAL_OBLIGATION_REQUESTED" | "WITHDRAWAL_REQUESTED" | "PROCESSED"; step?: "EXAMINING" | "PROPOSED" | "APPROVED" | "AWAITING_ASSIGNMENT" }> = {
  receive: { status: "NEW" },
  refuse: { status: "NEW" },
  requestSupplement: { status: "NEW" },
  resubmitSupplement: { status: "SUPPLEMENT_REQUESTED" },
  assign: { status: "RECEIVED" },
  reassign: { status: "IN_PROCESSING", step: "EXAMINING" },
  propose: { status: "IN_PROCESSING", step: "EXAMINING" },
  approve: { status: "IN_PROCESSING", step: "PROPOSED" },
  sendBack: { status: "IN_PROCESSING", step: "PROPOSED" },
  transfer: { status: "IN_PROCESSING", step: "APPROVED" },
  requestFinancialObligation: { status: "IN_PROCESSING", step: "EXAMINING" },
  confirmFinancialObligation: { status: "FINANCIAL_OBLIGATION_REQUESTED" },
  stop: { status: "RECEIVED" },
  requestWithdrawal: { status: "RECEIVED" },
  acceptWithdrawal: { status: "WITHDRAWAL_REQUESTED" },
  rejectWithdrawal: { status: "WITHDRAWAL_REQUESTED" },
  apologize: { status: "IN_PROCESSING", step: "EXAMINING" },
  returnResult: { status: "PROCESSED" },
  redirect: { status: "NEW" },
};

let communeId: string;
let strangers: Record<"RECEPTION" | "SPECIALIST" | "LEADER", Actor>;
let departmentOfficers: Actor[];
let owner: Actor;
let otherCitizen: Actor;

beforeAll(async () => {
  communeId = (await agencyOf(DEMO.receptionXa)).id;
  const other = await otherCommune(communeId);
  strangers = {
    RECEPTION: await createOfficer(other.id, "RECEPTION"),
    SPECIALIST: await createOfficer(other.id, "SPECIALIST"),
    LEADER: await createOfficer(other.id, "LEADER"),
  };
  departmentOfficers = [await actorByEmail(DEMO.receptionSo), await actorByEmail(DEMO.leaderSo), await actorByEmail(DEMO.specialistSo)];
  owner = await createCitizen();
  otherCitizen = await createCitizen();
});

async function dossierFor(action: Action) {
  const { status, step } = statusFor[action];
  return createDossier({
    agencyId: communeId,
    status,
    step: step ?? null,
    applicantId: owner.userId,
    assigneeId: status === "IN_PROCESSING" ? (await actorByEmail(DEMO.specialistXa)).userId : null,
    dueAt: status === "NEW" ? null : new Date(Date.now() + 5 * 86400_000),
  });
}

describe("every action on a dossier of another agency answers 'not found'", () => {
  for (const action of ACTIONS) {
    it(action, async () => {
      const d = await dossierFor(action);
      const outsiders = [...Object.values(strangers), ...departmentOfficers, otherCitizen];
      for (const actor of outsiders) {
        await expect(transitionDossier(actor, d.id, 0, action, inputs[action]), `${actor.role} of another agency`).rejects.toMatchObject({
          kind: "not_found",
          messageKey: "errors.notFound",
        });
      }
      // Exactly the answer for a dossier that does not exist.
      await expect(transitionDossier(strangers.LEADER, "00000000-0000-4000-8000-000000000000", 0, action, inputs[action])).rejects.toMatchObject({
        kind: "not_found",
        messageKey: "errors.notFound",
      });
      const row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
      expect(row.version).toBe(0);
      expect(await db().statusEvent.count({ where: { dossierId: d.id } })).toBe(1);
    });
  }
});

describe("a leader also acts below their agency, an officer only at it", () => {
  it("the commune leader acts on a dossier at the commune's one-stop desk; the commune's reception does not", async () => {
    const desk = await db().agency.findFirstOrThrow({ where: { parentId: communeId, kind: "SERVICE_CENTER" } });
    const d = await createDossier({ agencyId: desk.id, status: "RECEIVED", dueAt: new Date(Date.now() + 86400_000) });
    await expect(transitionDossier(await actorByEmail(DEMO.receptionXa), d.id, 0, "stop", { reason: "Dừng theo đề nghị" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(transitionDossier(await actorByEmail(DEMO.leaderXa), d.id, 0, "stop", { reason: "Dừng theo đề nghị" })).resolves.toMatchObject({ to: "STOPPED" });
  });

  it("a citizen acts only on their own dossier", async () => {
    const d = await createDossier({ agencyId: communeId, status: "RECEIVED", applicantId: owner.userId, dueAt: new Date(Date.now() + 86400_000) });
    await expect(transitionDossier(otherCitizen, d.id, 0, "requestWithdrawal", inputs.requestWithdrawal)).rejects.toMatchObject({ kind: "not_found" });
    await expect(transitionDossier(owner, d.id, 0, "requestWithdrawal", inputs.requestWithdrawal)).resolves.toMatchObject({ to: "WITHDRAWAL_REQUESTED" });
  });

  it("an administrator does not act on dossiers", async () => {
    const d = await createDossier({ agencyId: communeId });
    await expect(transitionDossier(await actorByEmail(DEMO.admin), d.id, 0, "receive", {})).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("every file download checks the dossier's scope", () => {
  it("files of every kind: seen by the agency and the applicant, not found for anyone else", async () => {
    const d = await createDossier({ agencyId: communeId, status: "PROCESSED", applicantId: owner.userId, dueAt: new Date() });
    const reception = await actorByEmail(DEMO.receptionXa);
    const leader = await actorByEmail(DEMO.leaderXa);
    for (const kind of ["SUBMISSION", "SUPPLEMENT", "RESULT", "ATTACHMENT"] as const) {
      const fileId = await addFile(d.id, kind);
      await expect(getDossierFile(reception, d.id, fileId)).resolves.toMatchObject({ id: fileId, kind });
      await expect(getDossierFile(leader, d.id, fileId)).resolves.toMatchObject({ id: fileId });
      // The applicant sees a result only once it is returned (tests/security/files.test.ts).
      if (kind === "RESULT") await expect(getDossierFile(owner, d.id, fileId)).rejects.toMatchObject({ kind: "not_found" });
      else await expect(getDossierFile(owner, d.id, fileId)).resolves.toMatchObject({ id: fileId });
      for (const actor of [...Object.values(strangers), ...departmentOfficers, otherCitizen]) {
        await expect(getDossierFile(actor, d.id, fileId)).rejects.toMatchObject({ kind: "not_found", messageKey: "errors.notFound" });
      }
      // A file id paired with another dossier of one's own agency is not found either.
      const mine = await createDossier({ agencyId: communeId });
      await expect(getDossierFile(reception, mine.id, fileId)).rejects.toMatchObject({ kind: "not_found" });
    }
  });
});
