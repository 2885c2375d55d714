/**
 * One pure function applies any action: `decide(state, action, actor, input, context)` answers the
 * next state and the history event, or a typed refusal. No I/O: the server loads what is needed
 * (calendar, next agency of the route, the chosen specialist, the result file) into the context.
 */
import type { ClockPause, TimeLimit, WorkCalendar } from "@/lib/domain/calendar";
import { fromLocal } from "@/lib/domain/calendar";
import { finishedOnTime } from "@/lib/domain/timeliness";
import type { Action, ActionInput } from "./actions";
import type { DocumentKind } from "./transitions";
import { ACTION_INFO, ruleFor } from "./transitions";
import type { Role, Status, Step } from "./statuses";
import { isPaused } from "./statuses";

export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
}

export type Pause = { from: Date; to: Date };

export interface DossierState {
  status: Status;
  step: Step | null;
  assigneeId: string | null;
  receivingAgencyId: string;
  currentAgencyId: string;
  /** Position on the inter-agency route (0 = the receiving agency's leg). */
  routeIndex: number;
  /** Number of legs of the route (1 for an ordinary procedure). */
  routeLength: number;
  receivedAt: Date | null;
  dueAt: Date | null;
  stageDueAt: Date | null;
  extendedDueAt: Date | null;
  pausedAt: Date | null;
  resumeStatus: Status | null;
  pauses: Pause[];
  supplementCount: number;
  finishedAt: Date | null;
  /** Whether a fee or tax may apply (the procedure lists one); absent: unknown, allowed. */
  hasFee?: boolean;
}

/** A financial obligation is asked only when the procedure lists a fee or tax (even one that depends on the case). */
export function feeMayApply(fees: unknown): boolean {
  return Array.isArray(fees) && fees.length > 0;
}

export interface DecideContext {
  now: Date;
  calendar: WorkCalendar;
  /** The procedure's legal time limit (whole dossier). */
  timeLimit: TimeLimit;
  /** Time limit of the current leg (inter-agency route), when there is a route. */
  legLimit?: TimeLimit | null;
  /** For transfer: the next leg's agency and time limit, resolved from the route. */
  nextLeg?: { agencyId: string; limit: TimeLimit } | null;
  /** For assign/reassign: the chosen officer, as found in the database (null: no such user). */
  assignee?: { id: string; role: Role; agencyId: string | null; active: boolean } | null;
  /** For redirect: the chosen agency as found in the database (null: no such agency), and whether it handles the procedure. */
  redirectTo?: { id: string; active: boolean; handlesProcedure: boolean } | null;
  /** For propose/returnResult: whether the referenced result file belongs to this dossier. */
  resultFileFound?: boolean;
}

export type Refusal = {
  /** forbidden: not this actor's to do; invalid_state: not in this status/step; rule: a rule of the law or input. */
  kind: "forbidden" | "invalid_state" | "rule";
  key: string;
};

export type DossierPatch = Partial<Omit<DossierState, "routeLength" | "hasFee">>;

export interface Decision {
  ok: true;
  from: Status;
  to: Status;
  patch: DossierPatch;
  reason: string | null;
  /** What the history event records besides the reason (items, outcome, dates, documents…). */
  data: Record<string, unknown>;
  notify: boolean;
  documents: DocumentKind[];
}

export type DecideResult = Decision | { ok: false; refusal: Refusal };

const refuse = (kind: Refusal["kind"], key: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { kind, key } });

/** Is the action open to this actor in this state, regardless of what they would supply? */
export function check(state: DossierState, action: Action, actor: Actor): Refusal | null {
  const rule = ruleFor(state.status, action);
  if (!rule) return { kind: "invalid_state", key: "office.errors.notInThisStatus" };
  if (!rule.roles.includes(actor.role)) return { kind: "forbidden", key: "office.errors.notYourRole" };
  if (rule.steps && (state.step === null || !rule.steps.includes(state.step))) {
    return { kind: "invalid_state", key: "office.errors.notInThisStep" };
  }
  const mustBeAssignee: readonly Action[] = ["propose", "requestSupplement", "requestFinancialObligation"];
  if (actor.role === "SPECIALIST" && mustBeAssignee.includes(action) && state.assigneeId !== actor.userId) {
    return { kind: "forbidden", key: "office.errors.notAssignee" };
  }
  if (action === "requestFinancialObligation" && state.hasFee === false) return { kind: "rule", key: "office.errors.noFee" };
  if (action === "requestSupplement" && state.supplementCount > 0) return { kind: "rule", key: "office.errors.supplementOnce" };
  if (action === "transfer" && state.routeIndex + 1 >= state.routeLength) return { kind: "invalid_state", key: "office.errors.noNextAgency" };
  return null;
}

