/**
 * Agencies: the tree (any depth), creation, renaming (the old name is kept, with the day it ended),
 * official codes, contact details and opening hours; merging agency A into B (communes merged by a
 * resolution) with a dry run first; dissolving an agency that has no open dossiers.
 *
 * Merging: A's open dossiers move to B, each with a status event that names the resolution; A's
 * officers move to B or are deactivated, chosen per person; A's sub-agencies move under B; A stays
 * as an inactive record merged into B, so its dossiers keep their codes (A's code), the tracking
 * and the register find them by that code, and the statistics keep A's history under A.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { AGENCY_CODE_RE, buildAgencyTree, childPath, flattenAgencyTree, inSubtree, movedPath } from "@/lib/domain/admin/agency-tree";
import { OPEN_STATUSES } from "@/lib/domain/workflow/statuses";
import type { AgencyKind, Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { toLocalDate } from "@/lib/domain/calendar";
import { conflict, notFound, validation } from "@/lib/server/errors";
import { createDraftFrom, publishVersion } from "./procedures";
import { agencyPathInScope, agencyScopeWhere, assertCanChange, assertProvinceAdmin, type AdminActor } from "./access";

type Tx = Prisma.TransactionClient;

export const AGENCY_KINDS = ["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "SERVICE_CENTER", "POLICE", "SOCIAL_INSURANCE"] as const satisfies readonly AgencyKind[];

const uuid = z.uuid();

/** Every agency the actor may see, as a tree in reading order. */
export async function listAgencyTree(actor: AdminActor) {
  const rows = await db().agency.findMany({
    where: agencyScopeWhere(actor),
    select: { id: true, parentId: true, code: true, name: true, kind: true, active: true, mergedInto: { select: { code: true, name: true } }, dissolvedAt: true },
  });
  return flattenAgencyTree(buildAgencyTree(rows));
}

async function loadAgency(client: Tx, actor: AdminActor, id: string) {
  if (!uuid.safeParse(id).success) throw notFound();
  const a = await client.agency.findUnique({ where: { id }, include: { parent: { select: { id: true, code: true, name: true } } } });
  if (!a || !agencyPathInScope(actor, a.path)) throw notFound();
  return a;
}

export async function getAgency(actor: AdminActor, id: string) {
  const a = await loadAgency(db(), actor, id);
  const [children, officers, openDossiers, formerNames, mergedFrom, mergedInto] = await Promise.all([
    db().agency.findMany({ where: { parentId: a.id }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, active: true } }),
    db().user.count({ where: { agencyId: a.id, active: true } }),
    db().dossier.count({ where: { currentAgencyId: a.id, status: { in: OPEN_STATUSES } } }),
    db().agencyFormerName.findMany({ where: { agencyId: a.id }, orderBy: { until: "desc" }, select: { name: true, nameEn: true, until: true } }),
    db().agency.findMany({ where: { mergedIntoId: a.id }, select: { id: true, code: true, name: true, mergedAt: true } }),
    a.mergedIntoId ? db().agency.findUnique({ where: { id: a.mergedIntoId }, select: { id: true, code: true, name: true } }) : null,
  ]);
  return { ...a, children, officers, openDossiers, formerNames, mergedFrom, mergedInto };
}

const text = (max: number) => z.string().trim().max(max);

export const agencyInput = z.object({
  code: z.string().trim().toUpperCase().regex(AGENCY_CODE_RE),
  name: z.string().trim().min(5).max(200),
  nameEn: text(200).optional().default(""),
  kind: z.enum(AGENCY_KINDS),
  parentCode: text(40).optional().default(""),
  address: text(300).optional().default(""),
  phone: z.union([z.literal(""), z.string().trim().regex(/^[0-9 +().-]{6,30}$/)]).optional().default(""),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email())]).optional().default(""),
  openingHours: text(500).optional().default(""),
});
export type AgencyInput = z.input<typeof agencyInput>;

export type AgencyFieldErrors = Partial<Record<keyof z.output<typeof agencyInput>, string>>;

