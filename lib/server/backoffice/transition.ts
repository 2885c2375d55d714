/**
 * transitionDossier: the one use case that moves a dossier. In one transaction it loads the dossier
 * (scope check: out of scope = not found), decides with the pure workflow, updates it under
 * optimistic concurrency (UPDATE … WHERE version = expected; nobody else's change is overwritten),
 * and writes the status event, the audit record and the applicant's notification.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import {
  actionInputs,
  decide,
  feeMayApply,
  isAction,
  type Action,
  type DecideContext,
  type DossierPatch,
  type DossierState,
  type Pause,
  type Status,
} from "@/lib/domain/workflow";
import { timeLimitOf } from "@/lib/domain/calendar";
import { auditAddress, auditInsertSql } from "@/lib/server/audit";
import { outboxInsertSql } from "@/lib/server/notifications/outbox";
import { AppError, conflict, notFound, validation } from "@/lib/server/errors";
import { storeIssuedResult } from "@/lib/server/document-store/store";
import { createPaymentRequest } from "@/lib/server/payments/payments";
import { recordElectronicResult, type PreparedResult } from "@/lib/server/e-results/record";
import { loadWorkCalendar } from "./calendar";
import { numberResult } from "./result-number";
import { legLimit, parseRoute, resolveLegAgency } from "./route";
import { assertInScope, inScope, UUID_RE } from "./scope";
import type { Actor } from "./types";

export interface TransitionResult {
  dossierId: string;
  code: string;
  from: Status;
  to: Status;
  version: number;
  eventId: bigint;
  /** Whether the actor still sees the dossier (a hand-over or a final approval may move it away). */
  stillInScope: boolean;
}

/** What loadDossier reads with the dossier (its one query below selects exactly these). */
type DossierInclude = {
  currentAgency: { select: { path: true; name: true; code: true } };
  receivingAgency: { select: { name: true; address: true } };
  applicantUser: { select: { email: true } };
  procedureVersion: { select: { name: true; timeLimitValue: true; timeLimitUnit: true; sameDayCutoff: true; sameDayReturnBy: true; route: true; onlineLevel: true; fees: true } };
};

export type LoadedDossier = Prisma.DossierGetPayload<{ include: DossierInclude }>;

export function pausesOf(json: unknown): Pause[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((p) => {
    const from = new Date((p as { from?: string }).from ?? "");
    const to = new Date((p as { to?: string }).to ?? "");
    return Number.isFinite(from.getTime()) && Number.isFinite(to.getTime()) ? [{ from, to }] : [];
  });
}

export function stateOf(d: LoadedDossier): DossierState {
  const route = parseRoute(d.procedureVersion.route);
  return {
    status: d.status,
    step: d.step,
    assigneeId: d.assigneeId,
    receivingAgencyId: d.receivingAgencyId,
    currentAgencyId: d.currentAgencyId,
    routeIndex: d.routeIndex,
    routeLength: Math.max(1, route.length),
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    stageDueAt: d.stageDueAt,
    extendedDueAt: d.extendedDueAt,
    pausedAt: d.pausedAt,
    resumeStatus: d.resumeStatus,
    pauses: pausesOf(d.pauses),
    supplementCount: d.supplementCount,
    finishedAt: d.finishedAt,
    hasFee: feeMayApply(d.procedureVersion.fees),
  };
}

type LoadedRow = Omit<LoadedDossier, "currentAgency" | "receivingAgency" | "applicantUser" | "procedureVersion"> & {
  _currentAgency: LoadedDossier["currentAgency"];
  _receivingAgency: LoadedDossier["receivingAgency"];
  _applicantEmail: string | null;
  _procedureVersion: Omit<LoadedDossier["procedureVersion"], "timeLimitValue"> & { timeLimitValue: number | string };
};

/**
 * The dossier with what every transition reads of its agencies, applicant and procedure version, in
 * one round trip (a transition is a handful of statements in one transaction; this was five of them).
 */
