/**
 * Drafts of applications. Every step saves here — valid or not — so nothing typed is lost;
 * a step is "completed" when its answers pass validation. Drafts expire after DRAFT_TTL_DAYS
 * (or the administrator's "draftLifetimeDays" setting) without a change. A submitted draft
 * is frozen: it only points at its dossier.
 */
import type { Readable } from "node:stream";
import type { RawAnswers } from "@/lib/domain/forms";
import { validateAnswers, type FieldError } from "@/lib/domain/forms";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { AppError, notFound } from "@/lib/server/errors";
import { storage } from "@/lib/server/storage";
import { storeUpload, UploadError, type StoredUpload } from "@/lib/server/storage/upload";
import { copyStoredDocumentForDraft } from "@/lib/server/document-store/store";
import { openDraftsMax, uploadBytesPerDay } from "@/lib/server/limits";
import { hit, used } from "@/lib/server/rate-limit";
import { applicantFormFor, getFilingProcedure, getFilingVersion, listCommunes, type FilingProcedure } from "./procedures";

export const STEPS = ["applicant", "questions", "documents", "check", "declaration"] as const;
export type Step = (typeof STEPS)[number];

export interface DraftData {
  applicant: RawAnswers;
  answers: RawAnswers;
}

export interface DraftView {
  id: string;
  status: "DRAFT" | "SUBMITTED";
  dossierId: string | null;
  data: DraftData;
  completedSteps: Step[];
  expiresAt: Date;
  updatedAt: Date;
  files: Array<{ id: string; componentId: string; originalName: string; mimeType: string; size: number; sha256: string; createdAt: Date; storedDocumentId: string | null }>;
  procedure: FilingProcedure;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function draftTtlDays(): Promise<number> {
  const setting = await db().setting.findUnique({ where: { key: "draftLifetimeDays" } }).catch(() => null);
  const v = Number(setting?.value);
  return Number.isInteger(v) && v >= 1 && v <= 365 ? v : config().DRAFT_TTL_DAYS;
}

async function expiry(): Promise<Date> {
  return new Date(Date.now() + (await draftTtlDays()) * 86_400_000);
}

function asData(value: unknown): DraftData {
  const v = (value ?? {}) as Partial<DraftData>;
  return { applicant: (v.applicant ?? {}) as RawAnswers, answers: (v.answers ?? {}) as RawAnswers };
}

/** Starts a draft for a procedure that can be filed online, prefilled from the profile. */
export async function createDraft(userId: string, procedureCode: string): Promise<string> {
  const procedure = await getFilingProcedure(procedureCode);
  if (!procedure) throw notFound();
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user?.active) throw notFound();
  if (user.role !== "CITIZEN") throw new AppError("forbidden", "filing.errors.citizensOnly");
  if ((await db().dossierDraft.count({ where: { userId, status: "DRAFT" } })) >= openDraftsMax()) {
    throw new AppError("rate_limited", "filing.errors.tooManyDrafts");
  }
  const communes = await listCommunes();
  const commune = communes.find((c) => user.communeName && c.name.toLowerCase().endsWith(user.communeName.toLowerCase()));
  const applicant: RawAnswers = {
    onBehalf: "self",
    relationship: "",
    fullName: user.fullName,
    dateOfBirth: user.dateOfBirth ? user.dateOfBirth.toISOString().slice(0, 10) : "",
    citizenId: user.citizenId ?? "",
    phone: user.phone ?? "",
    email: user.email ?? "",
    address: { street: user.address, commune: commune?.code ?? "", province: user.provinceName },
    desk: "",
  };
  const expiresAt = await expiry();
  const draft = await db().$transaction(async (tx) => {
    const d = await tx.dossierDraft.create({
      data: { userId, procedureVersionId: procedure.versionId, data: { applicant, answers: {} } as unknown as Prisma.InputJsonValue, expiresAt },
    });
    await audit(tx, { actorId: userId, action: "draft.create", entity: "DossierDraft", entityId: d.id, data: { procedure: procedureCode } });
    return d;
  });
  void purgeExpiredDrafts(20).catch(() => {});
  return draft.id;
}

/** The caller's own draft; anything else (another's, expired, unknown) answers null. */
export async function getDraft(userId: string, draftId: string): Promise<DraftView | null> {
  if (!UUID_RE.test(draftId)) return null;
  const d = await db().dossierDraft.findUnique({ where: { id: draftId }, include: { files: true } });
  if (!d || d.userId !== userId) return null;
  if (d.status === "DRAFT" && d.expiresAt.getTime() <= Date.now()) return null;
  const procedure = await getFilingVersion(d.procedureVersionId);
  if (!procedure) return null;
  return {
    id: d.id,
    status: d.status,
    dossierId: d.dossierId,
    data: asData(d.data),
    completedSteps: d.completedSteps.filter((s): s is Step => (STEPS as readonly string[]).includes(s)),
    expiresAt: d.expiresAt,
    updatedAt: d.updatedAt,
    files: d.files.map((f) => ({ id: f.id, componentId: f.componentId, originalName: f.originalName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, createdAt: f.createdAt, storedDocumentId: f.storedDocumentId })),
    procedure,
  };
}

