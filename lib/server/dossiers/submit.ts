/**
 * Submission: one transaction makes the dossier, its files and its first status event, gives
 * it its code (per receiving agency per day) and tracking PIN, writes the audit record and
 * queues the confirmation email. Idempotent: submitting the same draft twice (a double click,
 * a retried request) returns the one dossier; the API's Idempotency-Key works the same way.
 */
import { validateAnswers, type Answers } from "@/lib/domain/forms";
import { feeDueAtFiling, feesOf } from "@/lib/domain/payments";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { config } from "@/lib/config";
import { audit } from "@/lib/server/audit";
import { seal } from "@/lib/server/auth/secret";
import { AppError, notFound } from "@/lib/server/errors";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { createPaymentRequest } from "@/lib/server/payments/payments";
import { storage } from "@/lib/server/storage";
import type { StoredUpload } from "@/lib/server/storage/upload";
import { loadWorkCalendar, timelineFor } from "./calendar";
import { allocateDossierCode, hashTrackingPin, newTrackingPin } from "./code";
import { applicantFormOf, getDraft, stepErrors } from "./drafts";
import { applicantFormFor, getFilingProcedure, listCommunes, receivingAgencyFor, type FilingAgency, type FilingProcedure } from "./procedures";

export interface SubmitResult {
  dossierId: string;
  code: string;
  /** The PIN, when this call created the dossier; null when it already existed. */
  pin: string | null;
  created: boolean;
}

interface NewDossier {
  userId: string;
  procedure: FilingProcedure;
  applicant: Answers;
  answers: Answers;
  receiving: FilingAgency;
  files: Array<StoredUpload & { componentId: string; storedDocumentId?: string | null }>;
  idempotencyKey: string;
  locale: "vi" | "en";
}

/** Under a burst of submissions, wait for a connection rather than fail. */
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

function appUrl(path: string): string {
  return new URL(path, config().APP_URL).toString();
}

async function createDossier(tx: Prisma.TransactionClient, n: NewDossier, now: Date): Promise<{ id: string; code: string; pin: string }> {
  const calendar = await loadWorkCalendar(tx);
  const timeline = timelineFor(calendar, now, n.procedure.timeLimit);
  const code = await allocateDossierCode(tx, n.receiving, now);
  const pin = newTrackingPin();
  const user = await tx.user.findUniqueOrThrow({ where: { id: n.userId }, select: { fullName: true, email: true } });
  const onBehalf = n.applicant.onBehalf === "other";
  const { desk: _desk, ...particulars } = n.applicant;
  const dossier = await tx.dossier.create({
    data: {
      code,
      pinHash: hashTrackingPin(code, pin),
      procedureVersionId: n.procedure.versionId,
      applicantId: n.userId,
      applicant: { ...particulars, filedBy: { userId: n.userId, fullName: user.fullName } } as unknown as Prisma.InputJsonValue,
      applicantName: String(n.applicant.fullName ?? user.fullName),
      applicantCitizenId: typeof n.applicant.citizenId === "string" ? n.applicant.citizenId : null,
      onBehalf,
      channel: "ONLINE",
      status: "NEW",
      receivingAgencyId: n.receiving.id,
      currentAgencyId: n.receiving.id,
      answers: n.answers as unknown as Prisma.InputJsonValue,
      idempotencyKey: n.idempotencyKey,
      submittedAt: now,
      dueAt: timeline.resultBy,
      receptionDueAt: timeline.receptionBy,
      files: {
        create: n.files.map((f) => ({
          componentId: f.componentId,
          kind: "SUBMISSION" as const,
          originalName: f.originalName,
          storageKey: f.storageKey,
          mimeType: f.mimeType,
          size: f.size,
          sha256: f.sha256,
          uploadedById: n.userId,
          storedDocumentId: f.storedDocumentId ?? null,
        })),
      },
      events: {
        create: {
          action: "submit",
          fromStatus: null,
          toStatus: "NEW",
          actorId: n.userId,
          actorRole: "CITIZEN",
          agencyId: n.receiving.id,
          data: { channel: "ONLINE", onBehalf, files: n.files.length } as Prisma.InputJsonValue,
        },
      },
    },
  });
  await audit(tx, {
    actorId: n.userId,
    action: "dossier.submit",
    entity: "Dossier",
    entityId: dossier.id,
    data: { code, procedure: n.procedure.code, receivingAgency: n.receiving.code, files: n.files.map((f) => f.sha256) },
  });
  // A fixed fee is asked at filing: the applicant can pay it straight away.
  const fee = feeDueAtFiling(feesOf(n.procedure.fees));
  if (fee) await createPaymentRequest(tx, { dossierId: dossier.id, amount: fee.amount, description: fee.description, createdById: null, actorId: n.userId, now });
  const to = user.email ?? (typeof n.applicant.email === "string" ? n.applicant.email : null);
  if (to) {
    await enqueueNotification(tx, {
      to,
      template: "dossier.submitted",
      locale: n.locale,
      dossierId: dossier.id,
      data: {
        name: user.fullName,
        code,
        procedureName: n.procedure.name,
        agencyName: n.locale === "en" ? n.receiving.nameEn : n.receiving.name,
        submittedAt: now.toISOString(),
        receptionBy: timeline.receptionBy.toISOString(),
        resultBy: timeline.resultBy?.toISOString() ?? null,
        dossierUrl: appUrl(`/my/dossiers/${dossier.id}`),
        trackUrl: appUrl(`/track?code=${encodeURIComponent(code)}`),
      },
    });
  }
  return { id: dossier.id, code, pin };
}

