/**
 * The citizen's document store (kho dữ liệu): a result returned online and a document digitised at
 * the desk go into it; filing offers them instead of an upload; the dossier links the stored document
 * and the officer sees it verified. A stored document is its owner's alone.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDossierForOfficer } from "@/lib/server/backoffice/view";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import {
  digitiseDossierFile,
  listStoredDocuments,
  openStoredDocument,
  removeStoredDocument,
  storedDocumentsForComponents,
} from "@/lib/server/document-store/store";
import { digitisedDossierCount } from "@/lib/server/document-store/stats";
import { attachDraftFile, createDraft, getDraft, saveApplicantStep, saveQuestionsStep, takeFromStore } from "@/lib/server/dossiers/drafts";
import { submitDraft } from "@/lib/server/dossiers/submit";
import { storage, setStorage } from "@/lib/server/storage";
import { LocalStorage } from "@/lib/server/storage/local";
import { applicantAnswers, BIRTH, communeCodes } from "../support/citizens";
import { pdfBytes } from "../support/files";
import { actorByEmail, agencyOf, createCitizen, createDossier, createOfficer, currentVersion, DEMO, otherCommune } from "./support/backoffice-fixtures";

/** "Thay đổi, cải chính, bổ sung thông tin hộ tịch": asks for the birth certificate (and a fixed fee). */
const CORRECTION = "1.004859";

