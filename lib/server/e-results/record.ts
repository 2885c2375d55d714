/**
 * Recording an issued electronic result inside the transition's transaction: the stamped (and signed)
 * file, kind RESULT, and its ElectronicResult (number, hash, signer, time).
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export interface PreparedResult {
  /** The ElectronicResult's id, printed on the document (/verify/<id>). */
  id: string;
  /** The DossierFile id the handed-over file gets. */
  fileId: string;
  dossierId: string;
  agencyId: string;
  year: number;
  number: number;
  reference: string;
  sourceFileId: string | null;
  storageKey: string;
  originalName: string;
  size: number;
  sha256: string;
  signed: boolean;
  signerName: string | null;
  signerOrganization: string | null;
  signedAt: Date | null;
  issuedAt: Date;
}

export async function recordElectronicResult(tx: Prisma.TransactionClient, p: PreparedResult, uploadedById: string | null): Promise<void> {
  await tx.dossierFile.create({
    data: { id: p.fileId, dossierId: p.dossierId, kind: "RESULT", originalName: p.originalName, storageKey: p.storageKey, mimeType: "application/pdf", size: p.size, sha256: p.sha256, uploadedById },
  });
  await tx.electronicResult.create({
    data: {
      id: p.id, dossierId: p.dossierId, agencyId: p.agencyId, sourceFileId: p.sourceFileId, fileId: p.fileId, year: p.year, number: p.number, reference: p.reference,
      sha256: p.sha256, signed: p.signed, signerName: p.signerName, signerOrganization: p.signerOrganization, signedAt: p.signedAt, issuedAt: p.issuedAt,
    },
  });
}