export async function loadDossier(tx: Prisma.TransactionClient, dossierId: string): Promise<LoadedDossier | null> {
  if (!UUID_RE.test(dossierId)) return null;
  const [row] = await tx.$queryRaw<LoadedRow[]>`
    SELECT d.*,
           json_build_object('path', ca.path, 'name', ca.name, 'code', ca.code) AS "_currentAgency",
           json_build_object('name', ra.name, 'address', ra.address) AS "_receivingAgency",
           u.email AS "_applicantEmail",
           json_build_object('name', pv.name, 'timeLimitValue', pv."timeLimitValue", 'timeLimitUnit', pv."timeLimitUnit",
                             'sameDayCutoff', pv."sameDayCutoff", 'sameDayReturnBy', pv."sameDayReturnBy", 'route', pv.route,
                             'onlineLevel', pv."onlineLevel", 'fees', pv.fees) AS "_procedureVersion"
      FROM "Dossier" d
      JOIN "Agency" ca ON ca.id = d."currentAgencyId"
      JOIN "Agency" ra ON ra.id = d."receivingAgencyId"
      JOIN "ProcedureVersion" pv ON pv.id = d."procedureVersionId"
      LEFT JOIN "User" u ON u.id = d."applicantId"
     WHERE d.id = ${dossierId}::uuid`;
  if (!row) return null;
  const { _currentAgency, _receivingAgency, _applicantEmail, _procedureVersion, ...dossier } = row;
  return {
    ...dossier,
    currentAgency: _currentAgency,
    receivingAgency: _receivingAgency,
    applicantUser: dossier.applicantId ? { email: _applicantEmail } : null,
    procedureVersion: { ..._procedureVersion, timeLimitValue: new Prisma.Decimal(_procedureVersion.timeLimitValue) },
  } as LoadedDossier;
}

/** The email address to tell the applicant at: their account's, else the one given when filing. */
export function applicantEmail(d: { applicantUser: { email: string | null } | null; applicant: unknown }): string | null {
  if (d.applicantUser?.email) return d.applicantUser.email;
  const given = (d.applicant as { email?: unknown } | null)?.email;
  return typeof given === "string" && given.includes("@") ? given : null;
}

