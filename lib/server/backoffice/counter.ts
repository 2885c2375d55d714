/**
 * Receiving at the desk: a reception officer records a dossier handed in at the counter or arriving
 * by post, for an applicant with or without an account. The same applicant form and procedure form
 * (and validation) as online filing; the dossier is received at once (code, tracking PIN, clock
 * started by the workflow's own `receive` rule) and, when an account holds that citizen ID, appears
 * in its "my dossiers". A desk may instead refuse on the spot: no dossier, but the refusal is
 * recorded (CounterRefusal), audited and counted.
 */
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Answers, type FieldError, type FormSchema, type RawAnswers, validateAnswers, vietnamToday } from "@/lib/domain/forms";
import { decide, type DossierState, missingItem, reason as reasonSchema } from "@/lib/domain/workflow";
import { audit } from "@/lib/server/audit";
import { seal, unseal } from "@/lib/server/auth/secret";
import { allocateDossierCode, hashTrackingPin, newTrackingPin } from "@/lib/server/dossiers/code";
import { applicantFormFor, getFilingVersion, listCommunes, type FilingProcedure } from "@/lib/server/dossiers/procedures";
import { AppError, notFound } from "@/lib/server/errors";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { storage } from "@/lib/server/storage";
import type { StoredUpload } from "@/lib/server/storage/upload";
import { loadWorkCalendar } from "./calendar";
import { legLimit, parseRoute } from "./route";
import { UUID_RE } from "./scope";
import type { Actor } from "./types";

export const COUNTER_CHANNELS = ["COUNTER", "POST"] as const;
export type CounterChannel = (typeof COUNTER_CHANNELS)[number];

/** Only the desk's reception officers record dossiers handed in. */
function assertReception(actor: Actor): asserts actor is Actor & { agencyId: string } {
  if (actor.role !== "RECEPTION" || !actor.agencyId) throw notFound();
}

export interface CounterProcedure extends FilingProcedure {
  channels: string[];
  /** The applicant's particulars as the officer enters them (the online form's "person" section). */
  applicantForm: FormSchema;
}

/** A published procedure this desk may receive at the counter or by post; null otherwise. */
export async function counterProcedure(actor: Actor, code: string): Promise<CounterProcedure | null> {
  assertReception(actor);
  if (!/^[0-9A-Za-z.\-_]{1,40}$/.test(code)) return null;
  const p = await db().procedure.findUnique({ where: { code }, select: { currentVersion: { select: { id: true, status: true, channels: true } } } });
  const v = p?.currentVersion;
  if (!v || v.status !== "PUBLISHED" || !v.channels.some((c) => c === "COUNTER" || c === "POST")) return null;
  const filing = await getFilingVersion(v.id);
  if (!filing) return null;
  const full = applicantFormFor(filing, await listCommunes());
  const applicantForm: FormSchema = { ...full, sections: full.sections.filter((s) => s.id === "person") };
  return { ...filing, channels: v.channels, applicantForm };
}

/** Whether this procedure is handled by the officer's own agency (else: redirect or refuse, not receive). */
export function handledHere(actor: Actor, p: FilingProcedure): boolean {
  return p.implementing.some((a) => a.id === actor.agencyId);
}

export interface ApplicantMatch {
  id: string;
  fullName: string;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  address: string;
}