/** The zod problems of an agency form, one message key per field. */
function fieldErrors(error: z.ZodError): AgencyFieldErrors {
  const out: AgencyFieldErrors = {};
  for (const issue of error.issues) {
    const f = String(issue.path[0]) as keyof AgencyFieldErrors;
    out[f] ??= `agencies.invalid.${f}`;
  }
  return out;
}

export type AgencySaveResult = { ok: true; id: string } | { ok: false; errors: AgencyFieldErrors };

/** Creates an agency under a parent (or at the root). Province administrator. */
export async function createAgency(actor: AdminActor, raw: unknown): Promise<AgencySaveResult> {
  assertProvinceAdmin(actor);
  const parsed = agencyInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  return db().$transaction(async (tx) => {
    if (await tx.agency.findUnique({ where: { code: input.code } })) return { ok: false, errors: { code: "agencies.invalid.codeTaken" } };
    const parent = input.parentCode ? await tx.agency.findUnique({ where: { code: input.parentCode.toUpperCase() } }) : null;
    if (input.parentCode && (!parent || !parent.active)) return { ok: false, errors: { parentCode: "agencies.invalid.parentCode" } };
    const id = randomUUID();
    await tx.agency.create({
      data: {
        id,
        code: input.code,
        name: input.name,
        nameEn: input.nameEn || input.name,
        kind: input.kind,
        parentId: parent?.id ?? null,
        path: childPath(parent?.path ?? null, id),
        address: input.address,
        phone: input.phone,
        email: input.email,
        openingHours: input.openingHours,
      },
    });
    await audit(tx, { actorId: actor.userId, action: "agency.create", entity: "Agency", entityId: id, data: { after: { ...input } } });
    return { ok: true, id };
  });
}

/**
 * Saves an agency's record. A new name keeps the old one (with the day it ended) for history and old
 * documents; a new code applies to dossiers filed from now on (codes already given never change).
 * The province administrator changes everything; an agency administrator only the contact details
 * and opening hours within their subtree. The parent is not changed here.
 */
export async function updateAgency(actor: AdminActor, id: string, raw: unknown, now = new Date()): Promise<AgencySaveResult> {
  assertCanChange(actor);
  return db().$transaction(async (tx) => {
    const a = await loadAgency(tx, actor, id);
    if (!a.active) throw conflict("admin.errors.agencyInactive");
    const base = { code: a.code, name: a.name, nameEn: a.nameEn, kind: a.kind, parentCode: a.parent?.code ?? "" };
    const merged = actor.role === "ADMIN" ? { ...base, ...(raw as object), parentCode: base.parentCode } : { ...(raw as object), ...base };
    const parsed = agencyInput.safeParse(merged);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    const input = parsed.data;
    if (input.code !== a.code && (await tx.agency.findUnique({ where: { code: input.code } }))) return { ok: false, errors: { code: "agencies.invalid.codeTaken" } };
    const nameEn = input.nameEn || input.name;
    const renamed = input.name !== a.name || nameEn !== a.nameEn;
    if (renamed) await tx.agencyFormerName.create({ data: { agencyId: a.id, name: a.name, nameEn: a.nameEn, until: now } });
    const after = { code: input.code, name: input.name, nameEn, kind: input.kind, address: input.address, phone: input.phone, email: input.email, openingHours: input.openingHours };
    const before = { code: a.code, name: a.name, nameEn: a.nameEn, kind: a.kind, address: a.address, phone: a.phone, email: a.email, openingHours: a.openingHours };
    const changed = (Object.keys(after) as Array<keyof typeof after>).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return { ok: true, id: a.id };
    await tx.agency.update({ where: { id: a.id }, data: after });
    await audit(tx, {
      actorId: actor.userId,
      action: renamed ? "agency.rename" : "agency.update",
      entity: "Agency",
      entityId: a.id,
      data: { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) },
    });
    return { ok: true, id: a.id };
  });
}

export { agencyNameAt } from "@/lib/server/agency-names";

