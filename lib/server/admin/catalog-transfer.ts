/**
 * The catalog as JSON, in the shape the seed uses (prisma/seed-data/types.ts, `SeedProcedure`), with
 * each procedure's form schema and its documents' upload limits. Export: every procedure's version in
 * effect. Import (province administrator): every record is checked first (shape, field, agencies,
 * life events, form, the checks before publishing); if any fails nothing changes and the answer names
 * each failing record and why. Otherwise each record becomes a new published version (superseding the
 * one in effect; dossiers keep theirs), in one transaction, then search is reindexed.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { publishIssues, type VersionRecord } from "@/lib/domain/admin/procedure-record";
import { safeParseFormSchema } from "@/lib/domain/forms";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { invalidateCatalogCaches } from "@/lib/server/catalog/cache";
import { indexProcedure, reindexCatalog } from "@/lib/server/catalog/reindex";
import { assertProvinceAdmin, type AdminActor } from "./access";

/**
 * The columns of a procedure version from a record in the catalog's JSON shape (the seed's shape):
 * one mapping for the demo seed and for an administrator's import.
 */
export function catalogVersionFields(p: Pick<CatalogProcedure, "name" | "level" | "audience" | "onlineLevel" | "channels" | "conditions" | "steps" | "numberOfSets" | "timeLimit" | "timeUnit" | "timeLimitText" | "fees" | "result" | "legalBasis" | "locationIndependent" | "publishedBy" | "publishedOn" | "route">) {
  return {
    name: p.name,
    level: p.level,
    audience: p.audience,
    onlineLevel: p.onlineLevel,
    channels: p.channels,
    conditions: p.conditions,
    steps: p.steps,
    numberOfSets: p.numberOfSets,
    timeLimitValue: new Prisma.Decimal(p.timeLimit),
    timeLimitUnit: p.timeUnit,
    timeLimitText: p.timeLimitText,
    fees: p.fees as unknown as Prisma.InputJsonValue,
    result: p.result,
    legalBasis: p.legalBasis as unknown as Prisma.InputJsonValue,
    locationIndependent: p.locationIndependent,
    publishedBy: p.publishedBy,
    publishedOn: new Date(`${p.publishedOn}T00:00:00Z`),
    route: p.route ? (p.route as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
  };
}

const BULK_FROM = 10;
const AGENCY_KINDS = ["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "SERVICE_CENTER", "POLICE", "SOCIAL_INSURANCE"] as const;
const TIME_UNITS = ["WORKING_DAY", "WORKING_HOUR", "SAME_DAY", "CALENDAR_DAY"] as const;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

const component = z.object({
  name: z.string().trim().min(2).max(500),
  form: z.enum(["ORIGINAL", "COPY", "CERTIFIED_COPY", "ORIGINAL_OR_COPY", "PRESENT_ORIGINAL"]),
  count: z.number().int().min(1).max(100),
  required: z.boolean(),
  templateName: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
  acceptedTypes: z.array(z.string().max(200)).min(1).max(20).optional(),
  maxSizeMb: z.number().int().min(1).max(100).optional(),
});

export const catalogProcedure = z.object({
  code: z.string().regex(/^[0-9A-Za-z.\-_]{1,40}$/),
  name: z.string().trim().min(5).max(500),
  fieldCode: z.string().min(1).max(40),
  lifeEventCodes: z.array(z.string()).max(20).default([]),
  level: z.enum(["PROVINCE", "COMMUNE"]),
  audience: z.enum(["CITIZEN", "BUSINESS", "BOTH"]),
  onlineLevel: z.enum(["FULL", "PARTIAL", "NONE"]),
  channels: z.array(z.enum(["COUNTER", "ONLINE", "POST"])).min(1),
  decidingAgencyCode: z.string().nullable().default(null),
  implementingAgencyCodes: z.array(z.string()).default([]),
  conditions: z.string().max(10_000).default(""),
  steps: z.array(z.string().min(1).max(2000)).min(1).max(50),
  components: z.array(component).max(50),
  numberOfSets: z.number().int().min(1).max(20).default(1),
  timeLimit: z.number().min(0).max(1000),
  timeUnit: z.enum(TIME_UNITS),
  timeLimitText: z.string().min(1).max(1000),
  fees: z.array(z.object({ name: z.string().min(1).max(500), amount: z.number().int().min(0), note: z.string().max(1000).optional(), legalBasis: z.string().max(500).optional() })).max(20),
  result: z.string().min(1).max(2000),
  legalBasis: z.array(z.object({ code: z.string().min(1).max(100), title: z.string().min(1).max(500), issuedOn: date.optional(), issuer: z.string().max(200).optional() })).max(50),
  locationIndependent: z.boolean().default(false),
  publishedBy: z.string().min(1).max(300),
  publishedOn: date,
  route: z
    .array(z.object({ agencyKind: z.enum(AGENCY_KINDS), agencyCode: z.string().optional(), description: z.string().min(1).max(500), timeLimit: z.number().min(0), timeUnit: z.enum(TIME_UNITS) }))
    .optional(),
  formSchema: z.unknown().optional(),
});
export type CatalogProcedure = z.output<typeof catalogProcedure>;

export const catalogDocument = z.object({ format: z.literal("motcua.catalog").optional(), version: z.literal(1).optional(), procedures: z.array(z.unknown()).min(1).max(5000) });

export interface ImportProblem {
  /** Position in the file (1-based) and the code, when it could be read. */
  index: number;
  code: string | null;
  problems: string[];
}

export type ImportResult = { ok: true; imported: string[] } | { ok: false; problems: ImportProblem[] };

const issueText = (i: z.core.$ZodIssue) => `${i.path.join(".") || "—"}: ${i.message}`;

/** Reads and checks the whole file; changes nothing. */
async function check(raw: unknown) {
  const doc = catalogDocument.safeParse(raw);
  if (!doc.success) return { problems: [{ index: 0, code: null, problems: doc.error.issues.map(issueText) }], records: [] };
  const [fields, agencies, lifeEvents] = await Promise.all([
    db().field.findMany({ select: { id: true, code: true } }),
    db().agency.findMany({ where: { active: true }, select: { id: true, code: true, kind: true } }),
    db().lifeEvent.findMany({ select: { id: true, code: true } }),
  ]);
  const fieldId = new Map(fields.map((f) => [f.code, f.id]));
  const agencyId = new Map(agencies.map((a) => [a.code, a.id]));
  const lifeEventId = new Map(lifeEvents.map((l) => [l.code, l.id]));
  const communes = agencies.filter((a) => a.kind === "COMMUNE").map((a) => a.id);
  const problems: ImportProblem[] = [];
  const records: Array<{ p: CatalogProcedure; fieldId: string; implementing: string[]; deciding: string | null; lifeEvents: string[]; form: unknown }> = [];
  const seen = new Set<string>();
  doc.data.procedures.forEach((item, i) => {
    const code = typeof (item as { code?: unknown })?.code === "string" ? ((item as { code: string }).code as string) : null;
    const parsed = catalogProcedure.safeParse(item);
    if (!parsed.success) {
      problems.push({ index: i + 1, code, problems: parsed.error.issues.map(issueText) });
      return;
    }
    const p = parsed.data;
    const list: string[] = [];
    if (seen.has(p.code)) list.push(`code: trùng mã trong tệp / duplicate code in the file`);
    seen.add(p.code);
    const fId = fieldId.get(p.fieldCode);
    if (!fId) list.push(`fieldCode: ${p.fieldCode} không có / unknown`);
    const unknownAgencies = [...p.implementingAgencyCodes, ...(p.decidingAgencyCode ? [p.decidingAgencyCode] : []), ...(p.route ?? []).flatMap((r) => (r.agencyCode ? [r.agencyCode] : []))].filter(
      (c) => !agencyId.has(c),
    );
    if (unknownAgencies.length) list.push(`agencies: ${unknownAgencies.join(", ")} không có hoặc đã ngừng hoạt động / unknown or inactive`);
    const unknownEvents = p.lifeEventCodes.filter((c) => !lifeEventId.has(c));
    if (unknownEvents.length) list.push(`lifeEventCodes: ${unknownEvents.join(", ")} không có / unknown`);
    const form = p.formSchema ?? null;
    if (form !== null && !safeParseFormSchema(form).success) list.push("formSchema: tờ khai không hợp lệ / the form does not parse");
    const implementing = p.implementingAgencyCodes.length ? p.implementingAgencyCodes.map((c) => agencyId.get(c) ?? "") : p.level === "COMMUNE" ? communes : [];
    const record: VersionRecord = {
      name: p.name,
      level: p.level,
      audience: p.audience,
      onlineLevel: p.onlineLevel,
      channels: p.channels,
      locationIndependent: p.locationIndependent,
      conditions: p.conditions,
      steps: p.steps,
      numberOfSets: p.numberOfSets,
      timeLimitValue: p.timeLimit,
      timeLimitUnit: p.timeUnit,
      timeLimitText: p.timeLimitText,
      fees: p.fees,
      result: p.result,
      legalBasis: p.legalBasis,
      components: p.components.map((c) => ({ ...c, note: c.note ?? "", templateName: c.templateName ?? null, acceptedTypes: c.acceptedTypes ?? [], maxSizeMb: c.maxSizeMb ?? 10 })),
      implementingCodes: p.implementingAgencyCodes,
      decidingCode: p.decidingAgencyCode,
      lifeEventCodes: p.lifeEventCodes,
      route: p.route ?? null,
    } as VersionRecord;
    // The same checks as publishing in the browser (an online procedure needs a form, the route adds up, …).
    for (const issue of publishIssues(record, form)) list.push(`${issue.field}: ${issue.key}`);
    if (list.length) problems.push({ index: i + 1, code: p.code, problems: list });
    else records.push({ p, fieldId: fId!, implementing, deciding: p.decidingAgencyCode ? agencyId.get(p.decidingAgencyCode)! : null, lifeEvents: p.lifeEventCodes.map((c) => lifeEventId.get(c)!), form });
  });
  return { problems, records };
}

/** Checks the whole file, then imports every record or none. */
export async function importCatalog(actor: AdminActor, raw: unknown, now = new Date()): Promise<ImportResult> {
  assertProvinceAdmin(actor);
  const { problems, records } = await check(raw);
  if (problems.length) return { ok: false, problems };
  const procedureIds = await db().$transaction(
    async (tx) => {
      const ids: string[] = [];
      for (const { p, fieldId, implementing, deciding, lifeEvents, form } of records) {
        const existing = await tx.procedure.findUnique({ where: { code: p.code }, include: { versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } });
        if (existing && (await tx.procedureVersion.count({ where: { procedureId: existing.id, status: "DRAFT" } })) > 0) {
          throw new ImportConflict(p.code);
        }
        const procedure = existing ?? (await tx.procedure.create({ data: { code: p.code, fieldId } }));
        if (existing && existing.fieldId !== fieldId) await tx.procedure.update({ where: { id: existing.id }, data: { fieldId } });
        const version = await tx.procedureVersion.create({
          data: {
            procedureId: procedure.id,
            version: (existing?.versions[0]?.version ?? 0) + 1,
            status: "DRAFT",
            ...catalogVersionFields(p),
            formSchema: form === null ? Prisma.DbNull : (form as Prisma.InputJsonValue),
            components: {
              create: p.components.map((c, position) => ({
                position,
                name: c.name,
                form: c.form,
                count: c.count,
                required: c.required,
                templateName: c.templateName ?? null,
                note: c.note ?? "",
                ...(c.acceptedTypes ? { acceptedTypes: c.acceptedTypes } : {}),
                ...(c.maxSizeMb ? { maxSizeMb: c.maxSizeMb } : {}),
              })),
            },
            lifeEvents: { create: lifeEvents.map((lifeEventId) => ({ lifeEventId })) },
            agencies: { create: [...implementing.map((agencyId) => ({ agencyId, role: "IMPLEMENTING" as const })), ...(deciding ? [{ agencyId: deciding, role: "DECIDING" as const }] : [])] },
          },
        });
        const previous = existing?.currentVersionId ?? null;
        if (previous) await tx.procedureVersion.updateMany({ where: { id: previous, status: "PUBLISHED" }, data: { status: "SUPERSEDED" } });
        await tx.procedureVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: now } });
        await tx.procedure.update({ where: { id: procedure.id }, data: { currentVersionId: version.id, endedAt: null, successorCode: null } });
        ids.push(procedure.id);
      }
      await audit(tx, { actorId: actor.userId, action: "catalog.import", entity: "Procedure", entityId: null, data: { codes: records.map((r) => r.p.code) } });
      return ids;
    },
    { timeout: 300_000 },
  ).catch((e: unknown) => {
    if (e instanceof ImportConflict) return e;
    throw e;
  });
  if (procedureIds instanceof ImportConflict) {
    const index = records.findIndex((r) => r.p.code === procedureIds.code) + 1;
    return { ok: false, problems: [{ index, code: procedureIds.code, problems: ["draft: thủ tục đang có bản nháp; hãy công bố hoặc xóa bản nháp trước / the procedure has an open draft"] }] };
  }
  // A few records: each indexed; a whole catalog: the index rebuilt once (much faster).
  if (procedureIds.length <= BULK_FROM) for (const id of procedureIds) await indexProcedure(db(), id);
  else await reindexCatalog(db());
  invalidateCatalogCaches();
  return { ok: true, imported: records.map((r) => r.p.code) };
}