/** The actions this actor can take on this dossier now (for the page's action list). */
export function availableActions(state: DossierState, actor: Actor, actions: readonly Action[]): Action[] {
  return actions.filter((a) => check(state, a, actor) === null);
}

/** The date an extension letter may promise: the end of office hours of that day. */
function endOfOfficeDay(calendar: WorkCalendar, date: string): Date {
  const periods = calendar.officeHours.periods;
  return fromLocal(date, periods[periods.length - 1]!.end);
}

/** Moves a deadline by the time the clock stood still: the working time left when it stopped, counted again from now. */
function shift(calendar: WorkCalendar, deadline: Date | null, pausedAt: Date, now: Date): Date | null {
  if (!deadline) return null;
  const left = calendar.workingMinutesBetween(pausedAt, deadline);
  return calendar.addWorkingMinutes(now, left);
}

export function decide<A extends Action>(
  state: DossierState,
  action: A,
  actor: Actor,
  input: ActionInput<A>,
  ctx: DecideContext,
): DecideResult {
  const refusal = check(state, action, actor);
  if (refusal) return { ok: false, refusal };
  const { now, calendar } = ctx;
  const from = state.status;
  const info = ACTION_INFO[action];
  const patch: DossierPatch = {};
  const data: Record<string, unknown> = {};
  let to: Status = from;
  let reason: string | null = null;
  let notify: boolean = info.notify;
  const clockRunning = state.receivedAt !== null && !isPaused(state.status);

  // Stopping the clock: remember where to come back to.
  if ("pausesClock" in info) {
    patch.resumeStatus = from;
    if (clockRunning) {
      patch.pausedAt = now;
      patch.dueAt = null; // unknown until the applicant answers (WorkCalendar.dueDate semantics)
    }
  }

  const resume = (): void => {
    to = state.resumeStatus ?? "NEW";
    patch.resumeStatus = null;
    if (state.pausedAt && state.receivedAt) {
      const pauses: Pause[] = [...state.pauses, { from: state.pausedAt, to: now }];
      patch.pauses = pauses;
      patch.pausedAt = null;
      patch.dueAt = calendar.dueDate(state.receivedAt, ctx.timeLimit, pauses as ClockPause[]);
      patch.stageDueAt = shift(calendar, state.stageDueAt, state.pausedAt, now);
      patch.extendedDueAt = shift(calendar, state.extendedDueAt, state.pausedAt, now);
      data.pausedWorkingMinutes = Math.round(calendar.workingMinutesBetween(state.pausedAt, now));
    }
  };
  const finish = (): void => {
    patch.finishedAt = now;
    patch.pausedAt = null;
    patch.resumeStatus = null;
  };

  switch (action) {
    case "receive": {
      const i = input as ActionInput<"receive">;
      to = "RECEIVED";
      patch.receivedAt = now;
      patch.dueAt = calendar.dueDate(now, ctx.timeLimit);
      patch.stageDueAt = ctx.legLimit ? calendar.dueDate(now, ctx.legLimit) : null;
      data.clockStartsAt = calendar.nextWorkingStart(now).toISOString();
      data.dueAt = patch.dueAt?.toISOString() ?? null;
      if (i.note) data.note = i.note;
      break;
    }
    case "refuse": {
      const i = input as ActionInput<"refuse">;
      to = "NOT_RECEIVED";
      reason = i.reason;
      finish();
      break;
    }
    case "requestSupplement": {
      const i = input as ActionInput<"requestSupplement">;
      to = "SUPPLEMENT_REQUESTED";
      reason = i.reason;
      data.items = i.items;
      patch.supplementCount = state.supplementCount + 1;
      break;
    }
    case "resubmitSupplement": {
      const i = input as ActionInput<"resubmitSupplement">;
      resume();
      data.fileIds = i.fileIds;
      if (i.note) data.note = i.note;
      break;
    }
    case "assign":
    case "reassign": {
      const i = input as ActionInput<"assign"> & { reason?: string };
      const a = ctx.assignee;
      if (!a || !a.active || a.role !== "SPECIALIST" || a.agencyId !== state.currentAgencyId) {
        return refuse("rule", "office.errors.assigneeNotEligible");
      }
      if (action === "reassign" && a.id === state.assigneeId) return refuse("rule", "office.errors.sameAssignee");
      to = "IN_PROCESSING";
      patch.assigneeId = a.id;
      patch.step = "EXAMINING";
      data.assigneeId = a.id;
      data.previousAssigneeId = state.assigneeId;
      reason = i.reason ?? null;
      if (i.note) data.note = i.note;
      break;
    }
    case "propose": {
      const i = input as ActionInput<"propose">;
      if (i.resultFileId && !ctx.resultFileFound) return refuse("rule", "office.errors.fileNotFound");
      patch.step = "PROPOSED";
      data.outcome = i.outcome;
      data.examination = i.examination;
      if (i.resultFileId) data.resultFileId = i.resultFileId;
      break;
    }
    case "approve": {
      const i = input as ActionInput<"approve">;
      if (i.note) data.note = i.note;
      if (state.routeIndex + 1 < state.routeLength) {
        patch.step = "APPROVED";
        notify = false;
      } else {
        to = "PROCESSED";
        patch.step = null;
        patch.assigneeId = null;
        patch.stageDueAt = null;
        // The result goes back to the desk that received the dossier, which returns it.
        patch.currentAgencyId = state.receivingAgencyId;
        data.onTime = finishedOnTime({ dueAt: state.dueAt, resolvedAt: now, extendedDueAt: state.extendedDueAt });
      }
      break;
    }
    case "sendBack": {
      const i = input as ActionInput<"sendBack">;
      patch.step = "EXAMINING";
      reason = i.reason;
      break;
    }
    case "transfer": {
      const i = input as ActionInput<"transfer">;
      const next = ctx.nextLeg;
      if (!next) return refuse("invalid_state", "office.errors.noNextAgency");
      patch.currentAgencyId = next.agencyId;
      patch.routeIndex = state.routeIndex + 1;
      patch.step = "AWAITING_ASSIGNMENT";
      patch.assigneeId = null;
      patch.stageDueAt = calendar.dueDate(now, next.limit);
      data.fromAgencyId = state.currentAgencyId;
      data.toAgencyId = next.agencyId;
      data.leg = state.routeIndex + 1;
      data.stageDueAt = patch.stageDueAt?.toISOString() ?? null;
      if (i.note) data.note = i.note;
      break;
    }
    case "requestFinancialObligation": {
      const i = input as ActionInput<"requestFinancialObligation">;
      to = "FINANCIAL_OBLIGATION_REQUESTED";
      data.amount = i.amount;
      reason = i.description;
      break;
    }
    case "confirmFinancialObligation":
    case "rejectWithdrawal": {
      const i = input as { note?: string; reason?: string };
      resume();
      reason = i.reason ?? null;
      if (i.note) data.note = i.note;
      break;
    }
    case "stop": {
      const i = input as ActionInput<"stop">;
      to = "STOPPED";
      reason = i.reason;
      finish();
      break;
    }
    case "requestWithdrawal": {
      const i = input as ActionInput<"requestWithdrawal">;
      to = "WITHDRAWAL_REQUESTED";
      reason = i.reason;
      break;
    }
    case "acceptWithdrawal": {
      const i = input as ActionInput<"acceptWithdrawal">;
      to = "WITHDRAWN";
      if (i.note) data.note = i.note;
      finish();
      break;
    }
    case "apologize": {
      const i = input as ActionInput<"apologize">;
      const current = state.extendedDueAt ?? state.dueAt;
      if (!current) return refuse("invalid_state", "office.errors.noDueDate");
      if (!calendar.isWorkingDay(i.newDueDate)) return refuse("rule", "office.errors.newDateNotWorkingDay");
      const newDue = endOfOfficeDay(calendar, i.newDueDate);
      if (newDue <= current) return refuse("rule", "office.errors.newDateNotLater");
      patch.extendedDueAt = newDue;
      reason = i.reason;
      data.previousDueAt = current.toISOString();
      data.newDueAt = newDue.toISOString();
      // The law wants the letter before the due date; a late one is still sent, and recorded as late.
      data.sentAfterDue = now > current;
      break;
    }
    case "returnResult": {
      const i = input as ActionInput<"returnResult">;
      if (i.method === "ONLINE" && !ctx.resultFileFound) return refuse("rule", "office.errors.fileNotFound");
      to = "RESULT_RETURNED";
      data.method = i.method;
      if (i.resultFileId) data.resultFileId = i.resultFileId;
      if (i.note) data.note = i.note;
      finish();
      break;
    }
    case "redirect": {
      const i = input as ActionInput<"redirect">;
      const target = ctx.redirectTo;
      if (!target || !target.active || !target.handlesProcedure) return refuse("rule", "office.errors.redirectTarget");
      if (target.id === state.receivingAgencyId) return refuse("rule", "office.errors.redirectSame");
      // The clock has not started: the dossier waits, new, at the agency that handles it.
      patch.receivingAgencyId = target.id;
      patch.currentAgencyId = target.id;
      reason = i.reason;
      data.fromAgencyId = state.receivingAgencyId;
      data.toAgencyId = target.id;
      break;
    }
    default: {
      const never: never = action as never;
      throw new Error(`unknown action ${String(never)}`);
    }
  }

  if (to !== from) patch.status = to;
  const rule = ruleFor(from, action)!;
  if (!rule.to.includes(to) && !rule.to.includes("RESUME")) throw new Error(`transition table and decide disagree: ${from} --${action}--> ${to}`);
  return { ok: true, from, to, patch, reason, data, notify, documents: [...info.documents] };
}
