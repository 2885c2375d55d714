/**
 * Electronic results against PostgreSQL: returned online, a result is numbered, stamped with its
 * /verify link and signed with the agency's certificate (a throwaway CA made here); the public check
 * says valid, a changed copy is not, a revoked result says so; without a certificate it is unsigned.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { attachResultFile } from "@/lib/server/backoffice/files";
import type { Actor } from "@/lib/server/backoffice/types";
import { returnDossierResult } from "@/lib/server/e-results/issue";
import { verifyPdf } from "@/lib/server/e-results/pades";
import { makeTestPki, type TestPki } from "@/lib/server/e-results/pki";
import { resetSigningSetup } from "@/lib/server/e-results/signing";
import { checkCopy, findResultId, publicResult, revokeResult } from "@/lib/server/e-results/verify";
import { findReadableFile } from "@/lib/server/files/access";
import { setStorage, storage } from "@/lib/server/storage";
import { LocalStorage } from "@/lib/server/storage/local";
import { incomingBytes } from "@/lib/server/storage/upload";
import { actorByEmail, agencyOf, createCitizen, createDossier, currentVersion, DEMO } from "./support/backoffice-fixtures";

let dir: string;
let pki: TestPki;
let reception: Actor, leader: Actor;
let commune: { id: string; code: string; path: string };

function useCertificate(on: boolean) {
  if (on) {
    process.env.RESULT_SIGNING_P12 = path.join(dir, "agency.p12");
    process.env.RESULT_SIGNING_PASSPHRASE = pki.passphrase;
  } else {
    delete process.env.RESULT_SIGNING_P12;
    delete process.env.RESULT_SIGNING_PASSPHRASE;
  }
  resetConfig();
  resetSigningSetup();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-results-"));
  setStorage(new LocalStorage(path.join(dir, "storage")));
  pki = makeTestPki({ agencyName: "UBND xã Kiểm Thử" });
  await writeFile(path.join(dir, "agency.p12"), pki.p12);
  reception = await actorByEmail(DEMO.receptionXa);
  leader = await actorByEmail(DEMO.leaderXa);
  commune = await agencyOf(DEMO.receptionXa);
});
afterAll(async () => {
  useCertificate(false);
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

async function resultPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return doc.save();
}

/** A processed dossier of a citizen, returned online with the given file (or none). */
async function returnedOnline(withFile: boolean) {
  const citizen = await createCitizen();
  const d = await createDossier({ agencyId: commune.id, applicantId: citizen.userId, status: "PROCESSED", applicantName: "Nguyễn Văn Riêng Tư" });
  const source = withFile ? (await attachResultFile(reception, d.id, incomingBytes("giay-khai-sinh.pdf", await resultPdf("Giay khai sinh 42/2026")))).id : undefined;
  const r = await returnDossierResult(reception, d.id, await currentVersion(d.id), { method: "ONLINE", resultFileId: source });
  expect(r.to).toBe("RESULT_RETURNED");
  const issued = await db().electronicResult.findFirstOrThrow({ where: { dossierId: d.id }, include: { file: true } });
  const bytes = await buffer(await storage().get(issued.file.storageKey));
  return { citizen, dossier: d, source, issued, bytes };
}

