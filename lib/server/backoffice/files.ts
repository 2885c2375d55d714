/**
 * Dossier files for officers (and the applicant): every read goes through the dossier's scope
 * check, so a file of a dossier out of scope answers exactly like one that does not exist.
 * Result files uploaded by officers go to the configured storage (lib/server/storage).
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { storage } from "@/lib/server/storage";
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

const RESULT_TYPES = new Set(["application/pdf", "image/jpeg", "image/png"]);
export const MAX_RESULT_BYTES = 10 * 1024 * 1024;

/** An officer attaches the result document (kind RESULT) to a dossier in their scope. */
export async function attachResultFile(
  actor: Actor,
  dossierId: string,
  file: { name: string; type: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  if (!isOfficer(actor)) throw notFound();
  if (file.bytes.byteLength === 0) throw validation("office.errors.fileRequired");
  if (file.bytes.byteLength > MAX_RESULT_BYTES) throw validation("office.errors.fileTooLarge");
  if (!RESULT_TYPES.has(file.type) || !looksLike(file.type, file.bytes)) throw validation("office.errors.fileType");
  const d = UUID_RE.test(dossierId)
    ? await db().dossier.findUnique({ where: { id: dossierId }, select: { id: true, currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } })
    : null;
  assertInScope(actor, d);
  const key = `results/${dossierId}/${randomUUID()}`;
  await storage().put(key, Readable.from([Buffer.from(file.bytes)]), file.type);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const name = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "ket-qua";
  return db().$transaction(async (tx) => {
    const row = await tx.dossierFile.create({
      data: { dossierId, kind: "RESULT", originalName: name, storageKey: key, mimeType: file.type, size: file.bytes.byteLength, sha256, uploadedById: actor.userId },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.userId, action: "dossier.attachResult", entity: "Dossier", entityId: dossierId, data: { fileId: row.id, sha256 } });
    return row;
  });
}

/** The declared type must match the file's first bytes (PDF, JPEG, PNG). */
function looksLike(type: string, b: Uint8Array): boolean {
  if (type === "application/pdf") return b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;
  if (type === "image/jpeg") return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  if (type === "image/png") return b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  return false;
}
