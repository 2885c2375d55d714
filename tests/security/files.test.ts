/**
 * Issue 9, item 8: one rule decides who reads a dossier's file (lib/server/files/access.ts),
 * officers' reads and register exports are audited.
 */
import { PassThrough, Readable } from "node:stream";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { resetConfig } from "../../lib/config";
import { requestPasswordReset, resendVerification } from "../../lib/server/auth/accounts";
import { attachDraftFile, createDraft, getDraft } from "../../lib/server/dossiers/drafts";
import { getFilingProcedure } from "../../lib/server/dossiers/procedures";
import { sendFeedback } from "../../lib/server/feedback/feedback";
import { uploadBytesPerDay } from "../../lib/server/limits";
import { hit, used } from "../../lib/server/rate-limit";
import { attachResultFile, getDossierFile, readDossierFile } from "../../lib/server/backoffice/files";
import { exportRegister } from "../../lib/server/backoffice/register";
import { getMyDossier, openDossierFile } from "../../lib/server/dossiers/mine";
import { storage } from "../../lib/server/storage";
import { incomingBytes, publicUpload, storeUpload, UploadError } from "../../lib/server/storage/upload";
import { MultipartError, readMultipart } from "../../lib/server/storage/multipart";
import { exeBytes, pdfBytes } from "../support/files";
import type { Actor } from "../../lib/server/backoffice/types";
import type { SessionUser } from "../../lib/server/auth/session";
import { actorByEmail, addFile, agencyOf, createCitizen, createDossier, createOfficer, DEMO, otherCommune } from "../integration/support/backoffice-fixtures";

const asSession = (a: Actor): SessionUser => ({ id: a.userId, fullName: "x", email: null, role: a.role, agencyId: a.agencyId });
const visible = (a: Actor, dossierId: string, fileId: string) =>
  getDossierFile(a, dossierId, fileId).then(
    () => true,
    (e: { kind?: string }) => {
      if (e.kind !== "not_found") throw e;
      return false;
    },
  );

let communeId: string;
let owner: Actor;
let otherCitizen: Actor;
let reception: Actor;
let leader: Actor;

beforeAll(async () => {
  communeId = (await agencyOf(DEMO.receptionXa)).id;
  owner = await createCitizen();
  otherCitizen = await createCitizen();
  reception = await actorByEmail(DEMO.receptionXa);
  leader = await actorByEmail(DEMO.leaderXa);
});