let dir: string;
let reception: Actor;
let commune: { id: string; code: string; path: string };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-store-"));
  setStorage(new LocalStorage(dir));
  reception = await actorByEmail(DEMO.receptionXa);
  commune = await agencyOf(DEMO.receptionXa);
});
afterAll(async () => {
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

async function versionOf(code: string): Promise<string> {
  const p = await db().procedure.findUniqueOrThrow({ where: { code }, select: { currentVersionId: true } });
  return p.currentVersionId!;
}

/** A file with real bytes in storage, attached to a dossier. */
async function storedFile(dossierId: string, kind: "SUBMISSION" | "RESULT", text: string, componentId: string | null = null): Promise<string> {
  const bytes = pdfBytes(text);
  const key = `test/${randomUUID()}`;
  await storage().put(key, Readable.from([bytes]), "application/pdf");
  const { createHash } = await import("node:crypto");
  const f = await db().dossierFile.create({
    data: { dossierId, kind, componentId, originalName: `${text}.pdf`, storageKey: key, mimeType: "application/pdf", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    select: { id: true },
  });
  return f.id;
}

/** A birth registration of `citizen`, processed, whose result the desk returns online. */
async function birthCertificateReturned(citizen: Actor): Promise<{ dossierId: string; code: string }> {
  const d = await createDossier({ agencyId: commune.id, applicantId: citizen.userId, versionId: await versionOf(BIRTH), status: "PROCESSED" });
  const fileId = await storedFile(d.id, "RESULT", "giay-khai-sinh");
  await transitionDossier(reception, d.id, await currentVersion(d.id), "returnResult", { method: "ONLINE", resultFileId: fileId });
  return { dossierId: d.id, code: d.code };
}

/** A draft of the correction procedure, every step filled in, every required document uploaded except the birth certificate. */
async function correctionDraft(userId: string) {
  const communes = await communeCodes();
  const draftId = await createDraft(userId, CORRECTION);
  expect((await saveApplicantStep(userId, draftId, applicantAnswers(commune.code, communes[0]!))).complete).toBe(true);
  expect((await saveQuestionsStep(userId, draftId, { request: "Cải chính ngày sinh trong giấy khai sinh" })).complete).toBe(true);
  const draft = (await getDraft(userId, draftId))!;
  const birth = draft.procedure.components.find((c) => /giấy khai sinh/i.test(c.name))!;
  for (const c of draft.procedure.components.filter((x) => x.required && x.id !== birth.id)) {
    await attachDraftFile(userId, draftId, c.id, Readable.from([pdfBytes(`doc ${c.position}`)]), `${c.position}.pdf`);
  }
  return { draftId, draft, birth };
}

describe("the document store", () => {
  it("a result returned online goes into the applicant's store as an issued birth certificate, which they cannot remove", async () => {
    const citizen = await createCitizen();
    const { dossierId, code } = await birthCertificateReturned(citizen);
    const docs = await listStoredDocuments(citizen.userId);
    expect(docs).toHaveLength(1);
    const agency = await db().agency.findUniqueOrThrow({ where: { id: commune.id } });
    expect(docs[0]).toMatchObject({ kind: "BIRTH_CERTIFICATE", title: "Giấy khai sinh", issuer: agency.name, number: code, source: "ISSUED", removable: false, dossier: { id: dossierId } });
    expect(docs[0]!.issuedOn).not.toBeNull();
    const file = await openStoredDocument(citizen.userId, docs[0]!.id);
    expect((await buffer(file!.stream)).subarray(0, 5).toString()).toBe("%PDF-");
    await expect(removeStoredDocument(citizen.userId, docs[0]!.id)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await listStoredDocuments(citizen.userId)).toHaveLength(1);
  });

  it("filing offers the stored birth certificate instead of an upload; the dossier links it; the officer sees it verified", async () => {
    const citizen = await createCitizen();
    await birthCertificateReturned(citizen);
    const { draftId, draft, birth } = await correctionDraft(citizen.userId);
    const offered = await storedDocumentsForComponents(citizen.userId, draft.procedure.components);
    expect([...offered.keys()]).toEqual([birth.id]);
    const stored = offered.get(birth.id)![0]!;
    expect(stored.kind).toBe("BIRTH_CERTIFICATE");

    await takeFromStore(citizen.userId, draftId, birth.id, stored.id);
    const r = await submitDraft(citizen.userId, draftId);
    const files = await db().dossierFile.findMany({ where: { dossierId: r.dossierId, componentId: birth.id } });
    expect(files).toHaveLength(1);
    expect(files[0]!.storedDocumentId).toBe(stored.id);

    const officerView = await getDossierForOfficer(reception, r.dossierId);
    const linked = officerView.files.find((f) => f.id === files[0]!.id)!;
    expect(linked.fromStore).toMatchObject({ kind: "BIRTH_CERTIFICATE", source: "ISSUED", verified: true });
    expect(officerView.files.filter((f) => f.id !== files[0]!.id).every((f) => f.fromStore === null)).toBe(true);
  });

  it("another citizen never sees, downloads, removes or files with someone's stored document", async () => {
    const owner = await createCitizen();
    await birthCertificateReturned(owner);
    const [doc] = await listStoredDocuments(owner.userId);
    const stranger = await createCitizen();
    expect(await listStoredDocuments(stranger.userId)).toEqual([]);
    expect(await openStoredDocument(stranger.userId, doc!.id)).toBeNull();
    await expect(removeStoredDocument(stranger.userId, doc!.id)).rejects.toMatchObject({ kind: "not_found" });
    const { draftId, draft, birth } = await correctionDraft(stranger.userId);
    expect((await storedDocumentsForComponents(stranger.userId, draft.procedure.components)).size).toBe(0);
    await expect(takeFromStore(stranger.userId, draftId, birth.id, doc!.id)).rejects.toMatchObject({ kind: "not_found" });
    expect((await getDraft(stranger.userId, draftId))!.files.some((f) => f.componentId === birth.id)).toBe(false);
    // Nor can the owner put it in a slot that asks for another kind of document.
    const { draftId: ownDraft, draft: own } = await correctionDraft(owner.userId);
    const other = own.procedure.components.find((c) => c.id !== birth.id)!;
    await expect(takeFromStore(owner.userId, ownDraft, other.id, doc!.id)).rejects.toMatchObject({ kind: "validation" });
  });

  it("the desk digitises a document with the officer's confirmation; the citizen can remove it, and it is offered no more", async () => {
    const citizen = await createCitizen();
    const d = await createDossier({ agencyId: commune.id, applicantId: citizen.userId, status: "RECEIVED" });
    const fileId = await storedFile(d.id, "SUBMISSION", "giay-khai-sinh-ban-sao");
    const particulars = { kind: "BIRTH_CERTIFICATE", title: "Giấy khai sinh", issuer: "UBND phường Hoa Lư", number: "123/2001", issuedOn: "2001-05-04" };
    await expect(digitiseDossierFile(reception, fileId, { ...particulars, matchesOriginal: false })).rejects.toMatchObject({ messageKey: "store.errors.confirm" });
    // A day of issue typed wrong in the day / month / year fields is refused, never cut to a valid one.
    for (const issuedOn of ["2001-02-29", "2001-05-041", "ab-05-2001"]) {
      await expect(digitiseDossierFile(reception, fileId, { ...particulars, issuedOn, matchesOriginal: true })).rejects.toMatchObject({ messageKey: "store.errors.issuedOn" });
    }
    const elsewhere = await createOfficer((await otherCommune(commune.id)).id, "RECEPTION");
    await expect(digitiseDossierFile(elsewhere, fileId, { ...particulars, matchesOriginal: true })).rejects.toMatchObject({ kind: "not_found" });
    await expect(digitiseDossierFile(citizen, fileId, { ...particulars, matchesOriginal: true })).rejects.toMatchObject({ kind: "not_found" });
    const range = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000), agencyPathPrefix: commune.path };
    const before = await digitisedDossierCount(range);
    const id = await digitiseDossierFile(reception, fileId, { ...particulars, matchesOriginal: true });
    // The scorecard's digitisation indicator counts the dossier once.
    expect(await digitisedDossierCount(range)).toBe(before + 1);
    await expect(digitiseDossierFile(reception, fileId, { ...particulars, matchesOriginal: true })).rejects.toMatchObject({ messageKey: "store.errors.alreadyStored" });
    const [doc] = await listStoredDocuments(citizen.userId);
    expect(doc).toMatchObject({ id, kind: "BIRTH_CERTIFICATE", issuer: "UBND phường Hoa Lư", number: "123/2001", source: "DIGITISED", removable: true });
    expect(doc!.issuedOn?.toISOString().slice(0, 10)).toBe("2001-05-04");
    expect(await db().storedDocument.findUniqueOrThrow({ where: { id } })).toMatchObject({ confirmedById: reception.userId, dossierFileId: fileId });

    const { draft, birth } = await correctionDraft(citizen.userId);
    expect((await storedDocumentsForComponents(citizen.userId, draft.procedure.components)).get(birth.id)?.map((x) => x.id)).toEqual([id]);
    await removeStoredDocument(citizen.userId, id);
    expect(await listStoredDocuments(citizen.userId)).toEqual([]);
    expect((await storedDocumentsForComponents(citizen.userId, draft.procedure.components)).size).toBe(0);
    expect(await openStoredDocument(citizen.userId, id)).toBeNull();
  });
});