export interface IncompleteDetails {
  steps: string[];
  [key: string]: unknown;
}

/** Checks a whole draft; returns typed answers or the steps that are not complete. */
async function checkDraft(draft: NonNullable<Awaited<ReturnType<typeof getDraft>>>) {
  const steps: string[] = [];
  const applicant = validateAnswers(await applicantFormOf(draft), draft.data.applicant);
  if (!applicant.ok) steps.push("applicant");
  const answers = validateAnswers(draft.procedure.form, draft.data.answers);
  if (!answers.ok) steps.push("questions");
  if ((await stepErrors(draft, "documents")).length > 0) steps.push("documents");
  const receiving = applicant.ok ? receivingAgencyFor(draft.procedure, applicant.answers) : null;
  if (applicant.ok && !receiving) steps.push("applicant");
  if (steps.length > 0 || !applicant.ok || !answers.ok || !receiving) return { ok: false as const, steps };
  return { ok: true as const, applicant: applicant.answers, answers: answers.answers, receiving };
}

/** Submits the caller's draft (idempotent). */
export async function submitDraft(userId: string, draftId: string, locale: "vi" | "en" = "vi"): Promise<SubmitResult> {
  const draft = await getDraft(userId, draftId);
  if (!draft) throw notFound();
  if (draft.status === "SUBMITTED" && draft.dossierId) {
    const d = await db().dossier.findUniqueOrThrow({ where: { id: draft.dossierId }, select: { code: true } });
    return { dossierId: draft.dossierId, code: d.code, pin: null, created: false };
  }
  const checked = await checkDraft(draft);
  if (!checked.ok) throw new AppError("validation", "filing.errors.incomplete", { steps: checked.steps });
  const now = new Date();
  const result = await db().$transaction(async (tx) => {
    // The draft row is the lock: a second submission waits here, then finds it submitted.
    const locked = await tx.$queryRaw<Array<{ status: string; dossierId: string | null }>>`
      SELECT "status"::text AS "status", "dossierId" FROM "DossierDraft" WHERE "id" = ${draft.id}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
    const row = locked[0];
    if (!row) throw notFound();
    if (row.status === "SUBMITTED" && row.dossierId) {
      const d = await tx.dossier.findUniqueOrThrow({ where: { id: row.dossierId }, select: { code: true } });
      return { dossierId: row.dossierId, code: d.code, pin: null, created: false };
    }
    const files = await tx.draftFile.findMany({ where: { draftId: draft.id } });
    const have = new Set(files.map((f) => f.componentId));
    if (draft.procedure.components.some((c) => c.required && !have.has(c.id))) {
      throw new AppError("validation", "filing.errors.incomplete", { steps: ["documents"] });
    }
    const created = await createDossier(
      tx,
      {
        userId,
        procedure: draft.procedure,
        applicant: checked.applicant,
        answers: checked.answers,
        receiving: checked.receiving,
        files: files.map((f) => ({ componentId: f.componentId, storageKey: f.storageKey, originalName: f.originalName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storedDocumentId: f.storedDocumentId })),
        idempotencyKey: `draft:${draft.id}`,
        locale,
      },
      now,
    );
    await tx.draftFile.deleteMany({ where: { draftId: draft.id } });
    await tx.dossierDraft.update({
      where: { id: draft.id },
      data: { status: "SUBMITTED", dossierId: created.id, pinSealed: seal(created.pin), completedSteps: ["applicant", "questions", "documents", "check", "declaration"] },
    });
    return { dossierId: created.id, code: created.code, pin: created.pin, created: true };
  }, TX_OPTIONS);
  return result;
}

export interface DirectSubmission {
  procedureCode: string;
  applicant: unknown;
  answers: unknown;
  files: Array<StoredUpload & { componentId: string }>;
  idempotencyKey: string;
  locale?: "vi" | "en";
}

/**
 * Submits in one request (the JSON/multipart API): files already streamed to storage. The
 * caller's Idempotency-Key makes a retry return the first dossier (and drop the new files).
 */
export async function submitDossier(userId: string, s: DirectSubmission): Promise<SubmitResult> {
  const key = `api:${userId}:${s.idempotencyKey}`;
  const dropFiles = () => Promise.all(s.files.map((f) => storage().delete(f.storageKey).catch(() => {})));
  const existing = await db().dossier.findUnique({ where: { idempotencyKey: key }, select: { id: true, code: true, applicantId: true } });
  if (existing && existing.applicantId === userId) {
    await dropFiles();
    return { dossierId: existing.id, code: existing.code, pin: null, created: false };
  }
  try {
    const user = await db().user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!user?.active || user.role !== "CITIZEN") throw new AppError("forbidden", "filing.errors.citizensOnly");
    const procedure = await getFilingProcedure(s.procedureCode);
    if (!procedure) throw notFound();
    const applicant = validateAnswers(applicantFormFor(procedure, await listCommunes()), s.applicant);
    const answers = validateAnswers(procedure.form, s.answers);
    if (!applicant.ok || !answers.ok) {
      throw new AppError("validation", "filing.errors.incomplete", {
        errors: [...(applicant.ok ? [] : applicant.errors.map((e) => ({ ...e, step: "applicant" }))), ...(answers.ok ? [] : answers.errors.map((e) => ({ ...e, step: "questions" })))],
      });
    }
    const receiving = receivingAgencyFor(procedure, applicant.answers);
    if (!receiving) throw new AppError("validation", "filing.errors.noDesk");
    const have = new Set(s.files.map((f) => f.componentId));
    const missing = procedure.components.filter((c) => c.required && !have.has(c.id)).map((c) => c.id);
    if (missing.length > 0) throw new AppError("validation", "filing.errors.incomplete", { missingDocuments: missing });
    const created = await db().$transaction((tx) =>
      createDossier(tx, { userId, procedure, applicant: applicant.answers, answers: answers.answers, receiving, files: s.files, idempotencyKey: key, locale: s.locale ?? "vi" }, new Date()),
    TX_OPTIONS);
    return { dossierId: created.id, code: created.code, pin: created.pin, created: true };
  } catch (error) {
    await dropFiles();
    if ((error as { code?: string }).code === "P2002") {
      // The same key won a race a moment ago.
      const again = await db().dossier.findUnique({ where: { idempotencyKey: key }, select: { id: true, code: true } });
      if (again) return { dossierId: again.id, code: again.code, pin: null, created: false };
    }
    throw error;
  }
}