function zodIssues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }) {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export async function transitionDossier(
  actor: Actor,
  dossierId: string,
  expectedVersion: number,
  action: Action,
  rawInput: unknown,
  options: {
    now?: Date;
    /** Files stored beforehand (supplement documents), recorded in the same transaction; their ids join input.fileIds. */
    newFiles?: Array<{ kind: "SUPPLEMENT" | "RESULT"; storageKey: string; originalName: string; mimeType: string; size: number; sha256: string; componentId?: string | null }>;
    /** returnResult online: the electronic result issued beforehand (lib/server/e-results/issue.ts), recorded here. */
    issuedResult?: PreparedResult;
  } = {},
): Promise<TransitionResult> {
  if (!isAction(action)) throw validation("office.errors.invalidInput");
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) throw validation("office.errors.invalidInput");
  if (action === "returnResult") rawInput = await withProposedResult(dossierId, rawInput);
  const parsed = actionInputs[action].safeParse(rawInput ?? {});
  if (!parsed.success) throw validation("office.errors.invalidInput", { issues: zodIssues(parsed.error) });
  const input = parsed.data;
  const now = options.now ?? new Date();

  return db().$transaction(async (tx) => {
    const d = await loadDossier(tx, dossierId);
    assertInScope(actor, d);
    if (!d) throw notFound();
    if (d.version !== expectedVersion) throw conflict("office.errors.dossierChanged", { version: d.version });

    let effectiveInput = input;
    if (options.newFiles?.length) {
      const ids: string[] = [];
      for (const f of options.newFiles) {
        const row = await tx.dossierFile.create({ data: { ...f, dossierId: d.id, uploadedById: actor.userId }, select: { id: true } });
        ids.push(row.id);
      }
      effectiveInput = { ...input, fileIds: [...((input as { fileIds?: string[] }).fileIds ?? []), ...ids] } as unknown as typeof input;
    }

    if (options.issuedResult) {
      if (action !== "returnResult" || options.issuedResult.dossierId !== d.id) throw validation("office.errors.invalidInput");
      await recordElectronicResult(tx, options.issuedResult, actor.userId);
    }

    const state = stateOf(d);
    const route = parseRoute(d.procedureVersion.route);
    const calendar = await loadWorkCalendar(tx);
    const ctx: DecideContext = {
      now,
      calendar,
      timeLimit: timeLimitOf(d.procedureVersion),
      legLimit: route.length > 1 ? legLimit(route[d.routeIndex]) : null,
    };
    if (action === "transfer") {
      const leg = route[d.routeIndex + 1];
      const agency = leg ? await resolveLegAgency(tx, leg, d.receivingAgencyId) : null;
      ctx.nextLeg = leg && agency ? { agencyId: agency.id, limit: legLimit(leg)! } : null;
    }
    if (action === "assign" || action === "reassign") {
      const id = (input as { assigneeId: string }).assigneeId;
      const u = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, agencyId: true, active: true } });
      ctx.assignee = u;
    }
    if (action === "redirect") {
      const id = (input as { agencyId: string }).agencyId;
      const [agency, handles] = await Promise.all([
        tx.agency.findUnique({ where: { id }, select: { id: true, active: true } }),
        tx.procedureAgency.count({ where: { versionId: d.procedureVersionId, agencyId: id, role: "IMPLEMENTING" } }),
      ]);
      ctx.redirectTo = agency ? { id: agency.id, active: agency.active, handlesProcedure: handles > 0 } : null;
    }
    const fileId = (input as { resultFileId?: string }).resultFileId;
    if (fileId) {
      ctx.resultFileFound = (await tx.dossierFile.count({ where: { id: fileId, dossierId: d.id } })) > 0;
    }

    const decision = decide(state, action, actor, effectiveInput as never, ctx);
    if (!decision.ok) {
      const { kind, key } = decision.refusal;
      throw kind === "forbidden" ? new AppError("forbidden", key) : kind === "invalid_state" ? conflict(key) : validation(key);
    }
    const event = await persistDecision(tx, d, action, decision, { userId: actor.userId, role: actor.role }, expectedVersion, now);
    if (action === "requestFinancialObligation") {
      const i = input as { amount: number; description: string };
      await createPaymentRequest(tx, { dossierId: d.id, amount: i.amount, description: i.description, createdById: actor.userId, now });
    }
    if (action === "returnResult") {
      const i = effectiveInput as { method?: string; resultFileId?: string };
      // A result returned online goes into the applicant's document store.
      if (i.method === "ONLINE" && i.resultFileId) await storeIssuedResult(tx, { dossierId: d.id, fileId: i.resultFileId, now });
    }
    const patch = decision.patch;
    let stillInScope = true;
    if (patch.currentAgencyId && patch.currentAgencyId !== d.currentAgencyId) {
      const now = await tx.agency.findUnique({ where: { id: patch.currentAgencyId }, select: { path: true } });
      stillInScope = !!now && inScope(actor, { currentAgencyId: patch.currentAgencyId, applicantId: d.applicantId, currentAgency: now });
    }
    return { dossierId: d.id, code: d.code, from: decision.from, to: decision.to, version: expectedVersion + 1, eventId: event.id, stillInScope };
  });
}

/**
 * Returning a result online without a new file returns the one the specialist attached to the
 * proposal (or, failing that, the latest result file): the desk is not asked for it again.
 */
