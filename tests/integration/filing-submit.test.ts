/**
 * Submission: one transaction, idempotent (double click, retried request), codes per receiving
 * agency per day never duplicated under concurrency, drafts frozen once submitted, drafts expire.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { parseDossierCode, vietnamDay } from "../../lib/domain/dossier-code";
import { allocateDossierCode, hashTrackingPin, verifyTrackingPin } from "../../lib/server/dossiers/code";
import { attachDraftFile, getDraft, listDrafts, purgeExpiredDrafts, saveQuestionsStep } from "../../lib/server/dossiers/drafts";
import { landOnFilingStart } from "../../lib/server/dossiers/filing-start";
import { getFilingProcedure } from "../../lib/server/dossiers/procedures";
import { submitDossier, submitDraft } from "../../lib/server/dossiers/submit";
import { AppError } from "../../lib/server/errors";
import { setStorage } from "../../lib/server/storage";
import { LocalStorage } from "../../lib/server/storage/local";
import { storeUpload } from "../../lib/server/storage/upload";
import { applicantAnswers, BIRTH, birthAnswers, communeCodes, completeDraft, makeCitizen } from "../support/citizens";
import { pdfBytes } from "../support/files";

let dir: string;
let communes: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-filing-"));
  setStorage(new LocalStorage(dir));
  communes = await communeCodes();
});
afterAll(async () => {
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

describe("signing in on the way to filing", () => {
  it("lands on a new draft's own first step, not on the address that opens it", async () => {
    const user = await makeCitizen();
    const to = await landOnFilingStart(user.id, `/file/${BIRTH}/new`);
    expect(to).toMatch(new RegExp(`^/file/${BIRTH.replace(/\./g, "\\.")}/[0-9a-f-]{36}/applicant$`));
    const draftId = to.split("/")[3]!;
    expect(await db().dossierDraft.count({ where: { id: draftId, userId: user.id } })).toBe(1);
    expect(await landOnFilingStart(user.id, "/my/dossiers")).toBe("/my/dossiers");
    expect(await landOnFilingStart(user.id, "/file/0.000000/new")).toBe("/file/0.000000");
  });
});

describe("submitting a draft", () => {
  it("makes one dossier with its files, first status event, audit record and confirmation email", async () => {
    const user = await makeCitizen();
    const desk = communes[1]!;
    const draftId = await completeDraft(user.id, desk);
    const r = await submitDraft(user.id, draftId);
    expect(r.created).toBe(true);
    expect(r.pin).toMatch(/^\d{6}$/);
    const parsed = parseDossierCode(r.code)!;
    expect(parsed.agencyCode).toBe(desk);
    expect(parsed.day).toBe(vietnamDay(new Date()));
    const d = await db().dossier.findUniqueOrThrow({ where: { id: r.dossierId }, include: { files: true, events: true, receivingAgency: true } });
    expect(d.status).toBe("NEW");
    expect(d.channel).toBe("ONLINE");
    expect(d.receivingAgency.code).toBe(desk);
    expect(d.currentAgencyId).toBe(d.receivingAgencyId);
    expect(d.applicantId).toBe(user.id);
    expect(d.files.length).toBeGreaterThan(0);
    expect(d.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.kind === "SUBMISSION")).toBe(true);
    expect(d.events.map((e) => [e.action, e.toStatus])).toEqual([["submit", "NEW"]]);
    expect(d.dueAt).not.toBeNull();
    expect(d.pinHash).not.toContain(r.pin!);
    expect(verifyTrackingPin(d.code, r.pin!, d.pinHash)).toBe(true);
    expect(verifyTrackingPin(d.code, "000000" === r.pin ? "111111" : "000000", d.pinHash)).toBe(false);
    expect(await db().outbox.count({ where: { dossierId: d.id, template: "dossier.submitted", recipient: user.email! } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "Dossier", entityId: d.id, action: "dossier.submit" } })).toBe(1);
    const draft = await getDraft(user.id, draftId);
    expect(draft?.status).toBe("SUBMITTED");
    expect(await listDrafts(user.id)).toEqual([]);
  });

  it("is idempotent: a double click makes one dossier", async () => {
    const user = await makeCitizen();
    const draftId = await completeDraft(user.id, communes[2]!);
    const results = await Promise.all([submitDraft(user.id, draftId), submitDraft(user.id, draftId), submitDraft(user.id, draftId)]);
    expect(new Set(results.map((r) => r.dossierId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().dossier.count({ where: { applicantId: user.id } })).toBe(1);
    const again = await submitDraft(user.id, draftId);
    expect(again).toMatchObject({ dossierId: results[0]!.dossierId, created: false, pin: null });
    expect(await db().statusEvent.count({ where: { dossierId: again.dossierId } })).toBe(1);
    expect(await db().outbox.count({ where: { dossierId: again.dossierId } })).toBe(1);
  });

  it("is idempotent through the API's Idempotency-Key, and drops the duplicate's files", async () => {
    const user = await makeCitizen();
    const procedure = (await getFilingProcedure(BIRTH))!;
    const upload = async () =>
      Promise.all(
        procedure.components
          .filter((c) => c.required)
          .map(async (c) => ({ ...(await storeUpload(Readable.from([pdfBytes()]), "a.pdf", { maxBytes: 1e6, acceptedTypes: c.acceptedTypes }, `dossiers/${user.id}`)), componentId: c.id })),
      );
    const body = async () => ({ procedureCode: BIRTH, applicant: applicantAnswers(communes[3]!, communes[0]!), answers: birthAnswers, files: await upload(), idempotencyKey: "retry-1" });
    const [a, b] = await Promise.all([submitDossier(user.id, await body()), submitDossier(user.id, await body())]);
    expect(a.dossierId).toBe(b.dossierId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const files = await db().dossierFile.findMany({ where: { dossierId: a.dossierId } });
    const stored = await readdir(path.join(dir, "dossiers", user.id));
    expect(stored.sort()).toEqual(files.map((f) => f.storageKey.split("/").pop()).sort());
  });

  it("never gives the same code twice to concurrent submissions at one desk", async () => {
    const desk = communes[4]!;
    const users = await Promise.all(Array.from({ length: 12 }, () => makeCitizen()));
    const drafts = await Promise.all(users.map((u) => completeDraft(u.id, desk)));
    const results = await Promise.all(users.map((u, i) => submitDraft(u.id, drafts[i]!)));
    const seqs = results.map((r) => parseDossierCode(r.code)!.sequence).sort((x, y) => x - y);
    expect(new Set(results.map((r) => r.code)).size).toBe(12);
    expect(seqs[11]! - seqs[0]!).toBe(11);
  });

  it("allocates codes atomically: 60 concurrent transactions, 60 distinct consecutive numbers", async () => {
    const agency = await db().agency.findFirstOrThrow({ where: { kind: "DEPARTMENT" }, orderBy: { code: "desc" } });
    const at = new Date("2031-03-02T03:00:00Z");
    const codes = await Promise.all(Array.from({ length: 60 }, () => db().$transaction((tx) => allocateDossierCode(tx, agency, at))));
    expect(new Set(codes).size).toBe(60);
    const seqs = codes.map((c) => parseDossierCode(c)!.sequence).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // The next Vietnamese day starts again at 1, even though it is the same UTC day.
    expect(await db().$transaction((tx) => allocateDossierCode(tx, agency, new Date("2031-03-02T17:30:00Z")))).toBe(`${agency.code}-310303-0001`);
  });

  it("refuses an incomplete draft and says which steps", async () => {
    const user = await makeCitizen();
    const draftId = await completeDraft(user.id, communes[1]!);
    await saveQuestionsStep(user.id, draftId, { ...birthAnswers, childFullName: "" });
    await expect(submitDraft(user.id, draftId)).rejects.toMatchObject({ kind: "validation", details: { steps: ["questions"] } });
    expect(await db().dossier.count({ where: { applicantId: user.id } })).toBe(0);
  });

  it("freezes a submitted draft: no more answers or files", async () => {
    const user = await makeCitizen();
    const draftId = await completeDraft(user.id, communes[1]!);
    await submitDraft(user.id, draftId);
    await expect(saveQuestionsStep(user.id, draftId, birthAnswers)).rejects.toBeInstanceOf(AppError);
    const draft = (await getDraft(user.id, draftId))!;
    await expect(attachDraftFile(user.id, draftId, draft.procedure.components[0]!.id, Readable.from([pdfBytes()]), "x.pdf")).rejects.toMatchObject({ kind: "conflict" });
  });

  it("keeps the PIN only as a keyed hash", () => {
    const h = hashTrackingPin("X1-260101-0001", "123456");
    expect(h).toMatch(/^hmac-sha256:[A-Za-z0-9_-]{8}\.[0-9a-f]{64}$/);
    expect(verifyTrackingPin("X1-260101-0001", "123456", h)).toBe(true);
    expect(verifyTrackingPin("X1-260101-0002", "123456", h)).toBe(false);
  });
});

describe("drafts expire", () => {
  it("an expired draft is gone for its owner and is purged with its files", async () => {
    const user = await makeCitizen();
    const draftId = await completeDraft(user.id, communes[1]!);
    const files = await db().draftFile.findMany({ where: { draftId } });
    expect(files.length).toBeGreaterThan(0);
    await db().dossierDraft.update({ where: { id: draftId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getDraft(user.id, draftId)).toBeNull();
    expect(await listDrafts(user.id)).toEqual([]);
    await purgeExpiredDrafts();
    expect(await db().dossierDraft.findUnique({ where: { id: draftId } })).toBeNull();
    const left = await readdir(path.join(dir, "drafts", draftId)).catch(() => []);
    expect(left).toEqual([]);
  });

  it("lasts DRAFT_TTL_DAYS (30) from the last save by default", async () => {
    const user = await makeCitizen();
    const draftId = await completeDraft(user.id, communes[1]!);
    const d = (await getDraft(user.id, draftId))!;
    const days = (d.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });
});
