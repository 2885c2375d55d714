/**
 * The catalog as administrators see it: drafts, scheduled, published, superseded and ended
 * versions; creating and editing drafts; publishing (now or on a day); ending a procedure.
 *
 * Publishing writes a new immutable version (the database freezes it), supersedes the previous
 * one, reindexes search (indexProcedure) and clears the catalog caches. Dossiers keep pointing at
 * the version they were filed under.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseVersionRecord, procedureCodeInput, publishIssues, recordToInputs, type RawRecord, type RecordIssue, type VersionRecord } from "@/lib/domain/admin/procedure-record";
import { calendarDateSchema } from "@/lib/domain/calendar-date";
import { audit } from "@/lib/server/audit";
import { indexProcedure } from "@/lib/server/catalog/reindex";
import { invalidateCatalogCaches } from "@/lib/server/catalog/cache";
import { AppError, conflict, notFound, validation } from "@/lib/server/errors";
import { assertAgenciesInScope, assertCanChange, assertProvinceAdmin, type AdminActor } from "./access";

export type VersionState = "draft" | "scheduled" | "published" | "superseded" | "ended";
export const VERSION_STATES = ["draft", "scheduled", "published", "superseded", "ended"] as const;

const versionInclude = {
  procedure: { include: { field: true } },
  components: { orderBy: { position: "asc" as const } },
  agencies: { include: { agency: { select: { id: true, code: true, path: true } } } },
  lifeEvents: { include: { lifeEvent: { select: { code: true } } } },
} as const;

type LoadedVersion = Prisma.ProcedureVersionGetPayload<{ include: typeof versionInclude }>;

export function stateOf(v: { status: string; scheduledAt: Date | null; procedure: { endedAt: Date | null; currentVersionId: string | null }; id: string }): VersionState {
  if (v.status === "DRAFT") return v.scheduledAt ? "scheduled" : "draft";
  if (v.status === "SUPERSEDED") return "superseded";
  return v.procedure.endedAt && v.procedure.currentVersionId === v.id ? "ended" : "published";
}

const stateWhere = (state: VersionState | undefined): Prisma.ProcedureVersionWhereInput => {
  switch (state) {
    case "draft":
      return { status: "DRAFT", scheduledAt: null };
    case "scheduled":
      return { status: "DRAFT", scheduledAt: { not: null } };
    case "superseded":
      return { status: "SUPERSEDED" };
    case "published":
      return { status: "PUBLISHED", procedure: { endedAt: null } };
    case "ended":
      return { status: "PUBLISHED", procedure: { endedAt: { not: null } } };
    default:
      return {};
  }
};

/** Versions an agency administrator may touch: those their subtree implements or decides. */
function scopeWhere(actor: AdminActor): Prisma.ProcedureVersionWhereInput {
  if (actor.role !== "AGENCY_ADMIN") return {};
  return { agencies: { some: { agency: { path: { startsWith: actor.agencyPath ?? "/none/" } } } } };
}

export const listInput = z.object({
  q: z.string().trim().max(200).optional().default(""),
  state: z.enum(VERSION_STATES).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional().default(1),
});

export async function listAdminVersions(actor: AdminActor, raw: unknown) {
  const input = listInput.safeParse(raw);
  const { q, state, page } = input.success ? input.data : { q: "", state: undefined, page: 1 };
  const where: Prisma.ProcedureVersionWhereInput = {
    AND: [
      stateWhere(state),
      scopeWhere(actor),
      q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { procedure: { code: { contains: q } } }] } : {},
    ],
  };
  const take = 50;
  const [total, rows] = await Promise.all([
    db().procedureVersion.count({ where }),
    db().procedureVersion.findMany({
      where,
      orderBy: [{ procedure: { code: "asc" } }, { version: "desc" }],
      skip: (page - 1) * take,
      take,
      select: { id: true, version: true, name: true, status: true, scheduledAt: true, publishedOn: true, procedure: { select: { id: true, code: true, endedAt: true, currentVersionId: true } } },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / take)), q, state, rows: rows.map((r) => ({ ...r, state: stateOf(r) })) };
}

