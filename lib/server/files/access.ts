/**
 * The one rule for reading a dossier's file (every download route, page listing and use case
 * goes through here):
 * - the applicant reads their dossier's files, except a RESULT file, which they see only once the
 *   result is returned (status RESULT_RETURNED) and only the file that was returned — a result
 *   attached by a specialist and then sent back is never shown;
 * - officers (reception, specialist) of the agency where the dossier is now;
 * - leaders of that agency or of an agency above it;
 * - nobody else: an agency the dossier was transferred away from no longer sees it.
 * A file the caller may not read answers exactly like one that does not exist.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { audit } from "@/lib/server/audit";
import { inScope, isOfficer } from "@/lib/server/backoffice/scope";
import type { Actor } from "@/lib/server/backoffice/types";

export interface FileDossier {
  status: string;
  currentAgencyId: string;
  applicantId: string | null;
  currentAgency: { path: string };
  /** Id of the file named by the dossier's returnResult event, if any. */
  returnedResultFileId: string | null;
}

export interface AccessibleFile {
  id: string;
  kind: "SUBMISSION" | "SUPPLEMENT" | "RESULT" | "ATTACHMENT";
}

/** Whether the actor may read this file of this dossier (pure). */
export function mayReadFile(actor: Actor, d: FileDossier, f: AccessibleFile): boolean {
  if (isOfficer(actor)) return inScope(actor, d);
  if (actor.role !== "CITIZEN" || d.applicantId === null || d.applicantId !== actor.userId) return false;
  if (f.kind !== "RESULT") return true;
  return d.status === "RESULT_RETURNED" && d.returnedResultFileId === f.id;
}

/** The files of a dossier the actor may read (e.g. the applicant's listing). */
export function readableFiles<F extends AccessibleFile>(actor: Actor, d: FileDossier, files: F[]): F[] {
  return files.filter((f) => mayReadFile(actor, d, f));
}

/** The id of the result file handed over with the dossier's (last) returnResult event. */
export async function returnedResultFileId(tx: Prisma.TransactionClient, dossierId: string, status: string): Promise<string | null> {
  if (status !== "RESULT_RETURNED") return null;
  const ev = await tx.statusEvent.findFirst({ where: { dossierId, action: "returnResult" }, orderBy: { id: "desc" }, select: { data: true } });
  const data = ev?.data as { resultFileId?: unknown } | null | undefined;
  return typeof data?.resultFileId === "string" ? data.resultFileId : null;
}

export interface ReadableFile {
  id: string;
  dossierId: string;
  kind: AccessibleFile["kind"];
  originalName: string;
  mimeType: string;
  size: number;
  storageKey: string;
}

/**
 * The file if the actor may read it, else null. An officer's read is audited
 * ("dossier.file-read"); so is an applicant's download ("dossier.file-download").
 * `dossierId`, when given, must be the file's dossier.
 */
export async function findReadableFile(actor: Actor, fileId: string, dossierId?: string): Promise<ReadableFile | null> {
  const f = await db().dossierFile.findFirst({
    where: { id: fileId, ...(dossierId ? { dossierId } : {}) },
    select: {
      id: true, dossierId: true, kind: true, originalName: true, mimeType: true, size: true, storageKey: true,
      dossier: { select: { status: true, currentAgencyId: true, applicantId: true, currentAgency: { select: { path: true } } } },
    },
  });
  if (!f) return null;
  const returned = await returnedResultFileId(db(), f.dossierId, f.dossier.status);
  if (!mayReadFile(actor, { ...f.dossier, returnedResultFileId: returned }, f)) return null;
  return { id: f.id, dossierId: f.dossierId, kind: f.kind, originalName: f.originalName, mimeType: f.mimeType, size: f.size, storageKey: f.storageKey };
}

/** Writes the audit record of a read of a dossier's file. */
export async function auditFileRead(actor: Actor, file: ReadableFile): Promise<void> {
  await db().$transaction((tx) =>
    audit(tx, {
      actorId: actor.userId,
      action: isOfficer(actor) ? "dossier.file-read" : "dossier.file-download",
      entity: "DossierFile",
      entityId: file.id,
      data: { dossierId: file.dossierId, kind: file.kind },
    }),
  );
}
