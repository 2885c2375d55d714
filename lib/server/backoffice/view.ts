/**
 * The dossier as an officer sees it: applicant, answers, documents, history, the deadline in
 * working time, the route, and the actions open to this officer only. Out of scope = not found.
 */
import { db } from "@/lib/db";
import { DEFAULT_FORM, safeParseFormSchema, type FormSchema } from "@/lib/domain/forms";
import { ACTIONS, availableActions, type Action, type DocumentKind, type Status } from "@/lib/domain/workflow";
import { notFound } from "@/lib/server/errors";
import { finishedOnTime, isOverdue, resolvedAtOf } from "@/lib/domain/timeliness";
import { loadWorkCalendar } from "./calendar";
import { RECEPTION_LIMIT_HOURS } from "./queue";
import { parseRoute, resolveLegAgency } from "./route";
import { audit } from "@/lib/server/audit";
import { assertInScope, isOfficer } from "./scope";
import { loadDossier, stateOf } from "./transition";
import type { Actor } from "./types";

export interface HistoryEntry {
  id: string;
  action: string;
  from: Status | null;
  to: Status;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  agencyName: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

const OFFICER_ACTIONS = ACTIONS.filter((a) => a !== "resubmitSupplement" && a !== "requestWithdrawal");

export async function getDossierForOfficer(actor: Actor, dossierId: string, options: { now?: Date } = {}) {
  if (!isOfficer(actor)) throw notFound();
  const now = options.now ?? new Date();
  const client = db();
  const d = await loadDossier(client, dossierId);
  assertInScope(actor, d);
  if (!d) throw notFound();
  // Who looked at a person's particulars, and when (Nghị định 13/2023): one record per view.
  await audit(client, { actorId: actor.userId, action: "dossier.viewPersonalData", entity: "Dossier", entityId: d.id });
  const calendar = await loadWorkCalendar(client);
  const [files, events, components, assignee, procedure] = await Promise.all([
    client.dossierFile.findMany({
      where: { dossierId: d.id },
      orderBy: { createdAt: "asc" },
      include: {
        component: { select: { name: true } },
        storedDocument: { select: { kind: true, title: true, issuer: true, number: true, issuedOn: true, source: true } },
        storedAs: { select: { id: true } },
      },
    }),
    client.statusEvent.findMany({
      where: { dossierId: d.id },
      orderBy: { id: "asc" },
      include: { actor: { select: { fullName: true } }, agency: { select: { name: true } } },
    }),
    client.dossierComponent.findMany({ where: { versionId: d.procedureVersionId }, orderBy: { position: "asc" } }),
    d.assigneeId ? client.user.findUnique({ where: { id: d.assigneeId }, select: { fullName: true } }) : null,
    client.procedureVersion.findUnique({
      where: { id: d.procedureVersionId },
      select: { procedure: { select: { code: true, field: { select: { name: true, nameEn: true } } } }, timeLimitText: true, result: true, fees: true, formSchema: true },
    }),
  ]);
  const state = stateOf(d);
  const actions: Action[] = availableActions(state, actor, OFFICER_ACTIONS);
  const specialists = actions.includes("assign") || actions.includes("reassign")
    ? await client.user.findMany({
        where: { agencyId: d.currentAgencyId, role: "SPECIALIST", active: true },
        select: { id: true, fullName: true },
        orderBy: { fullName: "asc" },
      })
    : [];

  const redirectAgencies = actions.includes("redirect")
    ? (
        await client.procedureAgency.findMany({
          where: { versionId: d.procedureVersionId, role: "IMPLEMENTING", agencyId: { not: d.receivingAgencyId }, agency: { active: true } },
          select: { agency: { select: { id: true, name: true } } },
          orderBy: { agency: { name: "asc" } },
        })
      ).map((r) => r.agency)
    : [];
  const route = parseRoute(d.procedureVersion.route);
  const legs = await Promise.all(
    route.map(async (leg, i) => ({
      ...leg,
      agencyName: i === 0 ? d.receivingAgency.name : ((await resolveLegAgency(client, leg, d.receivingAgencyId))?.name ?? null),
      current: i === d.routeIndex && !["PROCESSED", "RESULT_RETURNED"].includes(d.status),
    })),
  );

  const history: HistoryEntry[] = events.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    from: e.fromStatus,
    to: e.toStatus,
    at: e.createdAt,
    actorName: e.actor?.fullName ?? null,
    actorRole: e.actorRole,
    agencyName: e.agency?.name ?? null,
    reason: e.reason,
    data: (e.data ?? {}) as Record<string, unknown>,
  }));
  const last = (action: string) => [...history].reverse().find((h) => h.action === action);
  const documents = new Set<DocumentKind>(["controlSlip"]);
  for (const h of history) for (const k of (h.data.documents as DocumentKind[] | undefined) ?? []) documents.add(k);

  const parsedForm = procedure?.formSchema ? safeParseFormSchema(procedure.formSchema) : null;
  const form: FormSchema = parsedForm?.success ? parsedForm.data : DEFAULT_FORM;

  // The result the specialist attached to the proposal, offered when the desk returns it.
  const proposedFileId = [...history].reverse().find((h) => h.action === "propose" && typeof h.data.resultFileId === "string")?.data.resultFileId;
  const proposedFile = files.find((f) => f.id === proposedFileId && f.kind === "RESULT") ?? [...files].reverse().find((f) => f.kind === "RESULT");
  const receptionDueAt = d.status === "NEW" ? (d.receptionDueAt ?? calendar.addWorkingHours(d.submittedAt, RECEPTION_LIMIT_HOURS)) : null;
  const due = d.status === "NEW" ? receptionDueAt : d.dueAt;
  const open = !d.finishedAt;
  return {
    dossier: d,
    state,
    procedure: { name: d.procedureVersion.name, code: procedure?.procedure.code ?? "", field: procedure?.procedure.field ?? null, timeLimitText: procedure?.timeLimitText ?? "", result: procedure?.result ?? "", onlineLevel: d.procedureVersion.onlineLevel },
    applicant: (d.applicant ?? {}) as Record<string, unknown>,
    answers: (d.answers ?? {}) as Record<string, unknown>,
    form,
    components,
    files: files.map((f) => ({
      id: f.id,
      kind: f.kind,
      name: f.originalName,
      mimeType: f.mimeType,
      size: f.size,
      componentName: f.component?.name ?? null,
      createdAt: f.createdAt,
      // Taken from the applicant's document store: issued or confirmed against the original already.
      fromStore: f.storedDocument ? { ...f.storedDocument, verified: true } : null,
      // Already digitised into the applicant's store from this file.
      digitised: f.storedAs !== null,
    })),
    canDigitise: actor.role === "RECEPTION" && d.applicantId !== null,
    history,
    proposal: d.step === "PROPOSED" ? last("propose") : undefined,
    supplementRequest: last("requestSupplement"),
    assigneeName: assignee?.fullName ?? null,
    actions,
    specialists,
    redirectAgencies,
    returnMethod: (d.channel === "ONLINE" ? "ONLINE" : "DESK") as "ONLINE" | "DESK",
    proposedResult: proposedFile ? { id: proposedFile.id, name: proposedFile.originalName } : null,
    legs,
    documents: [...documents],
    /** For a dossier with a result: finished by its due date (lib/domain/timeliness); null otherwise. */
    onTime: finishedOnTime({
      dueAt: d.dueAt,
      extendedDueAt: d.extendedDueAt,
      resolvedAt: resolvedAtOf({ status: d.status, processedAt: history.find((h) => h.to === "PROCESSED")?.at ?? null, finishedAt: d.finishedAt }),
    }),
    deadline: {
      due,
      receptionDueAt,
      extendedDueAt: d.extendedDueAt,
      stageDueAt: d.stageDueAt,
      paused: d.pausedAt !== null,
      late: open && isOverdue(due, now),
      remainingMinutes: open && due ? calendar.remainingWorkingMinutes(due, now) : null,
      workingMinutesPerDay: calendar.workingMinutesPerDay,
    },
    now,
  };
}

export type OfficerDossierView = Awaited<ReturnType<typeof getDossierForOfficer>>;
