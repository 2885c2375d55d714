/**
 * Dossier files for officers (and the applicant): every read goes through the dossier's scope
 * check, so a file of a dossier out of scope answers exactly like one that does not exist.
 * Result files uploaded by officers go to the configured storage (lib/server/storage).
 */
import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { storage } from "@/lib/server/storage";
import { storeUpload, UploadError, type IncomingFile, type StoredUpload } from "@/lib/server/storage/upload";
import { audit } from "@/lib/server/audit";
import { auditFileRead, findReadableFile } from "@/lib/server/files/access";
import { notFound, validation } from "@/lib/server/errors";
import { assertInScope, isOfficer, UUID_RE } from "./scope";
import type { Actor } from "./types";

export interface FileMeta {
  id: string;
  dossierId: string;
  kind: "SUBMISSION" | "SUPPLEMENT" | "RESULT" | "ATTACHMENT";
  originalName: string;
  mimeType: string;
  size: number;
  storageKey: string;
}

/**
 * The file, if the actor may read it (lib/server/files/access.ts decides); not found otherwise.
 * Looking at metadata is not audited; reading the bytes is (readDossierFile).
 */
export async function getDossierFile(actor: Actor, dossierId: string, fileId: string): Promise<FileMeta> {
  if (!UUID_RE.test(dossierId) || !UUID_RE.test(fileId)) throw notFound();
  const f = await findReadableFile(actor, fileId, dossierId);
  if (!f) throw notFound();
  return f;
}

/** The file's bytes for an actor who may read it; each read is audited. */
export async function readDossierFile(actor: Actor, dossierId: string, fileId: string): Promise<{ meta: FileMeta; bytes: Buffer }> {
  const meta = await getDossierFile(actor, dossierId, fileId);
  let bytes: Buffer;
  try {
    bytes = await buffer(await storage().get(meta.storageKey));
  } catch {
    throw notFound();
  }
  await auditFileRead(actor, meta);
  return { meta, bytes };
}

const RESULT_TYPES = ["application/pdf", "image/jpeg", "image/png"];
export const MAX_RESULT_BYTES = 10 * 1024 * 1024;

/**
 * An officer attaches the result document (kind RESULT) to a dossier in their scope. The file
 * streams through the same inspector as citizens' uploads (real type, size limit mid-stream).
 */
export async function attachResultFile(actor: Actor, dossierId: string, file: IncomingFile): Promise<{ id: string }> {
  if (!isOfficer(actor)) throw notFound();
  if (file.size === 0) throw validation("office.errors.fileRequired");
  if (file.size > MAX_RESULT_BYTES) throw validation("office.errors.fileTooLarge");
  const d = UUID_RE.test(dossierId)
    ? await db().dossier.findUnique({ where: { id: dossierId }, select: { id: true, currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } })
    : null;
  assertInScope(actor, d);
  let stored: StoredUpload;
  try {
    stored = await storeUpload(file.open(), file.name || "ket-qua", { maxBytes: MAX_RESULT_BYTES, acceptedTypes: RESULT_TYPES }, `results/${dossierId}`);
  } catch (error) {
    if (error instanceof UploadError) throw validation(error.code === "tooLarge" ? "office.errors.fileTooLarge" : error.code === "empty" ? "office.errors.fileRequired" : "office.errors.fileType");
    throw error;
  }
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.dossierFile.create({
        data: { dossierId, kind: "RESULT", originalName: stored.originalName, storageKey: stored.storageKey, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, uploadedById: actor.userId },
        select: { id: true },
      });
      await audit(tx, { actorId: actor.userId, action: "dossier.attachResult", entity: "Dossier", entityId: dossierId, data: { fileId: row.id, sha256: stored.sha256 } });
      return row;
    });
  } catch (error) {
    await storage().delete(stored.storageKey).catch(() => {});
    throw error;
  }
}