describe("a result returned online with the agency's certificate", () => {
  it("is numbered, carries its /verify link, is signed, and /verify says valid without personal data", async () => {
    useCertificate(true);
    const { citizen, source, issued, bytes } = await returnedOnline(true);
    const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
    expect(issued).toMatchObject({ signed: true, signerName: "UBND xã Kiểm Thử", sourceFileId: source, year });
    expect(issued.reference).toBe(`${issued.number}/KQ-${commune.code}`);

    // The PAdES signature verifies against the CA; the document names its number and link.
    expect(verifyPdf(bytes, [pki.caPem])).toMatchObject({ valid: true, signerName: "UBND xã Kiểm Thử" });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getSubject()).toContain(issued.reference);
    expect(doc.getSubject()).toContain(`/verify/${issued.id}`);
    expect(doc.getPageCount()).toBe(2); // the result and the verification page with the QR code

    const view = await publicResult(issued.id);
    expect(view).toMatchObject({ verdict: "valid", signed: true, signerName: "UBND xã Kiểm Thử", reference: issued.reference, revokedAt: null });
    expect(JSON.stringify(view)).not.toContain("Riêng Tư");
    expect(await findResultId(issued.reference)).toBe(issued.id);
    expect(await findResultId(`https://example.test/verify/${issued.id}`)).toBe(issued.id);

    // The citizen reads the handed-over (signed) file, not the one the desk attached.
    expect(await findReadableFile(citizen, issued.fileId)).not.toBeNull();
    expect(await findReadableFile(citizen, source!)).toBeNull();
  });

  it("an uploaded copy: the very file is valid; one changed byte, or another PDF, is not", async () => {
    useCertificate(true);
    const { issued, bytes } = await returnedOnline(true);
    expect((await checkCopy(issued.id, bytes))?.copy).toBe("valid");
    const changed = Buffer.from(bytes);
    changed[Math.floor(changed.length / 3)]! ^= 0x01;
    expect((await checkCopy(issued.id, changed))?.copy).toBe("changed");
    expect((await checkCopy(issued.id, await resultPdf("Giay khai sinh 42/2026")))?.copy).toBe("otherDocument");
    expect(await checkCopy("00000000-0000-4000-8000-000000000000", bytes)).toBeNull();
  });

  it("a revoked result says so, and its copies are no longer valid", async () => {
    useCertificate(true);
    const { issued, bytes } = await returnedOnline(true);
    await expect(revokeResult(reception, issued.id, "Cấp nhầm thông tin")).rejects.toMatchObject({ kind: "not_found" });
    await revokeResult(leader, issued.id, "Cấp nhầm thông tin, đã cấp lại");
    const view = await publicResult(issued.id);
    expect(view).toMatchObject({ verdict: "revoked", revokedReason: "Cấp nhầm thông tin, đã cấp lại" });
    expect(view?.revokedAt).not.toBeNull();
    expect((await checkCopy(issued.id, bytes))?.copy).toBe("revoked");
    expect(await db().auditLog.count({ where: { action: "result.revoke", entityId: issued.id } })).toBe(1);
  });

  it("numbers follow each other within the agency and year", async () => {
    useCertificate(true);
    const a = await returnedOnline(true);
    const b = await returnedOnline(true);
    expect(b.issued.number).toBe(a.issued.number + 1);
  });
});

describe("without a certificate configured", () => {
  it("the result (made from the procedure's template when nothing is attached) is handed over unsigned, and /verify says so", async () => {
    useCertificate(false);
    const { issued, bytes } = await returnedOnline(false);
    expect(issued).toMatchObject({ signed: false, signerName: null, sourceFileId: null });
    expect(verifyPdf(bytes, [pki.caPem])).toMatchObject({ valid: false, problem: "unsigned" });
    expect((await publicResult(issued.id))?.verdict).toBe("unsigned");
    expect((await checkCopy(issued.id, bytes))?.copy).toBe("unsigned");
  });

  it("a result returned at the desk issues no electronic result", async () => {
    useCertificate(false);
    const d = await createDossier({ agencyId: commune.id, status: "PROCESSED" });
    await returnDossierResult(reception, d.id, await currentVersion(d.id), { method: "DESK" });
    expect(await db().electronicResult.count({ where: { dossierId: d.id } })).toBe(0);
  });

  it("a result PDF that cannot be opened is refused with a clear reason; the dossier is not returned", async () => {
    useCertificate(true);
    const d = await createDossier({ agencyId: commune.id, status: "PROCESSED" });
    const broken = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    const source = (await attachResultFile(reception, d.id, incomingBytes("hong.pdf", broken))).id;
    await expect(returnDossierResult(reception, d.id, await currentVersion(d.id), { method: "ONLINE", resultFileId: source })).rejects.toMatchObject({
      kind: "validation",
      messageKey: "office.errors.resultPdfUnreadable",
    });
    expect((await db().dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("PROCESSED");
    expect(await db().electronicResult.count({ where: { dossierId: d.id } })).toBe(0);
  });

  it("a return the workflow refuses issues nothing", async () => {
    useCertificate(true);
    const d = await createDossier({ agencyId: commune.id, status: "IN_PROCESSING" });
    await expect(returnDossierResult(reception, d.id, await currentVersion(d.id), { method: "ONLINE" })).rejects.toBeDefined();
    expect(await db().electronicResult.count({ where: { dossierId: d.id } })).toBe(0);
  });
});
