/**
 * Feedback (phản ánh, kiến nghị): a signed-in person reports on a procedure, an agency or one of
 * their own dossiers; it goes to the responsible agency, which answers within a configurable
 * number of working days; the sender is told, may reopen it once; answered feedback may be
 * published with personal data removed.
 */
import { randomBytes } from "node:crypto";
import { feedbackPerDay } from "@/lib/server/limits";
import { hit } from "@/lib/server/rate-limit";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { redactPersonalData } from "@/lib/domain/redact";
import { foldVietnamese, tokenize } from "@/lib/domain/search";
import type { FeedbackStatus, Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { loadWorkCalendar } from "@/lib/server/backoffice/calendar";
import type { Actor } from "@/lib/server/backoffice/types";
import { AppError, notFound } from "@/lib/server/errors";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { storage } from "@/lib/server/storage";
import { storeUpload, type StoredUpload } from "@/lib/server/storage/upload";
import type { FeedbackInput } from "./schemas";

export const ANSWER_DAYS_SETTING = "feedback.answerWorkingDays";
export const DEFAULT_ANSWER_DAYS = 10;
export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Tx = Prisma.TransactionClient;

async function answerDays(tx: Tx): Promise<number> {
  const s = await tx.setting.findUnique({ where: { key: ANSWER_DAYS_SETTING } });
  const n = typeof s?.value === "number" ? s.value : Number(s?.value);
  return Number.isInteger(n) && n > 0 && n <= 60 ? n : DEFAULT_ANSWER_DAYS;
}

function newCode(now: Date): string {
  const d = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(2, 10).replace(/-/g, "");
  return `PA-${d}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** Resolves who must answer; a dossier must be the sender's own, or it "does not exist". */
async function responsibleAgency(tx: Tx, userId: string, input: FeedbackInput): Promise<{ agencyId: string; procedureId: string | null; dossierId: string | null }> {
  if (input.target === "DOSSIER") {
    if (!input.dossierId || !UUID.test(input.dossierId)) throw new AppError("validation", "feedback.errors.dossier", { field: "dossierId" });
    const d = await tx.dossier.findFirst({
      where: { id: input.dossierId, applicantId: userId },
      select: { id: true, currentAgencyId: true, procedureVersion: { select: { procedureId: true } } },
    });
    if (!d) throw new AppError("validation", "feedback.errors.dossier", { field: "dossierId" });
    return { agencyId: d.currentAgencyId, procedureId: d.procedureVersion.procedureId, dossierId: d.id };
  }
  const agency = await tx.agency.findUnique({ where: { code: input.agencyCode ?? "" }, select: { id: true, active: true } });
  if (!agency?.active) throw new AppError("validation", "feedback.errors.agency", { field: "agencyCode" });
  if (input.target === "PROCEDURE") {
    const p = await tx.procedure.findUnique({ where: { code: input.procedureCode ?? "" }, select: { id: true, currentVersionId: true } });
    if (!p?.currentVersionId) throw new AppError("validation", "feedback.errors.procedure", { field: "procedureCode" });
    return { agencyId: agency.id, procedureId: p.id, dossierId: null };
  }
  return { agencyId: agency.id, procedureId: null, dossierId: null };
}

export interface Attachment {
  name: string;
  size: number;
  stream: () => ReadableStream<Uint8Array>;
}

/** Sends feedback. Attachments are checked while they stream (type by content, size). */
export async function sendFeedback(user: { id: string }, input: FeedbackInput, attachments: Attachment[] = [], now = new Date()): Promise<{ id: string; code: string; dueAt: Date }> {
  const files = attachments.filter((a) => a.size > 0);
  if (!(await hit(feedbackPerDay(), user.id, now))) throw new AppError("rate_limited", "feedback.errors.tooMany");
  if (files.length > MAX_ATTACHMENTS) throw new AppError("validation", "feedback.errors.tooManyFiles", { field: "files" });
  const stored: StoredUpload[] = [];
  const code = newCode(now);
  try {
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) throw new AppError("validation", "feedback.errors.fileTooLarge", { field: "files" });
      stored.push(
        await storeUpload(Readable.fromWeb(file.stream() as never), file.name, { maxBytes: MAX_ATTACHMENT_BYTES, acceptedTypes: ATTACHMENT_TYPES }, `feedback/${code.toLowerCase()}`),
      );
    }
    return await db().$transaction(async (tx) => {
      const target = await responsibleAgency(tx, user.id, input);
      const calendar = await loadWorkCalendar(tx);
      const dueAt = calendar.addWorkingDays(now, await answerDays(tx));
      const fb = await tx.feedback.create({
        data: {
          code,
          senderId: user.id,
          target: input.target,
          agencyId: target.agencyId,
          procedureId: target.procedureId,
          dossierId: target.dossierId,
          subject: input.subject,
          body: input.body,
          dueAt,
          createdAt: now,
          files: { create: stored.map((s) => ({ originalName: s.originalName, storageKey: s.storageKey, mimeType: s.mimeType, size: s.size, sha256: s.sha256 })) },
        },
      });
      await audit(tx, { actorId: user.id, action: "feedback.send", entity: "Feedback", entityId: fb.id, data: { code, target: input.target, files: stored.length } });
      return { id: fb.id, code, dueAt };
    });
  } catch (error) {
    await Promise.all(stored.map((s) => storage().delete(s.storageKey).catch(() => {})));
    throw error;
  }
}

const OPEN_STATUSES: FeedbackStatus[] = ["OPEN", "REOPENED"];

function canAnswer(actor: Actor, agency: { id: string; path: string }): boolean {
  if (!actor.agencyId) return false;
  if (actor.role === "LEADER") return agency.path.includes(`/${actor.agencyId}/`);
  return (actor.role === "RECEPTION" || actor.role === "SPECIALIST") && agency.id === actor.agencyId;
}

async function loadForOfficer(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw notFound();
  const fb = await tx.feedback.findUnique({ where: { id }, include: { agency: { select: { id: true, path: true } }, sender: { select: { id: true, email: true, fullName: true } } } });
  if (!fb || !canAnswer(actor, fb.agency)) throw notFound();
  return fb;
}

/** The responsible agency answers; the sender is notified in the same transaction. */
export async function answerFeedback(actor: Actor, id: string, answer: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const fb = await loadForOfficer(tx, actor, id);
    if (!OPEN_STATUSES.includes(fb.status)) throw new AppError("conflict", "feedback.errors.notOpen");
    const updated = await tx.feedback.updateMany({
      where: { id, status: fb.status, updatedAt: fb.updatedAt },
      data: { status: "ANSWERED", answer, answeredAt: now, answeredById: actor.userId, answeredOnTime: now.getTime() <= fb.dueAt.getTime() },
    });
    if (updated.count !== 1) throw new AppError("conflict", "feedback.errors.changed");
    await audit(tx, { actorId: actor.userId, action: "feedback.answer", entity: "Feedback", entityId: id, data: { onTime: now <= fb.dueAt } });
    if (fb.sender.email) {
      await enqueueNotification(tx, { to: fb.sender.email, template: "feedback.answered", data: { code: fb.code, subject: fb.subject, name: fb.sender.fullName } });
    }
  });
}

/** The sender may reopen answered feedback once, saying why; a new answer is then due. */
export async function reopenFeedback(user: { id: string }, id: string, reason: string, now = new Date()): Promise<void> {
  if (!UUID.test(id)) throw notFound();
  await db().$transaction(async (tx) => {
    const fb = await tx.feedback.findFirst({ where: { id, senderId: user.id } });
    if (!fb) throw notFound();
    if (fb.status !== "ANSWERED") throw new AppError("conflict", "feedback.errors.notAnswered");
    if (fb.reopenedAt) throw new AppError("conflict", "feedback.errors.reopenedOnce");
    const calendar = await loadWorkCalendar(tx);
    const dueAt = calendar.addWorkingDays(now, await answerDays(tx));
    await tx.feedback.update({ where: { id }, data: { status: "REOPENED", reopenedAt: now, reopenReason: reason, dueAt, published: false } });
    await audit(tx, { actorId: user.id, action: "feedback.reopen", entity: "Feedback", entityId: id });
  });
}

/** Publishes answered feedback with personal data removed (again, whatever the officer typed). */
export async function publishFeedback(actor: Actor, id: string, text: { publicSubject: string; publicBody: string; publicAnswer: string }, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const fb = await loadForOfficer(tx, actor, id);
    if (fb.status !== "ANSWERED") throw new AppError("conflict", "feedback.errors.notAnswered");
    const names = [fb.sender.fullName];
    await tx.feedback.update({
      where: { id },
      data: {
        published: true,
        publishedAt: now,
        publicSubject: redactPersonalData(text.publicSubject, names),
        publicBody: redactPersonalData(text.publicBody, names),
        publicAnswer: redactPersonalData(text.publicAnswer, names),
      },
    });
    await audit(tx, { actorId: actor.userId, action: "feedback.publish", entity: "Feedback", entityId: id });
  });
}

export async function unpublishFeedback(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await loadForOfficer(tx, actor, id);
    await tx.feedback.update({ where: { id }, data: { published: false } });
    await audit(tx, { actorId: actor.userId, action: "feedback.unpublish", entity: "Feedback", entityId: id });
  });
}

/** Texts prefilled for publishing: the sender's words with personal data already removed. */
export function suggestedPublicText(fb: { subject: string; body: string; answer: string | null; sender: { fullName: string } }) {
  const names = [fb.sender.fullName];
  return {
    publicSubject: redactPersonalData(fb.subject, names),
    publicBody: redactPersonalData(fb.body, names),
    publicAnswer: redactPersonalData(fb.answer ?? "", names),
  };
}

export async function getFeedbackForOfficer(actor: Actor, id: string) {
  return db().$transaction(async (tx) => {
    const fb = await loadForOfficer(tx, actor, id);
    const full = await tx.feedback.findUniqueOrThrow({
      where: { id },
      include: {
        files: { select: { id: true, originalName: true, size: true, mimeType: true } },
        agency: { select: { name: true, nameEn: true } },
        procedure: { select: { code: true, currentVersion: { select: { name: true } } } },
        dossier: { select: { code: true } },
      },
    });
    return { ...full, sender: fb.sender };
  });
}

export async function listAgencyFeedback(actor: Actor, filter: { status?: FeedbackStatus | "OVERDUE" }, now = new Date()) {
  if (!actor.agencyId || !["RECEPTION", "SPECIALIST", "LEADER"].includes(actor.role)) return [];
  const agencyIds =
    actor.role === "LEADER"
      ? (await db().agency.findMany({ where: { path: { contains: `/${actor.agencyId}/` } }, select: { id: true } })).map((a) => a.id)
      : [actor.agencyId];
  const where: Prisma.FeedbackWhereInput = { agencyId: { in: agencyIds } };
  if (filter.status === "OVERDUE") Object.assign(where, { status: { in: OPEN_STATUSES }, dueAt: { lt: now } });
  else if (filter.status) where.status = filter.status;
  return db().feedback.findMany({
    where,
    orderBy: [{ dueAt: "asc" }],
    take: 200,
    select: { id: true, code: true, subject: true, status: true, dueAt: true, createdAt: true, target: true, published: true, agency: { select: { name: true, nameEn: true } } },
  });
}

export async function listMyFeedback(userId: string) {
  return db().feedback.findMany({
    where: { senderId: userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { agency: { select: { name: true, nameEn: true } }, files: { select: { id: true, originalName: true } } },
  });
}

const PAGE_SIZE = 20;

/** Published feedback, newest first, searchable without diacritics. */
export async function listPublishedFeedback(q: string | undefined, page: number) {
  const tokens = q ? tokenize(foldVietnamese(q)).slice(0, 12) : [];
  const offset = (page - 1) * PAGE_SIZE;
  if (tokens.length === 0) {
    const [items, total] = await Promise.all([
      db().feedback.findMany({
        where: { published: true },
        orderBy: { publishedAt: "desc" },
        skip: offset,
        take: PAGE_SIZE,
        select: { code: true, publicSubject: true, publicBody: true, publicAnswer: true, publishedAt: true, answeredAt: true, agency: { select: { name: true, nameEn: true } } },
      }),
      db().feedback.count({ where: { published: true } }),
    ]);
    return { items, total, page, pageSize: PAGE_SIZE };
  }
  const tsquery = tokens.map((t) => `${t.replace(/[^a-z0-9]/g, "")}:*`).filter((t) => t !== ":*").join(" & ");
  const rows = await db().$queryRaw<Array<{ code: string; total: bigint }>>`
    SELECT "code", count(*) OVER () AS total FROM "Feedback"
     WHERE "published" AND to_tsvector('simple', "motcua_fold"(coalesce("publicSubject", '') || ' ' || coalesce("publicBody", ''))) @@ to_tsquery('simple', ${tsquery})
     ORDER BY "publishedAt" DESC OFFSET ${offset} LIMIT ${PAGE_SIZE}`;
  const items = await db().feedback.findMany({
    where: { code: { in: rows.map((r) => r.code) } },
    orderBy: { publishedAt: "desc" },
    select: { code: true, publicSubject: true, publicBody: true, publicAnswer: true, publishedAt: true, answeredAt: true, agency: { select: { name: true, nameEn: true } } },
  });
  return { items, total: Number(rows[0]?.total ?? 0), page, pageSize: PAGE_SIZE };
}

/** A feedback as its sender sees it; anyone else gets "not found". */
export async function getMyFeedback(userId: string, id: string) {
  if (!UUID.test(id)) throw notFound();
  const fb = await db().feedback.findFirst({
    where: { id, senderId: userId },
    include: { agency: { select: { name: true, nameEn: true } }, files: { select: { id: true, originalName: true, size: true } } },
  });
  if (!fb) throw notFound();
  return fb;
}

/** A feedback attachment for its sender or the responsible agency's officers. */
export async function openFeedbackFile(actor: Actor, fileId: string) {
  if (!UUID.test(fileId)) throw notFound();
  const file = await db().feedbackFile.findUnique({
    where: { id: fileId },
    include: { feedback: { select: { senderId: true, agency: { select: { id: true, path: true } } } } },
  });
  if (!file) throw notFound();
  const allowed = file.feedback.senderId === actor.userId || canAnswer(actor, file.feedback.agency);
  if (!allowed) throw notFound();
  return { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await storage().get(file.storageKey) };
}