function recordOf(v: LoadedVersion): VersionRecord {
  const arr = <T,>(x: unknown) => (Array.isArray(x) ? (x as T[]) : []);
  return {
    name: v.name,
    level: v.level,
    audience: v.audience,
    onlineLevel: v.onlineLevel,
    channels: v.channels.filter((c): c is VersionRecord["channels"][number] => c === "COUNTER" || c === "ONLINE" || c === "POST"),
    conditions: v.conditions,
    steps: arr<string>(v.steps).filter((s) => typeof s === "string"),
    numberOfSets: v.numberOfSets,
    timeLimitValue: Number(v.timeLimitValue),
    timeLimitUnit: v.timeLimitUnit,
    timeLimitText: v.timeLimitText,
    fees: arr<VersionRecord["fees"][number]>(v.fees),
    result: v.result,
    legalBasis: arr<VersionRecord["legalBasis"][number]>(v.legalBasis),
    locationIndependent: v.locationIndependent,
    implementingCodes: v.agencies.filter((a) => a.role === "IMPLEMENTING").map((a) => a.agency.code).sort(),
    decidingCode: v.agencies.find((a) => a.role === "DECIDING")?.agency.code ?? null,
    lifeEventCodes: v.lifeEvents.map((l) => l.lifeEvent.code).sort(),
    components: v.components.map((c) => ({ name: c.name, form: c.form, count: c.count, required: c.required, acceptedTypes: c.acceptedTypes, maxSizeMb: c.maxSizeMb, templateName: c.templateName, note: c.note })),
    route: v.route ? arr<NonNullable<VersionRecord["route"]>[number]>(v.route) : null,
  };
}

async function loadVersion(client: Prisma.TransactionClient | PrismaClient, actor: AdminActor, versionId: string): Promise<LoadedVersion> {
  if (!z.uuid().safeParse(versionId).success) throw notFound();
  const v = await client.procedureVersion.findFirst({ where: { id: versionId, ...scopeWhere(actor) }, include: versionInclude });
  if (!v) throw notFound();
  return v;
}

export interface VersionView {
  id: string;
  procedureId: string;
  code: string;
  fieldCode: string;
  version: number;
  state: VersionState;
  record: VersionRecord;
  inputs: Record<string, string | string[]>;
  formSchema: unknown;
  decisionNumber: string | null;
  decisionSigner: string | null;
  publishedOn: string | null;
  scheduledAt: Date | null;
  successorCode: string | null;
  endedAt: Date | null;
  issues: RecordIssue[];
  versions: Array<{ id: string; version: number; state: VersionState }>;
}

export async function getAdminVersion(actor: AdminActor, versionId: string): Promise<VersionView> {
  const v = await loadVersion(db(), actor, versionId);
  const record = recordOf(v);
  const siblings = await db().procedureVersion.findMany({
    where: { procedureId: v.procedureId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true, scheduledAt: true, procedure: { select: { endedAt: true, currentVersionId: true } } },
  });
  return {
    id: v.id,
    procedureId: v.procedureId,
    code: v.procedure.code,
    fieldCode: v.procedure.field.code,
    version: v.version,
    state: stateOf(v),
    record,
    inputs: recordToInputs(record),
    formSchema: v.formSchema,
    decisionNumber: v.decisionNumber,
    decisionSigner: v.decisionSigner,
    publishedOn: v.publishedOn ? v.publishedOn.toISOString().slice(0, 10) : null,
    scheduledAt: v.scheduledAt,
    successorCode: v.procedure.successorCode,
    endedAt: v.procedure.endedAt,
    issues: v.status === "DRAFT" ? publishIssues(record, v.formSchema) : [],
    versions: siblings.map((s) => ({ id: s.id, version: s.version, state: stateOf({ ...s, id: s.id }) })),
  };
}

