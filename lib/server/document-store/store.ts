/**
 * The citizen's document store (kho dữ liệu): electronic results returned to them and documents
 * digitised at a desk (the officer confirming the copy matches the original), each with its kind,
 * issuer, number and date. Filing offers them again instead of an upload. A stored document is
 * its owner's alone: every read checks the owner, and anyone else gets "not found".
 */
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateSchema } from "@/lib/domain/calendar-date";
import { componentKind, isDocumentKind, removableBy, resultKind, type DocumentKind } from "@/lib/domain/document-store";
import { audit } from "@/lib/server/audit";
import { assertInScope, UUID_RE } from "@/lib/server/backoffice/scope";
import type { Actor } from "@/lib/server/backoffice/types";
import { AppError, conflict, logUnexpected, notFound, validation } from "@/lib/server/errors";
import { storage } from "@/lib/server/storage";

const storedSelect = {
  id: true,
  kind: true,
  title: true,
  issuer: true,
  number: true,
  issuedOn: true,
  source: true,
  originalName: true,
  mimeType: true,
  size: true,
  createdAt: true,
  dossier: { select: { id: true, code: true } },
} satisfies Prisma.StoredDocumentSelect;
export type StoredDocumentView = Prisma.StoredDocumentGetPayload<{ select: typeof storedSelect }> & { removable: boolean };

const view = (d: Prisma.StoredDocumentGetPayload<{ select: typeof storedSelect }>): StoredDocumentView => ({ ...d, removable: removableBy(d) });

/** Copies stored bytes under a new key (the store, a draft and a dossier each keep their own copy). */
async function copyObject(from: string, to: string, mimeType: string): Promise<void> {
  const body: Readable = await storage().get(from);
  await storage().put(to, body, mimeType);
}

/** The citizen's stored documents, newest first (removed ones are gone from the list). */
export async function listStoredDocuments(userId: string): Promise<StoredDocumentView[]> {
  const rows = await db().storedDocument.findMany({ where: { ownerId: userId, removedAt: null }, select: storedSelect, orderBy: { createdAt: "desc" } });
  return rows.map(view);
}

/** For the filing page: per dossier component, the citizen's stored documents that it accepts. */
export async function storedDocumentsForComponents(
  userId: string,
  components: Array<{ id: string; name: string; acceptedTypes: string[] }>,
): Promise<Map<string, StoredDocumentView[]>> {
  const kinds = new Map(components.map((c) => [c.id, componentKind(c.name)]));
  const wanted = [...new Set([...kinds.values()].filter((k): k is NonNullable<typeof k> => k !== null))];
  const out = new Map<string, StoredDocumentView[]>();
  if (wanted.length === 0) return out;
  const rows = await db().storedDocument.findMany({
    where: { ownerId: userId, removedAt: null, kind: { in: wanted } },
    select: storedSelect,
    orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
  });
  for (const c of components) {
    const k = kinds.get(c.id);
    const docs = rows.filter((r) => r.kind === k && c.acceptedTypes.includes(r.mimeType)).map(view);
    if (docs.length > 0) out.set(c.id, docs);
  }
  return out;
}

/** The bytes of the owner's stored document (for download); not found for anyone else. */
export async function openStoredDocument(userId: string, id: string): Promise<{ name: string; mimeType: string; size: number; stream: Readable } | null> {
  if (!UUID_RE.test(id)) return null;
  const d = await db().storedDocument.findUnique({ where: { id } });
  if (!d || d.ownerId !== userId || d.removedAt) return null;
  let stream: Readable;
  try {
    stream = await storage().get(d.storageKey);
  } catch {
    return null;
  }
  await db().$transaction((tx) => audit(tx, { actorId: userId, action: "store.download", entity: "StoredDocument", entityId: d.id }));
  return { name: d.originalName, mimeType: d.mimeType, size: d.size, stream };
}

/** The citizen removes a document they brought in; an issued result stays (it is the administration's record). */
export async function removeStoredDocument(userId: string, id: string, now = new Date()): Promise<void> {
  if (!UUID_RE.test(id)) throw notFound();
  await db().$transaction(async (tx) => {
    const d = await tx.storedDocument.findUnique({ where: { id }, select: { ownerId: true, source: true, removedAt: true } });
    if (!d || d.ownerId !== userId || d.removedAt) throw notFound();
    if (!removableBy(d)) throw new AppError("forbidden", "store.errors.issuedNotRemovable");
    await tx.storedDocument.update({ where: { id }, data: { removedAt: now } });
    await audit(tx, { actorId: userId, action: "store.remove", entity: "StoredDocument", entityId: id });
  });
}

/**
 * Called in the transaction that returns a result online: the result file goes into the
 * applicant's store as an issued document (kind from the procedure's result, issuer the agency,
 * number the dossier code). Once per result file.
 */