async function withProposedResult(dossierId: string, rawInput: unknown): Promise<unknown> {
  const input = (rawInput ?? {}) as { method?: unknown; resultFileId?: unknown };
  if (input.method !== "ONLINE" || input.resultFileId || !UUID_RE.test(dossierId)) return rawInput;
  const client = db();
  const proposal = await client.statusEvent.findFirst({ where: { dossierId, action: "propose" }, orderBy: { id: "desc" }, select: { data: true } });
  const proposed = (proposal?.data as { resultFileId?: unknown } | null)?.resultFileId;
  const file = await client.dossierFile.findFirst({
    where: { dossierId, kind: "RESULT", ...(typeof proposed === "string" && UUID_RE.test(proposed) ? { id: proposed } : {}) },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return file ? { ...input, resultFileId: file.id } : rawInput;
}

type Decided = Extract<ReturnType<typeof decide>, { ok: true }>;

/** The Dossier column of each field a decision may change, with the SQL type its value is cast to. */
const PATCH_COLUMNS: { [K in keyof DossierPatch]-?: Prisma.Sql } = {
  status: Prisma.sql`"DossierStatus"`,
  step: Prisma.sql`"ProcessingStep"`,
  assigneeId: Prisma.sql`uuid`,
  currentAgencyId: Prisma.sql`uuid`,
  receivingAgencyId: Prisma.sql`uuid`,
  routeIndex: Prisma.sql`int`,
  receivedAt: Prisma.sql`timestamptz`,
  dueAt: Prisma.sql`timestamptz`,
  stageDueAt: Prisma.sql`timestamptz`,
  extendedDueAt: Prisma.sql`timestamptz`,
  pausedAt: Prisma.sql`timestamptz`,
  resumeStatus: Prisma.sql`"DossierStatus"`,
  pauses: Prisma.sql`jsonb`,
  supplementCount: Prisma.sql`int`,
  finishedAt: Prisma.sql`timestamptz`,
};

/** `SET` assignments of a decision's patch, plus the version increment and updatedAt (as Prisma's @updatedAt would). */
function patchAssignments(patch: DossierPatch): Prisma.Sql {
  const sets: Prisma.Sql[] = [];
  for (const key of Object.keys(PATCH_COLUMNS) as Array<keyof DossierPatch>) {
    const value = patch[key];
    if (value === undefined) continue;
    const param = key === "pauses" ? JSON.stringify((value as Pause[]).map((p) => ({ from: p.from.toISOString(), to: p.to.toISOString() }))) : value;
    sets.push(Prisma.sql`${Prisma.raw(`"${key}"`)} = ${param}::${PATCH_COLUMNS[key]}`);
  }
  sets.push(Prisma.sql`version = version + 1`, Prisma.sql`"updatedAt" = ${new Date()}::timestamptz`);
  return Prisma.join(sets, ", ");
}

/**
 * Writes a decision: the dossier under optimistic concurrency, its status event, the audit record
 * and the applicant's notification. `who` is null for the system (a payment confirmed by the gateway).
 * One statement does it all (its inserts only happen if the UPDATE … WHERE version = expected
 * matched), except when the result is numbered: the number is drawn after the update and before the
 * event, which records it.
 */
async function persistDecision(
  tx: Prisma.TransactionClient,
  d: LoadedDossier,
  action: Action,
  decision: Decided,
  who: { userId: string | null; role: Actor["role"] | null },
  expectedVersion: number,
  now: Date,
): Promise<{ id: bigint }> {
  const { patch } = decision;
  const update = Prisma.sql`UPDATE "Dossier" SET ${patchAssignments(patch)} WHERE id = ${d.id}::uuid AND version = ${expectedVersion}`;
  // The result gets its number and symbol when it is decided (or, at the latest, when returned).
  const numbers = decision.to === "PROCESSED" || decision.to === "RESULT_RETURNED";
  let numbered: Awaited<ReturnType<typeof numberResult>> = null;
  if (numbers) {
    if ((await tx.$executeRaw(update)) !== 1) throw conflict("office.errors.dossierChanged");
    numbered = await numberResult(tx, d, { id: d.currentAgencyId, code: d.currentAgency.code }, now);
  }
  const eventData = {
    ...decision.data,
    ...(numbered && { resultNumber: numbered.resultNumber, resultSymbol: numbered.resultSymbol }),
    documents: decision.documents,
    version: expectedVersion + 1,
  };
  const auditData = { code: d.code, from: decision.from, to: decision.to, version: expectedVersion + 1 };
  const clientAddress = await auditAddress({});
  const to = applicantEmail(d);
  const notification =
    decision.notify && to
      ? {
          dossierId: d.id,
          code: d.code,
          procedureName: d.procedureVersion.name,
          applicantName: d.applicantName,
          agencyName: d.receivingAgency.name,
          status: decision.to,
          reason: decision.reason,
          dueAt: (patch.dueAt ?? d.dueAt)?.toISOString() ?? null,
          ...pickForEmail(decision.data),
        }
      : null;
  const rows = await tx.$queryRaw<Array<{ id: bigint }>>`
    WITH upd AS (${numbers ? Prisma.sql`SELECT ${d.id}::uuid AS id` : Prisma.sql`${update} RETURNING id`}),
    ev AS (
      INSERT INTO "StatusEvent" ("dossierId", action, "fromStatus", "toStatus", "actorId", "actorRole", "agencyId", reason, data, "createdAt")
      SELECT upd.id, ${action}, ${decision.from}::"DossierStatus", ${decision.to}::"DossierStatus", ${who.userId}::uuid, ${who.role}::"Role",
             ${d.currentAgencyId}::uuid, ${decision.reason}, ${JSON.stringify(eventData)}::jsonb, ${now}::timestamptz
        FROM upd
      RETURNING id
    ),
    audit AS (${auditInsertSql(
      {
        actorId: who.userId,
        action: `dossier.${action}`,
        entity: "Dossier",
        entityId: d.id,
        data: Prisma.sql`${JSON.stringify(auditData)}::jsonb || jsonb_build_object('eventId', ev.id::text)`,
        clientAddress,
      },
      Prisma.sql`ev`,
    )})${notification ? Prisma.sql`,
    notice AS (${outboxInsertSql({ to: to!, template: `dossier.${action}`, data: notification }, Prisma.sql`upd`)})` : Prisma.empty}
    SELECT id FROM ev`;
  if (rows.length !== 1) throw conflict("office.errors.dossierChanged");
  return rows[0]!;
}

/**
 * A payment was made (the gateway's signed notification, or the desk): a dossier waiting on its
 * financial obligation, with nothing left to pay, resumes in the same transaction, as the officer's
 * confirmation would: the clock restarts and the time it stood still moves the due dates.
 */
export async function resumeAfterPayment(tx: Prisma.TransactionClient, dossierId: string, paymentId: string, now: Date): Promise<boolean> {
  const d = await loadDossier(tx, dossierId);
  if (!d || d.status !== "FINANCIAL_OBLIGATION_REQUESTED") return false;
  if ((await tx.paymentRequest.count({ where: { dossierId, status: "PENDING" } })) > 0) return false;
  const route = parseRoute(d.procedureVersion.route);
  const ctx: DecideContext = {
    now,
    calendar: await loadWorkCalendar(tx),
    timeLimit: timeLimitOf(d.procedureVersion),
    legLimit: route.length > 1 ? legLimit(route[d.routeIndex]) : null,
  };
  // The desk's own confirmation, taken on the payment's evidence.
  const system = { userId: "", role: "RECEPTION" as const, agencyId: d.currentAgencyId };
  const decision = decide(stateOf(d), "confirmFinancialObligation", system, { note: undefined }, ctx);
  if (!decision.ok) return false;
  decision.data.paymentId = paymentId;
  decision.data.automatic = true;
  await persistDecision(tx, d, "confirmFinancialObligation", decision, { userId: null, role: null }, d.version, now);
  return true;
}

function pickForEmail(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ["items", "amount", "newDueAt", "method", "toAgencyId"]) if (data[k] !== undefined) out[k] = data[k];
  return out;
}