/** Writes a record onto a draft version (children replaced). */
async function writeRecord(tx: Prisma.TransactionClient, versionId: string, r: VersionRecord): Promise<void> {
  const codes = [...new Set([...r.implementingCodes, ...(r.decidingCode ? [r.decidingCode] : [])])];
  const agencies = await tx.agency.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, active: true } });
  const byCode = new Map(agencies.filter((a) => a.active).map((a) => [a.code, a.id]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length) throw validation("admin.errors.unknownAgency", { codes: unknown.join(", ") });
  const events = await tx.lifeEvent.findMany({ where: { code: { in: r.lifeEventCodes } }, select: { id: true } });
  await tx.procedureVersion.update({
    where: { id: versionId },
    data: {
      name: r.name,
      level: r.level,
      audience: r.audience,
      onlineLevel: r.onlineLevel,
      channels: r.channels,
      conditions: r.conditions,
      steps: r.steps,
      numberOfSets: r.numberOfSets,
      timeLimitValue: r.timeLimitValue,
      timeLimitUnit: r.timeLimitUnit,
      timeLimitText: r.timeLimitText,
      fees: r.fees as unknown as Prisma.InputJsonValue,
      result: r.result,
      legalBasis: r.legalBasis as unknown as Prisma.InputJsonValue,
      locationIndependent: r.locationIndependent,
      route: r.route ? (r.route as unknown as Prisma.InputJsonValue) : undefined,
    },
  });
  if (!r.route) await tx.$executeRaw`UPDATE "ProcedureVersion" SET "route" = NULL WHERE "id" = ${versionId}::uuid`;
  await tx.dossierComponent.deleteMany({ where: { versionId } });
  await tx.procedureAgency.deleteMany({ where: { versionId } });
  await tx.procedureLifeEvent.deleteMany({ where: { versionId } });
  if (r.components.length) await tx.dossierComponent.createMany({ data: r.components.map((c, i) => ({ versionId, position: i + 1, ...c })) });
  const links = [
    ...r.implementingCodes.map((c) => ({ versionId, agencyId: byCode.get(c)!, role: "IMPLEMENTING" as const })),
    ...(r.decidingCode ? [{ versionId, agencyId: byCode.get(r.decidingCode)!, role: "DECIDING" as const }] : []),
  ];
  if (links.length) await tx.procedureAgency.createMany({ data: links });
  if (events.length) await tx.procedureLifeEvent.createMany({ data: events.map((e) => ({ versionId, lifeEventId: e.id })) });
}

/** Agencies an agency administrator's draft must name: at least one, all within their subtree. */
async function assertRecordInScope(tx: Prisma.TransactionClient, actor: AdminActor, r: VersionRecord): Promise<void> {
  if (actor.role !== "AGENCY_ADMIN") return;
  const codes = [...r.implementingCodes, ...(r.decidingCode ? [r.decidingCode] : [])];
  const rows = await tx.agency.findMany({ where: { code: { in: codes } }, select: { id: true } });
  await assertAgenciesInScope(actor, rows.map((x) => x.id));
}

export const newProcedureInput = z.object({
  code: procedureCodeInput,
  fieldCode: z.string().trim().min(1).max(40),
  name: z.string().trim().min(5).max(1000),
  level: z.enum(["PROVINCE", "COMMUNE"]).default("COMMUNE"),
});

/** A new procedure with an empty first draft. */
export async function createProcedure(actor: AdminActor, raw: unknown): Promise<{ versionId: string }> {
  assertCanChange(actor);
  const parsed = newProcedureInput.safeParse(raw);
  if (!parsed.success) throw validation("admin.errors.newProcedure");
  const { code, fieldCode, name, level } = parsed.data;
  return db().$transaction(async (tx) => {
    const field = await tx.field.findUnique({ where: { code: fieldCode } });
    if (!field) throw validation("admin.errors.newProcedure");
    if (await tx.procedure.findUnique({ where: { code } })) throw conflict("admin.errors.codeTaken");
    const procedure = await tx.procedure.create({ data: { code, fieldId: field.id } });
    const version = await tx.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        version: 1,
        status: "DRAFT",
        name,
        level,
        audience: "CITIZEN",
        onlineLevel: "NONE",
        channels: ["COUNTER"],
        steps: [],
        timeLimitValue: 0,
        timeLimitUnit: "WORKING_DAY",
        timeLimitText: "",
        fees: [],
        result: "",
        legalBasis: [],
      },
    });
    if (actor.role === "AGENCY_ADMIN" && actor.agencyId) {
      await tx.procedureAgency.create({ data: { versionId: version.id, agencyId: actor.agencyId, role: "IMPLEMENTING" } });
    }
    await audit(tx, { actorId: actor.userId, action: "procedure.create", entity: "Procedure", entityId: procedure.id, data: { code, name, fieldCode } });
    return { versionId: version.id };
  });
}