async function editableDraft(userId: string, draftId: string): Promise<DraftView> {
  const draft = await getDraft(userId, draftId);
  if (!draft) throw notFound();
  if (draft.status !== "DRAFT") throw new AppError("conflict", "filing.errors.alreadySubmitted", { dossierId: draft.dossierId });
  return draft;
}

export async function applicantFormOf(draft: DraftView) {
  return applicantFormFor(draft.procedure, await listCommunes());
}

/** Errors of one step of a draft as it stands (empty when the step is complete). */
export async function stepErrors(draft: DraftView, step: "applicant" | "questions" | "documents"): Promise<FieldError[]> {
  if (step === "applicant") {
    const r = validateAnswers(await applicantFormOf(draft), draft.data.applicant);
    return r.ok ? [] : r.errors;
  }
  if (step === "questions") {
    const r = validateAnswers(draft.procedure.form, draft.data.answers);
    return r.ok ? [] : r.errors;
  }
  const have = new Set(draft.files.map((f) => f.componentId));
  return draft.procedure.components.filter((c) => c.required && !have.has(c.id)).map((c) => ({ path: [c.id], key: "required" as const }));
}

async function save(userId: string, draft: DraftView, patch: Partial<DraftData>, step: Step, complete: boolean): Promise<void> {
  const data = { ...draft.data, ...patch };
  const steps = new Set(draft.completedSteps);
  if (complete) steps.add(step);
  else steps.delete(step);
  const expiresAt = await expiry();
  await db().$transaction(async (tx) => {
    const updated = await tx.dossierDraft.updateMany({
      where: { id: draft.id, userId, status: "DRAFT" },
      data: { data: data as unknown as Prisma.InputJsonValue, completedSteps: [...steps], expiresAt },
    });
    if (updated.count !== 1) throw new AppError("conflict", "filing.errors.alreadySubmitted");
    await audit(tx, { actorId: userId, action: "draft.save", entity: "DossierDraft", entityId: draft.id, data: { step, complete } });
  });
}

/** Saves the applicant step (whatever was typed) and says whether it is complete. */
export async function saveApplicantStep(userId: string, draftId: string, raw: RawAnswers): Promise<{ complete: boolean }> {
  const draft = await editableDraft(userId, draftId);
  const r = validateAnswers(await applicantFormOf(draft), raw);
  await save(userId, draft, { applicant: raw }, "applicant", r.ok);
  return { complete: r.ok };
}

export async function saveQuestionsStep(userId: string, draftId: string, raw: RawAnswers): Promise<{ complete: boolean }> {
  const draft = await editableDraft(userId, draftId);
  const r = validateAnswers(draft.procedure.form, raw);
  await save(userId, draft, { answers: raw }, "questions", r.ok);
  return { complete: r.ok };
}

export async function markDocumentsStep(userId: string, draftId: string): Promise<{ complete: boolean }> {
  const draft = await editableDraft(userId, draftId);
  const complete = (await stepErrors(draft, "documents")).length === 0;
  await save(userId, draft, {}, "documents", complete);
  return { complete };
}

/**
 * Streams a document into the draft's slot for one dossier component (replacing what was
 * there). Checks while streaming (size, real type, hidden content); see storage/inspect.ts.
 */
export async function attachDraftFile(userId: string, draftId: string, componentId: string, body: Readable, fileName: string): Promise<StoredUpload> {
  const draft = await editableDraft(userId, draftId);
  const component = draft.procedure.components.find((c) => c.id === componentId);
  if (!component) throw notFound();
  // Bytes uploaded per user per day: refused once used up; the upload that crosses the line is kept.
  if ((await used(uploadBytesPerDay(), userId)) >= uploadBytesPerDay().max) {
    throw new UploadError("quota");
  }
  const stored = await storeUpload(body, fileName, { maxBytes: component.maxSizeMb * 1024 * 1024, acceptedTypes: component.acceptedTypes }, `drafts/${draft.id}`);
  await hit(uploadBytesPerDay(), userId, new Date(), stored.size);
  let replaced: string | null = null;
  const expiresAt = await expiry();
  try {
    await db().$transaction(async (tx) => {
      const current = await tx.dossierDraft.findUnique({ where: { id: draft.id }, select: { status: true, userId: true } });
      if (!current || current.userId !== userId || current.status !== "DRAFT") throw new AppError("conflict", "filing.errors.alreadySubmitted");
      const old = await tx.draftFile.findUnique({ where: { draftId_componentId: { draftId: draft.id, componentId } } });
      if (old) {
        await tx.draftFile.delete({ where: { id: old.id } });
        replaced = old.storageKey;
      }
      await tx.draftFile.create({ data: { draftId: draft.id, componentId, ...stored } });
      await tx.dossierDraft.update({ where: { id: draft.id }, data: { expiresAt } });
      await audit(tx, {
        actorId: userId,
        action: "draft.file-upload",
        entity: "DossierDraft",
        entityId: draft.id,
        data: { componentId, name: stored.originalName, size: stored.size, sha256: stored.sha256, mimeType: stored.mimeType },
      });
    });
  } catch (error) {
    await storage().delete(stored.storageKey).catch(() => {});
    throw error;
  }
  if (replaced) await storage().delete(replaced).catch(() => {});
  return stored;
}