describe("who reads a dossier's file", () => {
  it("the applicant and the agency holding it; not another citizen nor an officer of another agency", async () => {
    const d = await createDossier({ agencyId: communeId, status: "IN_PROCESSING", applicantId: owner.userId });
    const fileId = await addFile(d.id, "SUBMISSION");
    const elsewhere = await createOfficer((await otherCommune(communeId)).id, "RECEPTION");
    expect(await visible(owner, d.id, fileId)).toBe(true);
    expect(await visible(reception, d.id, fileId)).toBe(true);
    expect(await visible(leader, d.id, fileId)).toBe(true);
    expect(await visible(otherCitizen, d.id, fileId)).toBe(false);
    expect(await visible(elsewhere, d.id, fileId)).toBe(false);
    expect(await openDossierFile(asSession(otherCitizen), fileId)).toBeNull();
    expect(await openDossierFile(asSession(elsewhere), fileId)).toBeNull();
  });

  it("an agency the dossier was transferred away from no longer reads its files", async () => {
    const d = await createDossier({ agencyId: communeId, status: "IN_PROCESSING", applicantId: owner.userId });
    const fileId = await addFile(d.id, "SUBMISSION");
    const next = await otherCommune(communeId);
    await db().dossier.update({ where: { id: d.id }, data: { currentAgencyId: next.id, routeIndex: 1 } });
    const there = await createOfficer(next.id, "SPECIALIST");
    expect(await visible(reception, d.id, fileId)).toBe(false);
    expect(await openDossierFile(asSession(reception), fileId)).toBeNull();
    expect(await visible(there, d.id, fileId)).toBe(true);
    expect(await visible(owner, d.id, fileId)).toBe(true);
  });

  it("the applicant sees the result only once returned, and never a result that was sent back", async () => {
    const d = await createDossier({ agencyId: communeId, status: "IN_PROCESSING", applicantId: owner.userId, step: "PROPOSED" });
    const sentBack = await addFile(d.id, "RESULT");
    await db().statusEvent.create({ data: { dossierId: d.id, action: "propose", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", data: { resultFileId: sentBack } } });
    await db().statusEvent.create({ data: { dossierId: d.id, action: "sendBack", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", reason: "Sai" } });
    const returned = await addFile(d.id, "RESULT");
    await db().dossier.update({ where: { id: d.id }, data: { status: "PROCESSED", step: null } });
    for (const f of [sentBack, returned]) {
      expect(await visible(owner, d.id, f)).toBe(false);
      expect(await openDossierFile(asSession(owner), f)).toBeNull();
      expect(await visible(reception, d.id, f)).toBe(true);
    }
    expect((await getMyDossier(owner.userId, d.id))!.dossier.files.map((f) => f.id)).toEqual([]);

    await db().statusEvent.create({ data: { dossierId: d.id, action: "returnResult", fromStatus: "PROCESSED", toStatus: "RESULT_RETURNED", data: { method: "ONLINE", resultFileId: returned } } });
    await db().dossier.update({ where: { id: d.id }, data: { status: "RESULT_RETURNED" } });
    expect(await visible(owner, d.id, returned)).toBe(true);
    expect(await visible(owner, d.id, sentBack)).toBe(false);
    expect(await visible(otherCitizen, d.id, returned)).toBe(false);
    expect((await getMyDossier(owner.userId, d.id))!.dossier.files.map((f) => f.id)).toEqual([returned]);
  });
});

describe("audit", () => {
  it("each officer's read of a dossier's file is recorded; a refused read is not", async () => {
    const d = await createDossier({ agencyId: communeId, status: "IN_PROCESSING", applicantId: owner.userId });
    const fileId = await addFile(d.id, "SUBMISSION");
    const f = await db().dossierFile.findUniqueOrThrow({ where: { id: fileId }, select: { storageKey: true } });
    await storage().put(f.storageKey, Readable.from([Buffer.from("%PDF-1.4\n")]), "application/pdf");
    const count = (actorId: string) => db().auditLog.count({ where: { entityId: fileId, actorId, action: "dossier.file-read" } });

    await readDossierFile(reception, d.id, fileId);
    const viaApi = await openDossierFile(asSession(reception), fileId);
    viaApi!.stream.destroy();
    expect(await count(reception.userId)).toBe(2);

    const elsewhere = await createOfficer((await otherCommune(communeId)).id, "RECEPTION");
    await expect(readDossierFile(elsewhere, d.id, fileId)).rejects.toMatchObject({ kind: "not_found" });
    expect(await count(elsewhere.userId)).toBe(0);
    await expect(readDossierFile(reception, d.id, randomUUID())).rejects.toMatchObject({ kind: "not_found" });
  });

  it("each register export is recorded", async () => {
    const before = await db().auditLog.count({ where: { actorId: reception.userId, action: "register.export" } });
    await exportRegister(reception, { from: "2026-01-01", to: "2026-01-31", format: "csv" }, "vi");
    expect(await db().auditLog.count({ where: { actorId: reception.userId, action: "register.export" } })).toBe(before + 1);
  });
});

describe("officers' result uploads", () => {
  it("go through the streaming inspector: first bytes that look like a PDF are not enough", async () => {
    const d = await createDossier({ agencyId: communeId, status: "IN_PROCESSING", applicantId: owner.userId });
    const fake = Buffer.concat([Buffer.from("%PDF-1.4\n"), exeBytes()]);
    await expect(attachResultFile(reception, d.id, incomingBytes("ket-qua.pdf", fake))).rejects.toMatchObject({ kind: "validation", messageKey: "office.errors.fileType" });
    expect(await db().dossierFile.count({ where: { dossierId: d.id } })).toBe(0);
    const ok = await attachResultFile(reception, d.id, incomingBytes("ket-qua.pdf", pdfBytes()));
    const row = await db().dossierFile.findUniqueOrThrow({ where: { id: ok.id } });
    expect(row).toMatchObject({ kind: "RESULT", mimeType: "application/pdf", size: pdfBytes().length });
    const elsewhere = await createOfficer((await otherCommune(communeId)).id, "RECEPTION");
    await expect(attachResultFile(elsewhere, d.id, incomingBytes("ket-qua.pdf", pdfBytes()))).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("upload answers", () => {
  it("name the file but reveal no storage key or hash", async () => {
    const stored = await storeUpload(Readable.from([pdfBytes()]), "don.pdf", { maxBytes: 1 << 20, acceptedTypes: ["application/pdf"] }, "test");
    const answer = publicUpload(stored);
    expect(Object.keys(answer).sort()).toEqual(["mimeType", "originalName", "size"]);
    expect(JSON.stringify(answer)).not.toContain(stored.storageKey);
    expect(JSON.stringify(answer)).not.toContain(stored.sha256);
    await storage().delete(stored.storageKey);
  });
});

describe("per-user limits", () => {
  const withSetting = async (name: string, value: string, run: () => Promise<void>) => {
    const before = process.env[name];
    process.env[name] = value;
    resetConfig();
    try {
      await run();
    } finally {
      if (before === undefined) delete process.env[name];
      else process.env[name] = before;
      resetConfig();
    }
  };

  const filingCode = async (): Promise<string> => {
    for (const p of await db().procedure.findMany({ select: { code: true }, orderBy: { code: "asc" }, take: 50 })) {
      if (await getFilingProcedure(p.code)) return p.code;
    }
    throw new Error("no procedure open for filing in the seed");
  };

  it("open drafts", async () => {
    const citizen = await createCitizen();
    const code = await filingCode();
    await withSetting("LIMIT_OPEN_DRAFTS", "2", async () => {
      await createDraft(citizen.userId, code);
      await createDraft(citizen.userId, code);
      await expect(createDraft(citizen.userId, code)).rejects.toMatchObject({ kind: "rate_limited", messageKey: "filing.errors.tooManyDrafts" });
    });
  });

  it("bytes uploaded per day", async () => {
    const citizen = await createCitizen();
    await withSetting("LIMIT_UPLOAD_MB_PER_DAY", "1", async () => {
      expect(await hit(uploadBytesPerDay(), citizen.userId, new Date(), 1024 * 1024)).toBe(true);
      const draftId = await createDraft(citizen.userId, await filingCode());
      const componentId = (await getDraft(citizen.userId, draftId))!.procedure.components[0]!.id;
      await expect(attachDraftFile(citizen.userId, draftId, componentId, Readable.from([pdfBytes()]), "a.pdf")).rejects.toMatchObject({ code: "quota" });
      expect(await db().draftFile.count({ where: { draftId } })).toBe(0);
      expect(await used(uploadBytesPerDay(), citizen.userId)).toBe(1024 * 1024);
    });
  });

  it("feedback per day", async () => {
    const sender = await createCitizen();
    const d = await createDossier({ agencyId: communeId, status: "RECEIVED", applicantId: sender.userId });
    const input = { target: "DOSSIER" as const, subject: "Hồ sơ chậm", body: "Hồ sơ của tôi đã quá hẹn hai ngày mà chưa có kết quả, mong cơ quan kiểm tra.", dossierId: d.id };
    await withSetting("LIMIT_FEEDBACK_PER_DAY", "1", async () => {
      await sendFeedback({ id: sender.userId }, input);
      await expect(sendFeedback({ id: sender.userId }, input)).rejects.toMatchObject({ kind: "rate_limited", messageKey: "feedback.errors.tooMany" });
    });
  });

  it("password-reset and verification emails per hour: nothing more is sent, same answer", async () => {
    const citizen = await createCitizen();
    await withSetting("LIMIT_AUTH_EMAILS_PER_HOUR", "2", async () => {
      for (let i = 0; i < 4; i++) await expect(requestPasswordReset(citizen.email)).resolves.toBeUndefined();
      expect(await db().authToken.count({ where: { userId: citizen.userId, kind: "RESET_PASSWORD" } })).toBe(2);
      for (let i = 0; i < 4; i++) await expect(resendVerification(citizen.email)).resolves.toBeUndefined();
      expect(await db().authToken.count({ where: { userId: citizen.userId, kind: "VERIFY_EMAIL" } })).toBe(2);
    });
  });

  it("a stalled upload is cut off, so six slow clients do not hold every slot", async () => {
    await withSetting("UPLOAD_STALL_SECONDS", "1", async () => {
      const rules = { maxBytes: 1 << 20, acceptedTypes: ["application/pdf"] };
      const slow = Array.from({ length: 6 }, () => {
        const body = new PassThrough();
        body.write(pdfBytes().subarray(0, 10));
        return storeUpload(body, "slow.pdf", rules, "test").then(
          () => "stored",
          (e: { code?: string }) => e.code,
        );
      });
      const started = Date.now();
      const ok = await storeUpload(Readable.from([pdfBytes()]), "ok.pdf", rules, "test");
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await Promise.all(slow)).toEqual(Array(6).fill("stalled"));
      await storage().delete(ok.storageKey);
    });
  });
});

describe("multipart reading (busboy) keeps its limits mid-stream", () => {
  const boundary = "----motcuaLimits";
  const part = (name: string, data: Buffer | string, filename?: string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n${filename ? "Content-Type: application/pdf\r\n" : ""}\r\n`),
      Buffer.from(data),
      Buffer.from("\r\n"),
    ]);
  const end = Buffer.from(`--${boundary}--\r\n`);
  const limits = { maxFields: 2, maxFieldBytes: 16, maxFiles: 1, maxTotalBytes: 64 * 1024 };
  const read = (raw: Buffer) =>
    readMultipart(Readable.from([raw]), boundary, (f) => storeUpload(f.stream, f.filename, { maxBytes: 1 << 20, acceptedTypes: ["application/pdf"] }, "test"), limits);

  it("refuses too many fields, a field too large, a request too large and a truncated body", async () => {
    await expect(read(Buffer.concat([part("a", "1"), part("b", "2"), part("c", "3"), end]))).rejects.toBeInstanceOf(MultipartError);
    await expect(read(Buffer.concat([part("a", "x".repeat(100)), end]))).rejects.toBeInstanceOf(MultipartError);
    await expect(read(Buffer.concat([part("file", Buffer.alloc(100 * 1024, 0x41), "big.pdf"), end]))).rejects.toBeInstanceOf(MultipartError);
    await expect(read(part("file", pdfBytes(), "cut.pdf"))).rejects.toBeInstanceOf(MultipartError);
  });

  it("hands the file to the inspector and reads the fields", async () => {
    const r = await read(Buffer.concat([part("code", "1.001193"), part("file", pdfBytes(), "don.pdf"), end]));
    expect(r.fields.code).toBe("1.001193");
    expect(r.files[0]!.result).toMatchObject({ mimeType: "application/pdf", size: pdfBytes().length });
    await storage().delete(r.files[0]!.result!.storageKey);
    const bad = await read(Buffer.concat([part("file", exeBytes(), "virus.pdf"), end]));
    expect(bad.files[0]!.error).toBeInstanceOf(UploadError);
  });
});