export async function storeIssuedResult(
  tx: Prisma.TransactionClient,
  input: { dossierId: string; fileId: string; now: Date },
): Promise<string | null> {
  const d = await tx.dossier.findUnique({
    where: { id: input.dossierId },
    select: { id: true, code: true, applicantId: true, receivingAgency: { select: { name: true } }, procedureVersion: { select: { name: true, result: true } } },
  });
  const file = await tx.dossierFile.findUnique({ where: { id: input.fileId } });
  if (!d?.applicantId || !file || file.dossierId !== d.id) return null;
  if (await tx.storedDocument.findUnique({ where: { dossierFileId: file.id }, select: { id: true } })) return null;
  const key = `store/${d.applicantId}/${randomUUID()}`;
  try {
    await copyObject(file.storageKey, key, file.mimeType);
  } catch (error) {
    // The result is returned all the same; the store misses it and the reason is logged.
    logUnexpected(error, "store.issued");
    return null;
  }
  const kind = resultKind(d.procedureVersion.result);
  const row = await tx.storedDocument.create({
    data: {
      ownerId: d.applicantId,
      kind,
      title: kind === "OTHER" ? d.procedureVersion.result.split(/[(;]/)[0]!.trim().slice(0, 200) || d.procedureVersion.name : d.procedureVersion.result.split(/[(;,]/)[0]!.trim().slice(0, 200),
      issuer: d.receivingAgency.name,
      number: d.code,
      issuedOn: new Date(`${new Date(input.now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`),
      source: "ISSUED",
      storageKey: key,
      originalName: file.originalName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      dossierId: d.id,
      dossierFileId: file.id,
    },
    select: { id: true },
  });
  await audit(tx, { actorId: null, action: "store.issued", entity: "StoredDocument", entityId: row.id, data: { dossierId: d.id, fileId: file.id, kind } });
  return row.id;
}

export interface DigitiseInput {
  kind: unknown;
  title: unknown;
  issuer: unknown;
  number: unknown;
  issuedOn: unknown;
  matchesOriginal: unknown;
}

const text = (v: unknown, max: number) => (typeof v === "string" ? v.trim().slice(0, max) : "");

/**
 * The reception officer digitises a document of a dossier in their scope into the applicant's
 * store, confirming the copy matches the original shown at the desk. Once per file.
 */
export async function digitiseDossierFile(actor: Actor, fileId: string, raw: DigitiseInput, now = new Date()): Promise<string> {
  if (actor.role !== "RECEPTION") throw notFound();
  if (!UUID_RE.test(fileId)) throw notFound();
  const kind: DocumentKind | null = isDocumentKind(raw.kind) ? raw.kind : null;
  const title = text(raw.title, 200);
  const issuer = text(raw.issuer, 200);
  const number = text(raw.number, 60);
  const issuedOnText = text(raw.issuedOn, 40);
  if (!kind) throw validation("store.errors.kind");
  if (!issuer) throw validation("store.errors.issuer");
  const issuedOn = issuedOnText ? calendarDateSchema.safeParse(issuedOnText) : null;
  if (issuedOn && !issuedOn.success) throw validation("store.errors.issuedOn");
  if (raw.matchesOriginal !== true && raw.matchesOriginal !== "on") throw validation("store.errors.confirm");
  const file = await db().dossierFile.findUnique({
    where: { id: fileId },
    include: { component: { select: { name: true } }, dossier: { select: { id: true, currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } } },
  });
  assertInScope(actor, file?.dossier ?? null);
  if (!file) throw notFound();
  if (file.kind !== "SUBMISSION" && file.kind !== "SUPPLEMENT") throw validation("store.errors.notAComponent");
  if (!file.dossier.applicantId) throw conflict("store.errors.noAccount");
  const ownerId = file.dossier.applicantId;
  const key = `store/${ownerId}/${randomUUID()}`;
  await copyObject(file.storageKey, key, file.mimeType);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.storedDocument.findUnique({ where: { dossierFileId: file.id }, select: { id: true } })) throw conflict("store.errors.alreadyStored");
      const row = await tx.storedDocument.create({
        data: {
          ownerId,
          kind,
          title: title || file.component?.name || file.originalName,
          issuer,
          number,
          issuedOn: issuedOn?.success ? new Date(`${issuedOn.data}T00:00:00Z`) : null,
          source: "DIGITISED",
          storageKey: key,
          originalName: file.originalName,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
          dossierId: file.dossierId,
          dossierFileId: file.id,
          confirmedById: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await audit(tx, { actorId: actor.userId, action: "store.digitise", entity: "StoredDocument", entityId: row.id, data: { dossierId: file.dossierId, fileId: file.id, kind, sha256: file.sha256 } });
      return row.id;
    });
  } catch (error) {
    await storage().delete(key).catch(() => {});
    throw error;
  }
}

/**
 * Filing: the citizen picks a stored document for a dossier component instead of uploading one.
 * Only their own, not removed, of the kind the component asks for and a type it accepts.
 */
export async function copyStoredDocumentForDraft(
  userId: string,
  storedId: string,
  component: { id: string; name: string; acceptedTypes: string[] },
  draftId: string,
): Promise<{ storedDocumentId: string; storageKey: string; originalName: string; mimeType: string; size: number; sha256: string }> {
  if (!UUID_RE.test(storedId)) throw notFound();
  const d = await db().storedDocument.findUnique({ where: { id: storedId } });
  if (!d || d.ownerId !== userId || d.removedAt) throw notFound();
  if (componentKind(component.name) !== d.kind || !component.acceptedTypes.includes(d.mimeType)) throw validation("store.errors.notAccepted");
  const key = `drafts/${draftId}/${randomUUID()}`;
  await copyObject(d.storageKey, key, d.mimeType);
  return { storedDocumentId: d.id, storageKey: key, originalName: d.originalName, mimeType: d.mimeType, size: d.size, sha256: d.sha256 };
}