/**
 * Takes a document from the citizen's store for one dossier component (replacing what was there):
 * nothing is uploaded; the dossier will link the stored document.
 */
export async function takeFromStore(userId: string, draftId: string, componentId: string, storedDocumentId: string): Promise<void> {
  const draft = await editableDraft(userId, draftId);
  const component = draft.procedure.components.find((c) => c.id === componentId);
  if (!component) throw notFound();
  const copied = await copyStoredDocumentForDraft(userId, storedDocumentId, component, draft.id);
  let replaced: string | null = null;
  const expiresAt = await expiry();
  try {
    await db().$transaction(async (tx) => {
      const current = await tx.dossierDraft.findUnique({ where: { id: draft.id }, select: { status: true, userId: true } });
      if (!current || current.userId !== userId || current.status !== "DRAFT") throw new AppError("conflict", "filing.errors.alreadySubmitted");
      const old = await tx.draftFile.findUnique({ where: { draftId_componentId: { draftId: draft.id, componentId } } });
      if (old) {
        await tx.draftFile.delete({ where: { id: old.id } });
        replaced = old.storageKey;
      }
      await tx.draftFile.create({ data: { draftId: draft.id, componentId, ...copied } });
      await tx.dossierDraft.update({ where: { id: draft.id }, data: { expiresAt } });
      await audit(tx, { actorId: userId, action: "draft.file-from-store", entity: "DossierDraft", entityId: draft.id, data: { componentId, storedDocumentId } });
    });
  } catch (error) {
    await storage().delete(copied.storageKey).catch(() => {});
    throw error;
  }
  if (replaced) await storage().delete(replaced).catch(() => {});
}

export async function removeDraftFile(userId: string, draftId: string, componentId: string): Promise<void> {
  const draft = await editableDraft(userId, draftId);
  const file = draft.files.find((f) => f.componentId === componentId);
  if (!file) return;
  const row = await db().$transaction(async (tx) => {
    const r = await tx.draftFile.delete({ where: { id: file.id } });
    await audit(tx, { actorId: userId, action: "draft.file-remove", entity: "DossierDraft", entityId: draft.id, data: { componentId } });
    return r;
  });
  await storage().delete(row.storageKey).catch(() => {});
}

export async function deleteDraft(userId: string, draftId: string): Promise<void> {
  const draft = await editableDraft(userId, draftId);
  const keys = await db().$transaction(async (tx) => {
    const files = await tx.draftFile.findMany({ where: { draftId: draft.id }, select: { storageKey: true } });
    await tx.dossierDraft.delete({ where: { id: draft.id } });
    await audit(tx, { actorId: userId, action: "draft.delete", entity: "DossierDraft", entityId: draft.id });
    return files.map((f) => f.storageKey);
  });
  await Promise.all(keys.map((k) => storage().delete(k).catch(() => {})));
}

export interface DraftSummary {
  id: string;
  procedureCode: string;
  procedureName: string;
  updatedAt: Date;
  expiresAt: Date;
  completedSteps: string[];
}

export async function listDrafts(userId: string): Promise<DraftSummary[]> {
  const rows = await db().dossierDraft.findMany({
    where: { userId, status: "DRAFT", expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: "desc" },
    include: { procedureVersion: { select: { name: true, procedure: { select: { code: true } } } } },
    take: 100,
  });
  return rows.map((d) => ({
    id: d.id,
    procedureCode: d.procedureVersion.procedure.code,
    procedureName: d.procedureVersion.name,
    updatedAt: d.updatedAt,
    expiresAt: d.expiresAt,
    completedSteps: d.completedSteps,
  }));
}

/** Deletes expired drafts and their files; for the worker, and run now and then on the way. */
export async function purgeExpiredDrafts(limit = 200): Promise<number> {
  const expired = await db().dossierDraft.findMany({
    where: { status: "DRAFT", expiresAt: { lte: new Date() } },
    select: { id: true, files: { select: { storageKey: true } } },
    take: limit,
  });
  for (const d of expired) {
    await db().$transaction(async (tx) => {
      await tx.dossierDraft.deleteMany({ where: { id: d.id, status: "DRAFT" } });
      await audit(tx, { actorId: null, action: "draft.expired", entity: "DossierDraft", entityId: d.id });
    });
    await Promise.all(d.files.map((f) => storage().delete(f.storageKey).catch(() => {})));
  }
  return expired.length;
}
