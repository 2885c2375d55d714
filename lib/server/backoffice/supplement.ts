/**
 * The applicant answers the (one) supplement request: sees the list of missing items, uploads the
 * documents and resubmits. The documents and the transition are recorded in one transaction; the
 * clock restarts (transitionDossier → decide "resubmitSupplement").
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { notFound, validation } from "@/lib/server/errors";
import { storage } from "@/lib/server/storage";
import { UUID_RE } from "./scope";
import { transitionDossier, type TransitionResult } from "./transition";
import type { Actor } from "./types";

export const SUPPLEMENT_MAX_FILES = 10;
export const SUPPLEMENT_MAX_BYTES = 10 * 1024 * 1024;
const TYPES: Record<string, (b: Uint8Array) => boolean> = {
  "application/pdf": (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
};

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
  files: Array<{ name: string; type: string; bytes: Uint8Array }>,
  note?: string,
): Promise<TransitionResult> {
  const request = await getSupplementRequest(actor, dossierId);
  if (!request) throw notFound();
  const real = files.filter((f) => f.bytes.byteLength > 0);
  if (real.length === 0) throw validation("officeSupplement.errors.noFiles");
  if (real.length > SUPPLEMENT_MAX_FILES) throw validation("officeSupplement.errors.tooMany");
  for (const f of real) {
    if (f.bytes.byteLength > SUPPLEMENT_MAX_BYTES) throw validation("officeSupplement.errors.tooLarge");
    if (!TYPES[f.type]?.(f.bytes)) throw validation("officeSupplement.errors.type");
  }
  const stored = [];
  for (const f of real) {
    const storageKey = `supplements/${dossierId}/${randomUUID()}`;
    await storage().put(storageKey, Readable.from([Buffer.from(f.bytes)]), f.type);
    stored.push({
      kind: "SUPPLEMENT" as const,
      storageKey,
      originalName: f.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "bo-sung",
      mimeType: f.type,
      size: f.bytes.byteLength,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
    });
  }
  return transitionDossier(actor, dossierId, expectedVersion, "resubmitSupplement", { note, fileIds: [] }, { newFiles: stored });
}