/** A draft copied from the procedure's latest version (its current published one, or the newest). */
export async function createDraftFrom(actor: AdminActor, versionId: string): Promise<{ versionId: string }> {
  assertCanChange(actor);
  return db().$transaction(async (tx) => {
    const source = await loadVersion(tx, actor, versionId);
    const open = await tx.procedureVersion.findFirst({ where: { procedureId: source.procedureId, status: "DRAFT" }, select: { id: true } });
    if (open) throw conflict("admin.errors.draftExists", { versionId: open.id });
    const last = await tx.procedureVersion.aggregate({ where: { procedureId: source.procedureId }, _max: { version: true } });
    const copy = await tx.procedureVersion.create({
      data: {
        procedureId: source.procedureId,
        version: (last._max.version ?? 0) + 1,
        status: "DRAFT",
        name: source.name,
        level: source.level,
        audience: source.audience,
        onlineLevel: source.onlineLevel,
        channels: source.channels,
        conditions: source.conditions,
        steps: source.steps as Prisma.InputJsonValue,
        numberOfSets: source.numberOfSets,
        timeLimitValue: source.timeLimitValue,
        timeLimitUnit: source.timeLimitUnit,
        timeLimitText: source.timeLimitText,
        fees: source.fees as Prisma.InputJsonValue,
        result: source.result,
        legalBasis: source.legalBasis as Prisma.InputJsonValue,
        locationIndependent: source.locationIndependent,
        formSchema: (source.formSchema ?? undefined) as Prisma.InputJsonValue | undefined,
        route: (source.route ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
    await tx.dossierComponent.createMany({
      data: source.components.map(({ id: _id, versionId: _v, ...c }) => ({ ...c, versionId: copy.id })),
    });
    if (source.agencies.length) await tx.procedureAgency.createMany({ data: source.agencies.map((a) => ({ versionId: copy.id, agencyId: a.agencyId, role: a.role })) });
    if (source.lifeEvents.length) await tx.procedureLifeEvent.createMany({ data: source.lifeEvents.map((l) => ({ versionId: copy.id, lifeEventId: l.lifeEventId })) });
    await audit(tx, { actorId: actor.userId, action: "procedure.draft", entity: "ProcedureVersion", entityId: copy.id, data: { from: source.id, version: copy.version } });
    return { versionId: copy.id };
  });
}

/** Saves the edit page onto a draft. Problems that stop saving are returned, nothing is written then. */
export async function updateDraft(actor: AdminActor, versionId: string, raw: RawRecord): Promise<{ issues: RecordIssue[] }> {
  assertCanChange(actor);
  const { record, issues } = parseVersionRecord(raw);
  if (issues.length) return { issues };
  try {
    await db().$transaction(async (tx) => {
      const v = await loadVersion(tx, actor, versionId);
      if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
      if (v.scheduledAt) throw conflict("admin.errors.scheduled");
      await assertRecordInScope(tx, actor, record);
      const before = recordToInputs(recordOf(v));
      await writeRecord(tx, versionId, record);
      const after = recordToInputs(record);
      const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      await audit(tx, {
        actorId: actor.userId,
        action: "procedure.edit",
        entity: "ProcedureVersion",
        entityId: versionId,
        data: { before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])) } as Prisma.InputJsonValue,
      });
    });
  } catch (e) {
    if (e instanceof AppError && e.messageKey === "admin.errors.unknownAgency") return { issues: [{ field: "implementingCodes", key: "unknownAgency" }] };
    throw e;
  }
  return { issues: [] };
}

/** Saves a draft's application form (checked with the filing's own zod parsing at publication). */
export async function saveDraftForm(actor: AdminActor, versionId: string, form: unknown): Promise<void> {
  assertCanChange(actor);
  await db().$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, versionId);
    if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
    if (v.scheduledAt) throw conflict("admin.errors.scheduled");
    await tx.procedureVersion.update({ where: { id: versionId }, data: { formSchema: form as Prisma.InputJsonValue } });
    await audit(tx, { actorId: actor.userId, action: "procedure.form", entity: "ProcedureVersion", entityId: versionId, data: { before: (v.formSchema ?? null) as Prisma.InputJsonValue, after: form as Prisma.InputJsonValue } });
  });
}

export async function deleteDraft(actor: AdminActor, versionId: string): Promise<void> {
  assertCanChange(actor);
  await db().$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, versionId);
    if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
    await tx.procedureVersion.delete({ where: { id: versionId } });
    const others = await tx.procedureVersion.count({ where: { procedureId: v.procedureId } });
    if (others === 0) await tx.procedure.delete({ where: { id: v.procedureId } });
    await audit(tx, { actorId: actor.userId, action: "procedure.deleteDraft", entity: "ProcedureVersion", entityId: versionId, data: { code: v.procedure.code, version: v.version } });
  });
}

