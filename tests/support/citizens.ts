/** Citizens and filled-in drafts for integration tests (through the use cases themselves). */
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "../../lib/db";
import { attachDraftFile, createDraft, getDraft, saveApplicantStep, saveQuestionsStep } from "../../lib/server/dossiers/drafts";
import { pdfBytes } from "./files";

export const BIRTH = "1.001193";

export async function makeCitizen(name = "Lê Văn Cường") {
  const tag = randomBytes(5).toString("hex");
  return db().user.create({
    data: { email: `it.${tag}@motcua.test`, fullName: name, role: "CITIZEN", emailVerifiedAt: new Date() },
  });
}

/** The communes an applicant can choose (active ones: other tests merge and dissolve communes). */
export async function communeCodes(): Promise<string[]> {
  const rows = await db().agency.findMany({ where: { kind: "COMMUNE", active: true }, orderBy: { code: "asc" }, select: { code: true } });
  return rows.map((r) => r.code);
}

export function applicantAnswers(desk: string, commune: string) {
  return {
    onBehalf: "self",
    relationship: "",
    fullName: "Lê Văn Cường",
    dateOfBirth: "1990-01-02",
    citizenId: "036090001234",
    phone: "0912000111",
    email: "",
    address: { street: "Số 1, đường Lê Lợi", commune, province: "Ninh Bình" },
    desk,
  };
}

export const birthAnswers = {
  childFullName: "Lê Minh An",
  childSex: "female",
  childDateOfBirth: "2026-10-20",
  childPlaceOfBirth: "Bệnh viện tỉnh",
  childEthnicity: "Kinh",
  childNationality: "Việt Nam",
  childHometown: "",
  motherKnown: "yes",
  motherFullName: "Phạm Thị Hoa",
  motherDateOfBirth: "1992-04-05",
  motherEthnicity: "Kinh",
  motherNationality: "Việt Nam",
  motherCitizenId: "036192001111",
  motherResidence: { street: "Số 1", commune: "Phường Hoa Lư", province: "Ninh Bình" },
  fatherKnown: "no",
  declarantRelation: "father",
  copies: "1",
};

/** A birth registration draft with every step complete (documents in every required slot). */
export async function completeDraft(userId: string, desk: string): Promise<string> {
  const communes = await communeCodes();
  const draftId = await createDraft(userId, BIRTH);
  const a = await saveApplicantStep(userId, draftId, applicantAnswers(desk, communes[0]!));
  if (!a.complete) throw new Error("applicant step incomplete");
  const q = await saveQuestionsStep(userId, draftId, birthAnswers);
  if (!q.complete) throw new Error("questions step incomplete");
  const draft = await getDraft(userId, draftId);
  for (const c of draft!.procedure.components.filter((x) => x.required)) {
    await attachDraftFile(userId, draftId, c.id, Readable.from([pdfBytes(`doc ${c.position}`)]), `${c.position}.pdf`);
  }
  return draftId;
}