/** Finds citizens' accounts by citizen ID (12 digits), phone number or part of the name. */
export async function findApplicants(actor: Actor, qIn: string): Promise<ApplicantMatch[]> {
  assertReception(actor);
  const q = qIn.trim().slice(0, 100);
  if (q.length < 2) return [];
  const digits = q.replace(/[\s.]/g, "");
  let where: Prisma.UserWhereInput;
  if (/^\d{12}$/.test(digits)) where = { citizenId: digits };
  else if (/^(\+84|0)\d{9,10}$/.test(digits)) where = { OR: [{ phone: digits }, { phone: digits.replace(/^0/, "+84") }, { phone: digits.replace(/^\+84/, "0") }] };
  else {
    const ids = await db().$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "User" WHERE role = 'CITIZEN' AND active AND motcua_fold("fullName") LIKE '%' || motcua_fold(${q.replace(/[\\%_]/g, (m) => `\\${m}`)}) || '%'
       ORDER BY "fullName" LIMIT 20`;
    where = { id: { in: ids.map((r) => r.id) } };
  }
  const users = await db().user.findMany({
    where: { AND: [where, { role: "CITIZEN", active: true }] },
    select: { id: true, fullName: true, citizenId: true, phone: true, email: true, dateOfBirth: true, address: true },
    orderBy: { fullName: "asc" },
    take: 20,
  });
  return users.map((u) => ({ ...u, dateOfBirth: u.dateOfBirth ? u.dateOfBirth.toISOString().slice(0, 10) : null }));
}

/** An account's particulars as the applicant form's raw answers (to prefill the desk's form). */
export async function applicantAnswersOf(actor: Actor, userId: string): Promise<RawAnswers | null> {
  assertReception(actor);
  if (!UUID_RE.test(userId)) return null;
  const u = await db().user.findFirst({ where: { id: userId, role: "CITIZEN", active: true } });
  if (!u) return null;
  return {
    fullName: u.fullName,
    dateOfBirth: u.dateOfBirth ? u.dateOfBirth.toISOString().slice(0, 10) : "",
    citizenId: u.citizenId ?? "",
    phone: u.phone ?? "",
    email: u.email ?? "",
    address: { street: u.address, commune: "", province: u.provinceName },
  };
}

export const checklistItem = z.object({
  componentId: z.uuid(),
  original: z.boolean(),
  copy: z.boolean(),
  count: z.number().int().min(0).max(99),
});
export type ChecklistItem = z.output<typeof checklistItem>;

export interface CounterReceipt {
  procedureCode: string;
  applicant: RawAnswers;
  answers: RawAnswers;
  channel: CounterChannel;
  /** POST: the postmark date (YYYY-MM-DD). */
  postmarkDate?: string;
  checklist: ChecklistItem[];
  /** Scans already stored, in page order. */
  files: Array<StoredUpload & { componentId: string }>;
  note?: string;
}

export interface CounterReceiptResult {
  dossierId: string;
  code: string;
  pin: string;
  linkedAccount: boolean;
}

/** The form's errors (for the page): per field, and the components not ticked. */
export class CounterFormError extends AppError {
  constructor(readonly fieldErrors: Array<FieldError & { form: "applicant" | "answers" }>, readonly missingComponents: string[], key = "desk.errors.incomplete") {
    super("validation", key, { fieldErrors, missingComponents });
  }
}

function checkForm(p: CounterProcedure, input: { applicant: RawAnswers; answers: RawAnswers }, today: string) {
  const applicant = validateAnswers(p.applicantForm, input.applicant, { today });
  const answers = validateAnswers(p.form, input.answers, { today });
  const errors = [
    ...(applicant.ok ? [] : applicant.errors.map((e) => ({ ...e, form: "applicant" as const }))),
    ...(answers.ok ? [] : answers.errors.map((e) => ({ ...e, form: "answers" as const }))),
  ];
  return { applicant, answers, errors };
}


/** Receives a dossier handed in at the desk or arriving by post. */
export async function receiveAtCounter(actor: Actor, input: CounterReceipt, options: { now?: Date; today?: string } = {}): Promise<CounterReceiptResult> {
  assertReception(actor);
  const now = options.now ?? new Date();
  const dropFiles = () => Promise.all(input.files.map((f) => storage().delete(f.storageKey).catch(() => {})));
  try {
    const p = await counterProcedure(actor, input.procedureCode);
    if (!p) throw notFound();
    if (!handledHere(actor, p)) throw new AppError("validation", "desk.errors.notHandledHere");
    if (!(COUNTER_CHANNELS as readonly string[]).includes(input.channel) || !p.channels.includes(input.channel)) {
      throw new AppError("validation", "desk.errors.channel");
    }
    if (input.channel === "POST" && (!input.postmarkDate || !isCalendarDate(input.postmarkDate) || new Date(`${input.postmarkDate}T00:00:00Z`) > now)) {
      throw new AppError("validation", "desk.errors.postmark");
    }
    const checklist = z.array(checklistItem).max(100).parse(input.checklist);
    const { applicant, answers, errors } = checkForm(p, input, options.today ?? vietnamToday(now));
    const ticked = new Set(checklist.filter((c) => (c.original || c.copy) && c.count > 0).map((c) => c.componentId));
    const missing = p.components.filter((c) => c.required && !ticked.has(c.id)).map((c) => c.id);
    const known = new Set(p.components.map((c) => c.id));
    if (input.files.some((f) => !known.has(f.componentId))) throw new AppError("validation", "desk.errors.invalidInput");
    if (errors.length > 0 || missing.length > 0 || !applicant.ok || !answers.ok) throw new CounterFormError(errors, missing);
    return await db().$transaction((tx) => createCounterDossier(tx, actor, p, { ...input, checklist }, applicant.answers, answers.answers, now), {
      maxWait: 15_000,
      timeout: 20_000,
    });
  } catch (error) {
    await dropFiles();
    throw error;
  }
}

async function createCounterDossier(
  tx: Prisma.TransactionClient,
  actor: Actor & { agencyId: string },
  p: CounterProcedure,
  input: CounterReceipt,
  applicant: Answers,
  answers: Answers,
  now: Date,
): Promise<CounterReceiptResult> {
  const agency = await tx.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { id: true, code: true, name: true } });
  const calendar = await loadWorkCalendar(tx);
  const citizenId = typeof applicant.citizenId === "string" && applicant.citizenId ? applicant.citizenId : null;
  const account = citizenId
    ? await tx.user.findFirst({ where: { citizenId, role: "CITIZEN", active: true }, select: { id: true, email: true }, orderBy: { createdAt: "asc" } })
    : null;
  const route = parseRoute(await tx.procedureVersion.findUnique({ where: { id: p.versionId }, select: { route: true } }).then((v) => v?.route));

  // The clock starts exactly as for an online dossier received by the desk: the workflow's receive rule.
  const state: DossierState = {
    status: "NEW",
    step: null,
    assigneeId: null,
    receivingAgencyId: agency.id,
    currentAgencyId: agency.id,
    routeIndex: 0,
    routeLength: Math.max(1, route.length),
    receivedAt: null,
    dueAt: null,
    stageDueAt: null,
    extendedDueAt: null,
    pausedAt: null,
    resumeStatus: null,
    pauses: [],
    supplementCount: 0,
    finishedAt: null,
  };
  const decision = decide(state, "receive", actor, { note: input.note }, {
    now,
    calendar,
    timeLimit: p.timeLimit,
    legLimit: route.length > 1 ? legLimit(route[0]) : null,
  });
  if (!decision.ok) throw new AppError("forbidden", decision.refusal.key);

  const code = await allocateDossierCode(tx, agency, now);
  const pin = newTrackingPin();
  const name = String(applicant.fullName ?? "");
  const intake = {
    channel: input.channel,
    postmarkDate: input.channel === "POST" ? input.postmarkDate : undefined,
    checklist: input.checklist,
    files: input.files.length,
  };
  const dossier = await tx.dossier.create({
    data: {
      code,
      pinHash: hashTrackingPin(code, pin),
      pinSealed: seal(pin),
      procedureVersionId: p.versionId,
      applicantId: account?.id ?? null,
      applicant: { ...applicant, receivedBy: { userId: actor.userId }, postmarkDate: intake.postmarkDate } as unknown as Prisma.InputJsonValue,
      applicantName: name,
      applicantCitizenId: citizenId,
      channel: input.channel,
      status: "RECEIVED",
      receivingAgencyId: agency.id,
      currentAgencyId: agency.id,
      answers: answers as unknown as Prisma.InputJsonValue,
      submittedAt: now,
      receivedAt: decision.patch.receivedAt ?? now,
      dueAt: decision.patch.dueAt ?? null,
      stageDueAt: decision.patch.stageDueAt ?? null,
      version: 1,
    },
    select: { id: true },
  });
  if (input.files.length > 0) {
    // Pages keep the order they were given in (files are listed by their time of creation).
    await tx.dossierFile.createMany({
      data: input.files.map((f, i) => ({
        dossierId: dossier.id,
        componentId: f.componentId,
        kind: "SUBMISSION" as const,
        originalName: f.originalName,
        storageKey: f.storageKey,
        mimeType: f.mimeType,
        size: f.size,
        sha256: f.sha256,
        uploadedById: actor.userId,
        createdAt: new Date(now.getTime() + i),
      })),
    });
  }
  await tx.statusEvent.createMany({
    data: [
      {
        dossierId: dossier.id,
        action: "submit",
        fromStatus: null,
        toStatus: "NEW",
        actorId: actor.userId,
        actorRole: actor.role,
        agencyId: agency.id,
        data: intake as Prisma.InputJsonValue,
        createdAt: now,
      },
      {
        dossierId: dossier.id,
        action: "receive",
        fromStatus: "NEW",
        toStatus: "RECEIVED",
        actorId: actor.userId,
        actorRole: actor.role,
        agencyId: agency.id,
        data: { ...decision.data, documents: decision.documents, version: 1 } as Prisma.InputJsonValue,
        createdAt: new Date(now.getTime() + 1),
      },
    ],
  });
  await audit(tx, {
    actorId: actor.userId,
    action: "dossier.receiveAtCounter",
    entity: "Dossier",
    entityId: dossier.id,
    data: { code, procedure: p.code, channel: input.channel, account: account?.id ?? null, files: input.files.map((f) => f.sha256) },
  });
  const to = account?.email ?? (typeof applicant.email === "string" && applicant.email.includes("@") ? applicant.email : null);
  if (to) {
    await enqueueNotification(tx, {
      to,
      template: "dossier.receive",
      locale: "vi",
      dossierId: dossier.id,
      data: {
        dossierId: dossier.id,
        code,
        procedureName: p.name,
        applicantName: name,
        agencyName: agency.name,
        status: "RECEIVED",
        reason: null,
        dueAt: decision.patch.dueAt?.toISOString() ?? null,
      },
    });
  }
  return { dossierId: dossier.id, code, pin, linkedAccount: account !== null };
}

export const counterRefusalSchema = z.object({
  reason: reasonSchema,
  items: z.array(missingItem).max(50).default([]),
});

/**
 * Refuses on the spot (wrong procedure, missing components): no dossier is made; the refusal is
 * recorded with its reason (refusal slip, Mẫu 03), audited, and counted.
 */
export async function refuseAtCounter(
  actor: Actor,
  input: { procedureCode: string; applicant: RawAnswers; channel: CounterChannel; reason: string; items: Array<{ name: string; note?: string }> },
  options: { now?: Date } = {},
): Promise<{ id: string; code: string }> {
  assertReception(actor);
  const now = options.now ?? new Date();
  const p = await counterProcedure(actor, input.procedureCode);
  if (!p) throw notFound();
  const parsed = counterRefusalSchema.safeParse({ reason: input.reason, items: input.items });
  if (!parsed.success) throw new AppError("validation", "desk.errors.reason");
  const fullName = typeof input.applicant.fullName === "string" ? input.applicant.fullName.trim().slice(0, 100) : "";
  if (fullName.length < 2) throw new CounterFormError([{ path: ["fullName"], key: "required", form: "applicant" } as FieldError & { form: "applicant" }], [], "desk.errors.nameRequired");
  const channel: CounterChannel = input.channel === "POST" ? "POST" : "COUNTER";
  const citizenId = typeof input.applicant.citizenId === "string" && /^\d{12}$/.test(input.applicant.citizenId) ? input.applicant.citizenId : null;
  return db().$transaction(async (tx) => {
    const agency = await tx.agency.findUniqueOrThrow({ where: { id: actor.agencyId! }, select: { id: true, code: true } });
    const code = `TC-${await allocateDossierCode(tx, agency, now)}`;
    const row = await tx.counterRefusal.create({
      data: {
        code,
        agencyId: agency.id,
        procedureVersionId: p.versionId,
        officerId: actor.userId,
        channel,
        applicantName: fullName,
        applicantCitizenId: citizenId,
        applicant: input.applicant as unknown as Prisma.InputJsonValue,
        reason: parsed.data.reason,
        items: parsed.data.items as unknown as Prisma.InputJsonValue,
        createdAt: now,
      },
      select: { id: true, code: true },
    });
    await audit(tx, { actorId: actor.userId, action: "dossier.refuseAtCounter", entity: "CounterRefusal", entityId: row.id, data: { code, procedure: p.code, channel } });
    return row;
  });
}

/** One on-the-spot refusal, for its slip: only the desk that made it sees it. */
export async function getCounterRefusal(actor: Actor, id: string) {
  assertReception(actor);
  if (!UUID_RE.test(id)) throw notFound();
  const r = await db().counterRefusal.findUnique({ where: { id } });
  if (!r || r.agencyId !== actor.agencyId) throw notFound();
  const [agency, version, officer] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: r.agencyId }, select: { name: true, address: true, parent: { select: { name: true } } } }),
    db().procedureVersion.findUniqueOrThrow({ where: { id: r.procedureVersionId }, select: { name: true } }),
    db().user.findUnique({ where: { id: r.officerId }, select: { fullName: true } }),
  ]);
  return { ...r, items: (Array.isArray(r.items) ? r.items : []) as Array<{ name: string; note?: string }>, agency, procedureName: version.name, officerName: officer?.fullName ?? "" };
}

/** On-the-spot refusals of the officer's agency in a period (they count like refused dossiers). */
export async function countCounterRefusals(actor: Actor, from: Date, to: Date): Promise<number> {
  if (!actor.agencyId || actor.role === "CITIZEN") return 0;
  return db().counterRefusal.count({ where: { agencyId: actor.agencyId, createdAt: { gte: from, lt: to } } });
}

/** What the desk shows right after receiving: code, PIN (to hand over with the slip), due date. */
export async function counterReceiptSummary(actor: Actor, id: string) {
  assertReception(actor);
  if (!UUID_RE.test(id)) throw notFound();
  const d = await db().dossier.findUnique({
    where: { id },
    select: { id: true, code: true, applicantName: true, applicantId: true, dueAt: true, pinSealed: true, currentAgencyId: true, receivingAgencyId: true, procedureVersion: { select: { name: true } } },
  });
  if (!d || d.receivingAgencyId !== actor.agencyId || d.currentAgencyId !== actor.agencyId) throw notFound();
  let pin: string | null = null;
  try {
    pin = d.pinSealed ? unseal(d.pinSealed) : null;
  } catch {
    pin = null;
  }
  return { id: d.id, code: d.code, applicantName: d.applicantName, procedureName: d.procedureVersion.name, dueAt: d.dueAt, pin, linkedAccount: d.applicantId !== null };
}
