/**
 * What the public /verify/<id> page says about an electronic result, without personal data: its
 * number and symbol, the issuing agency, whether its signature is valid, who signed and when, and
 * whether it has been revoked. An uploaded copy is valid only when it is the very file that was
 * issued (same SHA-256) and its signature verifies against the trusted CAs.
 */
import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { storage } from "@/lib/server/storage";
import { UUID_RE } from "@/lib/server/backoffice/scope";
import { audit } from "@/lib/server/audit";
import { notFound, validation } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/backoffice/types";
import { verifyPdf } from "./pades";
import { signingSetup } from "./signing";

/** Why a result or a copy is not valid. */
export type Verdict = "valid" | "unsigned" | "revoked" | "changed" | "otherDocument" | "notTrusted" | "unavailable";

export interface PublicResult {
  id: string;
  reference: string;
  /** What the document is (the procedure's result, e.g. "Giấy khai sinh"). */
  documentName: string;
  agencyName: string;
  agencyNameEn: string;
  issuedAt: string;
  signed: boolean;
  signerName: string | null;
  signerOrganization: string | null;
  signedAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  /** The state of the issued file as kept by the portal. */
  verdict: Verdict;
}

function trustedCas(): string[] {
  try {
    return signingSetup()?.trustedCaPems ?? [];
  } catch {
    return [];
  }
}

/** The verdict on a file's bytes, for the record it claims to be. */
export function judge(bytes: Uint8Array, record: { sha256: string; signed: boolean; revokedAt: Date | null }): Verdict {
  const check = verifyPdf(bytes, trustedCas());
  if (check.sha256 !== record.sha256) {
    // A copy that is not the issued file: changed if it still carries a signature, else another document.
    return check.problem === "unsigned" ? "otherDocument" : "changed";
  }
  if (!record.signed) return record.revokedAt ? "revoked" : "unsigned";
  if (!check.valid) return check.problem === "chain" ? "notTrusted" : "changed";
  return record.revokedAt ? "revoked" : "valid";
}

async function load(id: string) {
  if (!UUID_RE.test(id)) return null;
  return db().electronicResult.findUnique({
    where: { id },
    include: {
      file: { select: { storageKey: true } },
      dossier: { select: { procedureVersion: { select: { result: true, name: true } } } },
    },
  });
}

async function agencyNames(agencyId: string) {
  const a = await db().agency.findUnique({ where: { id: agencyId }, select: { name: true, nameEn: true } });
  return { agencyName: a?.name ?? "", agencyNameEn: a?.nameEn ?? a?.name ?? "" };
}

function view(r: NonNullable<Awaited<ReturnType<typeof load>>>, names: { agencyName: string; agencyNameEn: string }, verdict: Verdict): PublicResult {
  return {
    id: r.id,
    reference: r.reference,
    documentName: r.dossier.procedureVersion.result.trim() || r.dossier.procedureVersion.name,
    ...names,
    issuedAt: r.issuedAt.toISOString(),
    signed: r.signed,
    signerName: r.signerName,
    signerOrganization: r.signerOrganization,
    signedAt: r.signedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokedReason: r.revokedReason,
    verdict,
  };
}

/** The public view of a result, its verdict read from the file the portal keeps; null when unknown. */
export async function publicResult(id: string): Promise<PublicResult | null> {
  const r = await load(id);
  if (!r) return null;
  let verdict: Verdict;
  try {
    verdict = judge(await buffer(await storage().get(r.file.storageKey)), r);
  } catch {
    verdict = r.revokedAt ? "revoked" : "unavailable";
  }
  return view(r, await agencyNames(r.agencyId), verdict);
}

/** The verdict on an uploaded copy of result `id`. */
export async function checkCopy(id: string, bytes: Uint8Array): Promise<{ result: PublicResult; copy: Verdict } | null> {
  const r = await load(id);
  if (!r) return null;
  const copy = judge(bytes, r);
  const kept = await publicResult(id);
  return { result: kept ?? view(r, await agencyNames(r.agencyId), copy), copy };
}

/** A result's id from what a person may type: the id itself, the /verify link, or its số/ký hiệu. */
export async function findResultId(query: string): Promise<string | null> {
  const q = query.trim();
  const fromUrl = q.match(/\/verify\/([0-9a-f-]{36})/i)?.[1] ?? (UUID_RE.test(q) ? q : null);
  if (fromUrl) return (await db().electronicResult.findUnique({ where: { id: fromUrl.toLowerCase() }, select: { id: true } }))?.id ?? null;
  if (q.length < 5 || q.length > 120) return null;
  return (await db().electronicResult.findFirst({ where: { reference: q }, select: { id: true } }))?.id ?? null;
}

/**
 * A leader of the issuing agency (or above) revokes a result (issued in error, replaced): /verify then
 * says so. Audited. Revoking twice changes nothing.
 */
export async function revokeResult(actor: Actor, id: string, reason: string, now = new Date()): Promise<void> {
  if (actor.role !== "LEADER" || !actor.agencyId) throw notFound();
  const text = reason.trim();
  if (text.length < 5 || text.length > 1000) throw validation("eResults.office.revokeReason");
  await db().$transaction(async (tx) => {
    const r = UUID_RE.test(id) ? await tx.electronicResult.findUnique({ where: { id }, select: { id: true, agencyId: true, revokedAt: true, reference: true } }) : null;
    if (!r) throw notFound();
    const agency = await tx.agency.findUnique({ where: { id: r.agencyId }, select: { path: true } });
    if (!agency || !agency.path.includes(`/${actor.agencyId}/`)) throw notFound();
    if (r.revokedAt) return;
    await tx.electronicResult.update({ where: { id: r.id }, data: { revokedAt: now, revokedReason: text, revokedById: actor.userId } });
    await audit(tx, { actorId: actor.userId, action: "result.revoke", entity: "ElectronicResult", entityId: r.id, data: { reference: r.reference } });
  });
}