export const publishInput = z.object({
  decisionNumber: z.string().trim().min(3).max(100),
  decisionDate: calendarDateSchema,
  signer: z.string().trim().min(3).max(200),
  /** Empty = now; otherwise the day it takes effect (00:00 Vietnam time). */
  effectiveOn: z.union([z.literal(""), calendarDateSchema]).optional().default(""),
});

/** 00:00 in Vietnam (UTC+7) of an ISO date. */
const vietnamMidnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+07:00`));

/**
 * Publishes a draft now, or schedules it for its effective day. Province administrator only.
 * Refuses a draft that is not complete (publishIssues) with the list of problems.
 */
export async function publishVersion(actor: AdminActor, versionId: string, raw: unknown, now = new Date()): Promise<{ published: boolean; issues: RecordIssue[] }> {
  assertProvinceAdmin(actor);
  const parsed = publishInput.safeParse(raw);
  if (!parsed.success) return { published: false, issues: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "decision"), key: "decision" })) };
  const { decisionNumber, decisionDate, signer, effectiveOn } = parsed.data;
  if (Number.isNaN(Date.parse(`${decisionDate}T00:00:00Z`))) return { published: false, issues: [{ field: "decisionDate", key: "decision" }] };
  const at = effectiveOn ? vietnamMidnight(effectiveOn) : now;
  if (Number.isNaN(at.getTime())) return { published: false, issues: [{ field: "effectiveOn", key: "decision" }] };
  const v = await loadVersion(db(), actor, versionId);
  if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
  const issues = publishIssues(recordOf(v), v.formSchema);
  if (issues.length) return { published: false, issues };
  const decision = `Quyết định số ${decisionNumber} ngày ${decisionDate.split("-").reverse().join("/")}`;
  if (at.getTime() > now.getTime()) {
    await db().$transaction(async (tx) => {
      await tx.procedureVersion.update({ where: { id: versionId, status: "DRAFT" }, data: { decisionNumber, decisionSigner: signer, publishedBy: decision, publishedOn: new Date(`${decisionDate}T00:00:00Z`), scheduledAt: at } });
      await audit(tx, { actorId: actor.userId, action: "procedure.schedule", entity: "ProcedureVersion", entityId: versionId, data: { decisionNumber, decisionDate, signer, effectiveAt: at.toISOString() } });
    });
    return { published: false, issues: [] };
  }
  await db().$transaction(async (tx) => {
    await tx.procedureVersion.update({ where: { id: versionId, status: "DRAFT" }, data: { decisionNumber, decisionSigner: signer, publishedBy: decision, publishedOn: new Date(`${decisionDate}T00:00:00Z`) } });
    await publishInTx(tx, versionId, actor.userId, now);
  });
  await afterPublish(v.procedureId);
  return { published: true, issues: [] };
}

/** Withdraws the schedule of a scheduled draft (it becomes an editable draft again). */
export async function unscheduleVersion(actor: AdminActor, versionId: string): Promise<void> {
  assertProvinceAdmin(actor);
  await db().$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, versionId);
    if (v.status !== "DRAFT" || !v.scheduledAt) throw conflict("admin.errors.notScheduled");
    await tx.procedureVersion.update({ where: { id: versionId }, data: { scheduledAt: null } });
    await audit(tx, { actorId: actor.userId, action: "procedure.unschedule", entity: "ProcedureVersion", entityId: versionId, data: { before: { scheduledAt: v.scheduledAt.toISOString() }, after: { scheduledAt: null } } });
  });
}

/** Inside a transaction: the draft becomes the published version, the previous one is superseded. */
async function publishInTx(tx: Prisma.TransactionClient, versionId: string, actorId: string | null, now: Date): Promise<void> {
  const v = await tx.procedureVersion.findUniqueOrThrow({ where: { id: versionId }, include: { procedure: true } });
  if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
  const previous = v.procedure.currentVersionId;
  if (previous) await tx.procedureVersion.updateMany({ where: { id: previous, status: "PUBLISHED" }, data: { status: "SUPERSEDED" } });
  await tx.procedureVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: now, scheduledAt: null, effectStatus: "IN_EFFECT" } });
  await tx.procedure.update({ where: { id: v.procedureId }, data: { currentVersionId: versionId, endedAt: null, successorCode: null } });
  await audit(tx, {
    actorId,
    action: "procedure.publish",
    entity: "ProcedureVersion",
    entityId: versionId,
    data: { code: v.procedure.code, version: v.version, supersedes: previous, decision: v.publishedBy },
  });
}

async function afterPublish(procedureId: string): Promise<void> {
  await indexProcedure(db(), procedureId);
  invalidateCatalogCaches();
}

/**
 * Publishes every scheduled draft whose day has come. A plain function: the worker calls it
 * (every few minutes); returns the codes published.
 */
export async function publishDueVersions(now = new Date()): Promise<string[]> {
  const due = await db().procedureVersion.findMany({
    where: { status: "DRAFT", scheduledAt: { lte: now } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, procedureId: true, procedure: { select: { code: true } } },
  });
  const done: string[] = [];
  for (const d of due) {
    try {
      await db().$transaction(async (tx) => {
        // Taken under a row lock so that two workers never publish it twice.
        const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "ProcedureVersion" WHERE "id" = ${d.id}::uuid AND "status" = 'DRAFT' AND "scheduledAt" <= ${now} FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return;
        await publishInTx(tx, d.id, null, now);
      }, { maxWait: 10_000, timeout: 30_000 });
      await afterPublish(d.procedureId);
      done.push(d.procedure.code);
    } catch (e) {
      console.error(`publishDueVersions: ${d.procedure.code}`, e);
    }
  }
  return done;
}

export const endInput = z.object({ successorCode: z.union([z.literal(""), procedureCodeInput]).optional().default("") });

/** Ends a procedure's effect: no new filings; its page says so and names its successor. */
export async function endProcedure(actor: AdminActor, procedureId: string, raw: unknown): Promise<void> {
  assertProvinceAdmin(actor);
  const parsed = endInput.safeParse(raw);
  if (!parsed.success || !z.uuid().safeParse(procedureId).success) throw validation("admin.errors.successor");
  const successor = parsed.data.successorCode || null;
  await db().$transaction(async (tx) => {
    const p = await tx.procedure.findUnique({ where: { id: procedureId } });
    if (!p || !p.currentVersionId) throw notFound();
    if (p.endedAt) throw conflict("admin.errors.alreadyEnded");
    if (successor) {
      const s = await tx.procedure.findUnique({ where: { code: successor }, select: { id: true, currentVersionId: true } });
      if (!s || s.id === p.id) throw validation("admin.errors.successor");
    }
    await tx.procedure.update({ where: { id: procedureId }, data: { endedAt: new Date(), successorCode: successor } });
    await audit(tx, { actorId: actor.userId, action: "procedure.end", entity: "Procedure", entityId: procedureId, data: { code: p.code, successorCode: successor } });
  });
  invalidateCatalogCaches();
}

/** Two versions of the same procedure, field by field. */
export async function compareVersions(actor: AdminActor, aId: string, bId: string) {
  const [a, b] = await Promise.all([loadVersion(db(), actor, aId), loadVersion(db(), actor, bId)]);
  if (a.procedureId !== b.procedureId) throw notFound();
  const ai: Record<string, string | string[]> = { ...recordToInputs(recordOf(a)), form: JSON.stringify(a.formSchema ?? null, null, 1) };
  const bi: Record<string, string | string[]> = { ...recordToInputs(recordOf(b)), form: JSON.stringify(b.formSchema ?? null, null, 1) };
  return { code: a.procedure.code, a: { id: a.id, version: a.version }, b: { id: b.id, version: b.version }, ai, bi };
}

/** Fields and life events to choose from on the edit pages. */
export async function catalogChoices() {
  const [fields, lifeEvents] = await Promise.all([
    db().field.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, nameEn: true } }),
    db().lifeEvent.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, nameEn: true } }),
  ]);
  return { fields, lifeEvents };
}

/**
 * How many of these (published) versions are published in full: the checks a draft must pass before
 * publishing find nothing. The service index's publicity group counts them (lib/domain/statistics).
 */
export async function countPublishedInFull(client: Prisma.TransactionClient | PrismaClient, versionIds: string[]): Promise<number> {
  if (versionIds.length === 0) return 0;
  const versions = await client.procedureVersion.findMany({ where: { id: { in: versionIds } }, include: versionInclude });
  return versions.filter((v) => publishIssues(recordOf(v), v.formSchema).length === 0).length;
}
