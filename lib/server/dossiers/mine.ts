/**
 * The applicant's own dossiers. Another citizen's dossier or file answers exactly like a
 * missing one (null → 404).
 */
import { db } from "@/lib/db";
import type { Readable } from "node:stream";
import { safeParseFormSchema, DEFAULT_FORM, type FormSchema } from "@/lib/domain/forms";
import { timeLimitOf } from "@/lib/domain/calendar";
import { auditFileRead, findReadableFile, readableFiles, returnedResultFileId } from "@/lib/server/files/access";
import type { Actor } from "@/lib/server/backoffice/types";
import { unseal } from "@/lib/server/auth/secret";
import type { SessionUser } from "@/lib/server/auth/session";
import { storage } from "@/lib/server/storage";
import { loadWorkCalendar, timelineFor, type Timeline } from "./calendar";
import { UUID_RE } from "./drafts";

export interface MyDossierSummary {
  id: string;
  code: string;
  procedureName: string;
  status: string;
  submittedAt: Date;
  dueAt: Date | null;
  agencyName: string;
  agencyNameEn: string;
}

export async function listMyDossiers(userId: string): Promise<MyDossierSummary[]> {
  const rows = await db().dossier.findMany({
    where: { applicantId: userId },
    orderBy: { submittedAt: "desc" },
    take: 200,
    select: {
      id: true,
      code: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      procedureVersion: { select: { name: true } },
      receivingAgency: { select: { name: true, nameEn: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    procedureName: r.procedureVersion.name,
    status: r.status,
    submittedAt: r.submittedAt,
    dueAt: r.dueAt,
    agencyName: r.receivingAgency.name,
    agencyNameEn: r.receivingAgency.nameEn,
  }));
}

export async function getMyDossier(userId: string, dossierId: string) {
  if (!UUID_RE.test(dossierId)) return null;
  const d = await db().dossier.findUnique({
    where: { id: dossierId },
    include: {
      procedureVersion: { include: { procedure: { select: { code: true } }, components: { orderBy: { position: "asc" } } } },
      receivingAgency: true,
      currentAgency: true,
      files: { orderBy: { createdAt: "asc" }, include: { component: { select: { name: true, position: true } } } },
      events: { orderBy: { id: "asc" }, include: { agency: { select: { name: true, nameEn: true } } } },
      draft: { select: { id: true, pinSealed: true } },
    },
  });
  if (!d || d.applicantId !== userId) return null;
  // The listing shows only the files the applicant may download (a result only once returned).
  const fileDossier = { ...d, returnedResultFileId: await returnedResultFileId(db(), d.id, d.status) };
  d.files = readableFiles({ userId, role: "CITIZEN", agencyId: null }, fileDossier, d.files);
  const parsed = d.procedureVersion.formSchema ? safeParseFormSchema(d.procedureVersion.formSchema) : null;
  const form: FormSchema = parsed?.success ? parsed.data : DEFAULT_FORM;
  const calendar = await loadWorkCalendar();
  const timeline: Timeline = timelineFor(calendar, d.submittedAt, timeLimitOf(d.procedureVersion));
  return { dossier: d, form, timeline, pin: d.draft?.pinSealed ? unseal(d.draft.pinSealed) : null };
}

export type MyDossier = NonNullable<Awaited<ReturnType<typeof getMyDossier>>>;

/** The dossier a submitted draft became (for the confirmation page). */
export async function dossierOfDraft(userId: string, draftId: string): Promise<string | null> {
  if (!UUID_RE.test(draftId)) return null;
  const d = await db().dossierDraft.findUnique({ where: { id: draftId }, select: { userId: true, dossierId: true } });
  return d && d.userId === userId ? d.dossierId : null;
}

export interface FileDownload {
  name: string;
  mimeType: string;
  size: number;
  stream: Readable;
}

/**
 * A dossier's file for someone allowed to read it (lib/server/files/access.ts: the applicant —
 * a result only once returned —, officers of the agency holding it, leaders above it). Anyone
 * else: null, like a missing file. Audited.
 */
export async function openDossierFile(user: SessionUser, fileId: string): Promise<FileDownload | null> {
  if (!UUID_RE.test(fileId)) return null;
  const actor = actorOf(user);
  const f = await findReadableFile(actor, fileId);
  if (!f) return null;
  let stream: Readable;
  try {
    stream = await storage().get(f.storageKey);
  } catch {
    return null;
  }
  await auditFileRead(actor, f);
  return { name: f.originalName, mimeType: f.mimeType, size: f.size, stream };
}

const actorOf = (user: SessionUser): Actor => ({ userId: user.id, role: user.role, agencyId: user.agencyId });

/** A document in the caller's own draft. */
export async function openDraftFile(userId: string, draftId: string, componentId: string): Promise<FileDownload | null> {
  if (!UUID_RE.test(draftId) || !UUID_RE.test(componentId)) return null;
  const f = await db().draftFile.findUnique({ where: { draftId_componentId: { draftId, componentId } }, include: { draft: { select: { userId: true } } } });
  if (!f || f.draft.userId !== userId) return null;
  try {
    return { name: f.originalName, mimeType: f.mimeType, size: f.size, stream: await storage().get(f.storageKey) };
  } catch {
    return null;
  }
}