class ImportConflict extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Every procedure's version in effect, in the import's shape. */
export async function exportCatalog(actor: AdminActor) {
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") assertProvinceAdmin(actor);
  const rows = await db().procedure.findMany({
    where: { currentVersionId: { not: null } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      field: { select: { code: true } },
      currentVersion: {
        include: {
          components: { orderBy: { position: "asc" } },
          agencies: { include: { agency: { select: { code: true, kind: true } } } },
          lifeEvents: { include: { lifeEvent: { select: { code: true } } } },
        },
      },
    },
  });
  const communeCount = await db().agency.count({ where: { kind: "COMMUNE", active: true } });
  const procedures = rows.flatMap((r) => {
    const v = r.currentVersion;
    if (!v) return [];
    const implementing = v.agencies.filter((a) => a.role === "IMPLEMENTING").map((a) => a.agency.code).sort();
    // "Every commune" is written as the seed writes it: no list.
    const everyCommune = v.level === "COMMUNE" && implementing.length === communeCount && v.agencies.filter((a) => a.role === "IMPLEMENTING").every((a) => a.agency.kind === "COMMUNE");
    return [
      {
        code: r.code,
        name: v.name,
        fieldCode: r.field.code,
        lifeEventCodes: v.lifeEvents.map((l) => l.lifeEvent.code).sort(),
        level: v.level,
        audience: v.audience,
        onlineLevel: v.onlineLevel,
        channels: v.channels,
        decidingAgencyCode: v.agencies.find((a) => a.role === "DECIDING")?.agency.code ?? null,
        implementingAgencyCodes: everyCommune ? [] : implementing,
        conditions: v.conditions,
        steps: v.steps,
        components: v.components.map((c) => ({
          name: c.name,
          form: c.form,
          count: c.count,
          required: c.required,
          ...(c.templateName ? { templateName: c.templateName } : {}),
          ...(c.note ? { note: c.note } : {}),
          acceptedTypes: c.acceptedTypes,
          maxSizeMb: c.maxSizeMb,
        })),
        numberOfSets: v.numberOfSets,
        timeLimit: Number(v.timeLimitValue),
        timeUnit: v.timeLimitUnit,
        timeLimitText: v.timeLimitText,
        fees: v.fees,
        result: v.result,
        legalBasis: v.legalBasis,
        locationIndependent: v.locationIndependent,
        publishedBy: v.publishedBy,
        publishedOn: v.publishedOn ? v.publishedOn.toISOString().slice(0, 10) : (v.publishedAt ?? v.createdAt).toISOString().slice(0, 10),
        ...(v.route ? { route: v.route } : {}),
        ...(v.formSchema ? { formSchema: v.formSchema } : {}),
      },
    ];
  });
  return { format: "motcua.catalog" as const, version: 1 as const, exportedAt: new Date().toISOString(), procedures };
}