// ───────────────────────────── Merge ─────────────────────────────

export const mergeInput = z.object({
  intoCode: z.string().trim().toUpperCase().regex(AGENCY_CODE_RE),
  resolution: z.string().trim().min(5).max(300),
  /** Per officer of A: move to B (default) or deactivate. */
  officers: z.record(z.string(), z.enum(["move", "deactivate"])).optional().default({}),
});

export interface MergePlan {
  from: { id: string; code: string; name: string };
  into: { id: string; code: string; name: string };
  dossiers: Array<{ id: string; code: string; status: string; assignee: string | null }>;
  officers: Array<{ id: string; fullName: string; role: string; email: string | null; choice: "move" | "deactivate" }>;
  children: Array<{ id: string; code: string; name: string }>;
  procedureVersions: number;
}

async function mergePlanIn(tx: Tx, actor: AdminActor, fromId: string, raw: unknown): Promise<{ plan: MergePlan; resolution: string; fromPath: string; intoPath: string }> {
  assertProvinceAdmin(actor);
  const parsed = mergeInput.safeParse(raw);
  if (!parsed.success) throw validation("admin.errors.merge");
  const from = await loadAgency(tx, actor, fromId);
  if (!from.active) throw conflict("admin.errors.agencyInactive");
  const into = await tx.agency.findUnique({ where: { code: parsed.data.intoCode } });
  if (!into || !into.active) throw validation("admin.errors.mergeTarget");
  if (inSubtree(into.path, from.path)) throw validation("admin.errors.mergeIntoOwn");
  const [dossiers, officers, children, procedureVersions] = await Promise.all([
    tx.dossier.findMany({
      where: { currentAgencyId: from.id, status: { in: OPEN_STATUSES } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, status: true, assignee: { select: { fullName: true } } },
    }),
    tx.user.findMany({ where: { agencyId: from.id, active: true }, orderBy: { fullName: "asc" }, select: { id: true, fullName: true, role: true, email: true } }),
    tx.agency.findMany({ where: { parentId: from.id }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    tx.procedureAgency.count({ where: { agencyId: from.id, version: { status: { in: ["PUBLISHED", "DRAFT"] } } } }),
  ]);
  return {
    resolution: parsed.data.resolution,
    fromPath: from.path,
    intoPath: into.path,
    plan: {
      from: { id: from.id, code: from.code, name: from.name },
      into: { id: into.id, code: into.code, name: into.name },
      dossiers: dossiers.map((d) => ({ id: d.id, code: d.code, status: d.status, assignee: d.assignee?.fullName ?? null })),
      officers: officers.map((o) => ({ ...o, choice: parsed.data.officers[o.id] === "deactivate" ? "deactivate" : "move" })),
      children,
      procedureVersions,
    },
  };
}

/** The dry run: what a merge would move, changing nothing. */
export async function planMerge(actor: AdminActor, fromId: string, raw: unknown): Promise<MergePlan> {
  return db().$transaction(async (tx) => (await mergePlanIn(tx, actor, fromId, raw)).plan);
}

/** What the merge did to the procedures that named A: published anew naming B, or left as drafts naming B. */
export interface MergedProcedures {
  published: string[];
  drafts: string[];
}

/**
 * Merges agency A (`fromId`) into B, as planned by the dry run: the dossiers, officers and
 * sub-agencies in one transaction; then each procedure whose version in effect names A gets a new
 * version naming B, published with the publishing use case (the resolution as its decision).
 */
export async function mergeAgency(actor: AdminActor, fromId: string, raw: unknown, now = new Date()): Promise<MergePlan & { procedures: MergedProcedures }> {
  const plan = await mergeAgencyRecords(actor, fromId, raw, now);
  const resolution = mergeInput.parse(raw).resolution;
  const procedures = await renameAgencyInProcedures(actor, plan.from, plan.into, resolution, now);
  return { ...plan, procedures };
}

async function mergeAgencyRecords(actor: AdminActor, fromId: string, raw: unknown, now: Date): Promise<MergePlan> {
  return db().$transaction(
    async (tx) => {
      // Taken under row locks: two merges of the same agency never run together.
      await tx.$queryRaw`SELECT "id" FROM "Agency" WHERE "id" = ${fromId}::uuid FOR UPDATE`;
      const { plan, resolution, fromPath, intoPath } = await mergePlanIn(tx, actor, fromId, raw);
      const { from, into } = plan;
      const reason = `Sáp nhập ${from.name} (${from.code}) vào ${into.name} (${into.code}) theo ${resolution}`;
      for (const d of plan.dossiers) {
        await tx.dossier.update({ where: { id: d.id }, data: { currentAgencyId: into.id, version: { increment: 1 } } });
        await tx.statusEvent.create({
          data: {
            dossierId: d.id,
            action: "agency.merge",
            fromStatus: d.status as never,
            toStatus: d.status as never,
            actorId: actor.userId,
            actorRole: actor.role,
            agencyId: into.id,
            reason,
            data: { from: from.code, into: into.code, resolution },
          },
        });
      }
      const moved = plan.officers.filter((o) => o.choice === "move").map((o) => o.id);
      const deactivated = plan.officers.filter((o) => o.choice === "deactivate").map((o) => o.id);
      if (moved.length) await tx.user.updateMany({ where: { id: { in: moved } }, data: { agencyId: into.id } });
      if (deactivated.length) await tx.user.updateMany({ where: { id: { in: deactivated } }, data: { active: false } });
      for (const c of plan.children) await tx.agency.update({ where: { id: c.id }, data: { parentId: into.id } });
      // Every agency below A gets its path under B.
      const below = await tx.agency.findMany({ where: { path: { startsWith: fromPath }, id: { not: from.id } }, select: { id: true, path: true } });
      for (const b of below) await tx.agency.update({ where: { id: b.id }, data: { path: movedPath(b.path, fromPath, intoPath) } });
      await tx.agency.update({ where: { id: from.id }, data: { active: false, mergedIntoId: into.id, mergedAt: now } });
      await audit(tx, {
        actorId: actor.userId,
        action: "agency.merge",
        entity: "Agency",
        entityId: from.id,
        data: {
          from: from.code,
          into: into.code,
          resolution,
          dossiers: plan.dossiers.map((d) => d.code),
          officersMoved: moved,
          officersDeactivated: deactivated,
          children: plan.children.map((c) => c.code),
        },
      });
      return plan;
    },
    { timeout: 60_000 },
  );
}

/** Inside a transaction: a draft names B wherever it named A (agencies of every role, the route's legs). */
async function replaceAgencyInDraft(tx: Tx, actor: AdminActor, versionId: string, from: { id: string; code: string }, into: { id: string; code: string }, resolution: string): Promise<void> {
  const v = await tx.procedureVersion.findUniqueOrThrow({ where: { id: versionId }, select: { status: true, route: true, agencies: { where: { agencyId: from.id }, select: { role: true } } } });
  if (v.status !== "DRAFT") throw conflict("admin.errors.notDraft");
  const roles = v.agencies.map((a) => a.role);
  if (roles.length) {
    await tx.procedureAgency.deleteMany({ where: { versionId, agencyId: from.id } });
    await tx.procedureAgency.createMany({ data: roles.map((role) => ({ versionId, agencyId: into.id, role })), skipDuplicates: true });
  }
  const legs = Array.isArray(v.route) ? (v.route as Array<Record<string, unknown>>) : null;
  const renamedLegs = legs?.some((l) => l.agencyCode === from.code) ? legs.map((l) => (l.agencyCode === from.code ? { ...l, agencyCode: into.code } : l)) : null;
  if (renamedLegs) await tx.procedureVersion.update({ where: { id: versionId }, data: { route: renamedLegs as Prisma.InputJsonValue } });
  await audit(tx, {
    actorId: actor.userId,
    action: "procedure.agencyMerge",
    entity: "ProcedureVersion",
    entityId: versionId,
    data: { before: { agency: from.code, roles }, after: { agency: into.code, roles }, route: renamedLegs !== null, resolution },
  });
}

/**
 * Each procedure whose version in effect names A (as an agency of any role or on its route) gets a
 * new version naming B, published now with the resolution as its decision; filed dossiers keep the
 * version they were filed under. A procedure with an open draft gets B in that draft (not published:
 * the administrator publishes it); a new version that does not pass the checks before publishing
 * stays a draft too.
 */
async function renameAgencyInProcedures(actor: AdminActor, from: { id: string; code: string }, into: { id: string; code: string }, resolution: string, now: Date): Promise<MergedProcedures> {
  const routeMark = `"agencyCode": ${JSON.stringify(from.code)}`;
  const rows = await db().$queryRaw<Array<{ id: string; code: string; currentVersionId: string }>>`
    SELECT p."id", p."code", p."currentVersionId" FROM "Procedure" p JOIN "ProcedureVersion" v ON v."id" = p."currentVersionId"
     WHERE p."endedAt" IS NULL
       AND (EXISTS (SELECT 1 FROM "ProcedureAgency" pa WHERE pa."versionId" = v."id" AND pa."agencyId" = ${from.id}::uuid)
            OR strpos(COALESCE(v."route"::text, ''), ${routeMark}) > 0)
     ORDER BY p."code"`;
  const signer = (await db().user.findUnique({ where: { id: actor.userId }, select: { fullName: true } }))?.fullName ?? "";
  const decision = { decisionNumber: resolution.slice(0, 100), decisionDate: toLocalDate(now), signer: signer.length >= 3 ? signer : "Quản trị hệ thống", effectiveOn: "" };
  const out: MergedProcedures = { published: [], drafts: [] };
  for (const p of rows) {
    const open = await db().procedureVersion.findFirst({ where: { procedureId: p.id, status: "DRAFT" }, select: { id: true } });
    if (open) {
      await db().$transaction((tx) => replaceAgencyInDraft(tx, actor, open.id, from, into, resolution));
      out.drafts.push(p.code);
      continue;
    }
    const { versionId } = await createDraftFrom(actor, p.currentVersionId);
    await db().$transaction((tx) => replaceAgencyInDraft(tx, actor, versionId, from, into, resolution));
    const { published } = await publishVersion(actor, versionId, decision, now);
    (published ? out.published : out.drafts).push(p.code);
  }
  return out;
}

// ───────────────────────────── Dissolve ─────────────────────────────

/**
 * Dissolves an agency: refused while it has open dossiers or active sub-agencies; its remaining
 * officers are deactivated. The record stays (inactive), with its finished dossiers and history.
 */
export async function dissolveAgency(actor: AdminActor, id: string, now = new Date()): Promise<{ officersDeactivated: number }> {
  assertProvinceAdmin(actor);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Agency" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const a = await loadAgency(tx, actor, id);
    if (!a.active) throw conflict("admin.errors.agencyInactive");
    const open = await tx.dossier.count({ where: { currentAgencyId: a.id, status: { in: OPEN_STATUSES } } });
    if (open > 0) throw conflict("admin.errors.openDossiers", { count: open });
    if ((await tx.agency.count({ where: { parentId: a.id, active: true } })) > 0) throw conflict("admin.errors.activeChildren");
    const officers = await tx.user.findMany({ where: { agencyId: a.id, active: true }, select: { id: true, role: true } });
    if (officers.some((o) => o.role === "ADMIN")) throw conflict("admin.errors.lastAdmin");
    if (officers.length) await tx.user.updateMany({ where: { id: { in: officers.map((o) => o.id) } }, data: { active: false } });
    await tx.agency.update({ where: { id: a.id }, data: { active: false, dissolvedAt: now } });
    await audit(tx, { actorId: actor.userId, action: "agency.dissolve", entity: "Agency", entityId: a.id, data: { code: a.code, officersDeactivated: officers.map((o) => o.id) } });
    return { officersDeactivated: officers.length };
  });
}
