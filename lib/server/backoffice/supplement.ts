/**
 * The applicant answers the (one) supplement request: sees the list of missing items, uploads the
 * documents and resubmits. The documents and the transition are recorded in one transaction; the
 * clock restarts (transitionDossier → decide "resubmitSupplement").
 */
import { db } from "@/lib/db";
import { notFound, validation } from "@/lib/server/errors";
import { storage } from "@/lib/server/storage";
import { storeUpload, UploadError, type IncomingFile, type StoredUpload } from "@/lib/server/storage/upload";
import { UUID_RE } from "./scope";
import { transitionDossier, type TransitionResult } from "./transition";
import type { Actor } from "./types";

export const SUPPLEMENT_MAX_FILES = 10;
export const SUPPLEMENT_MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ["application/pdf", "image/jpeg", "image/png"];

export interface SupplementRequestView {
  dossierId: string;
  code: string;
  version: number;
  reason: string | null;
  items: Array<{ name: string; note?: string }>;
  requestedAt: Date;
}

/** The open supplement request of the applicant's own dossier, or null. */
export async function getSupplementRequest(actor: Actor, dossierId: string): Promise<SupplementRequestView | null> {
  if (actor.role !== "CITIZEN" || !UUID_RE.test(dossierId)) return null;
  const d = await db().dossier.findUnique({ where: { id: dossierId }, select: { id: true, code: true, version: true, status: true, applicantId: true } });
  if (!d || d.applicantId !== actor.userId || d.status !== "SUPPLEMENT_REQUESTED") return null;
  const e = await db().statusEvent.findFirst({ where: { dossierId, action: "requestSupplement" }, orderBy: { id: "desc" } });
  if (!e) return null;
  const items = ((e.data as { items?: Array<{ name: string; note?: string }> } | null)?.items ?? []).filter((i) => typeof i?.name === "string");
  return { dossierId: d.id, code: d.code, version: d.version, reason: e.reason, items, requestedAt: e.createdAt };
}

export async function submitSupplement(
  actor: Actor,
  dossierId: string,
  expectedVersion: number,
  files: IncomingFile[],
  note?: string,
): Promise<TransitionResult> {
  const request = await getSupplementRequest(actor, dossierId);
  if (!request) throw notFound();
  const real = files.filter((f) => f.size > 0);
  if (real.length === 0) throw validation("officeSupplement.errors.noFiles");
  if (real.length > SUPPLEMENT_MAX_FILES) throw validation("officeSupplement.errors.tooMany");
  if (real.some((f) => f.size > SUPPLEMENT_MAX_BYTES)) throw validation("officeSupplement.errors.tooLarge");
  // Each document streams through the same inspector as citizens' uploads; on any refusal the
  // documents already stored are removed.
  const stored: Array<StoredUpload & { kind: "SUPPLEMENT" }> = [];
  const removeStored = () => Promise.all(stored.map((s) => storage().delete(s.storageKey).catch(() => {})));
  for (const f of real) {
    try {
      const s = await storeUpload(f.open(), f.name || "bo-sung", { maxBytes: SUPPLEMENT_MAX_BYTES, acceptedTypes: TYPES }, `supplements/${dossierId}`);
      stored.push({ ...s, kind: "SUPPLEMENT" });
    } catch (error) {
      await removeStored();
      if (error instanceof UploadError) throw validation(error.code === "tooLarge" ? "officeSupplement.errors.tooLarge" : "officeSupplement.errors.type");
      throw error;
    }
  }
  try {
    return await transitionDossier(actor, dossierId, expectedVersion, "resubmitSupplement", { note, fileIds: [] }, { newFiles: stored });
  } catch (error) {
    await removeStored();
    throw error;
  }
}
