/**
 * The workflow as data: for every status, the actions allowed, who may take them, the sub-steps of
 * IN_PROCESSING they apply to, and where they lead. `satisfies Record<Status, …>` makes the compiler
 * refuse a status without an entry; ACTION_INFO is exhaustive over the actions the same way.
 *
 * "RESUME" means: back to the status the dossier was in before the clock was stopped
 * (supplement, financial obligation, withdrawal request).
 */
import type { Action } from "./actions";
import type { Role, Status, Step } from "./statuses";

export type Target = Status | "RESUME";

export interface TransitionRule {
  /** Possible next statuses (approve: PROCESSED on the last leg of the route, else stays IN_PROCESSING). */
  readonly to: readonly Target[];
  readonly roles: readonly Role[];
  /** Inside IN_PROCESSING: the steps the action applies to (all when absent). */
  readonly steps?: readonly Step[];
}

const officers = ["RECEPTION", "SPECIALIST", "LEADER"] as const;

export const TRANSITIONS = {
  NEW: {
    receive: { to: ["RECEIVED"], roles: ["RECEPTION"] },
    refuse: { to: ["NOT_RECEIVED"], roles: ["RECEPTION"] },
    requestSupplement: { to: ["SUPPLEMENT_REQUESTED"], roles: ["RECEPTION"] },
    requestWithdrawal: { to: ["WITHDRAWAL_REQUESTED"], roles: ["CITIZEN"] },
    redirect: { to: ["NEW"], roles: ["RECEPTION"] },
  },
  RECEIVED: {
    assign: { to: ["IN_PROCESSING"], roles: ["RECEPTION", "LEADER"] },
    requestSupplement: { to: ["SUPPLEMENT_REQUESTED"], roles: ["RECEPTION", "LEADER"] },
    requestFinancialObligation: { to: ["FINANCIAL_OBLIGATION_REQUESTED"], roles: ["RECEPTION", "LEADER"] },
    stop: { to: ["STOPPED"], roles: ["LEADER"] },
    apologize: { to: ["RECEIVED"], roles: ["LEADER"] },
    requestWithdrawal: { to: ["WITHDRAWAL_REQUESTED"], roles: ["CITIZEN"] },
  },
  NOT_RECEIVED: {},
  IN_PROCESSING: {
    assign: { to: ["IN_PROCESSING"], roles: ["RECEPTION", "LEADER"], steps: ["AWAITING_ASSIGNMENT"] },
    reassign: { to: ["IN_PROCESSING"], roles: ["LEADER"], steps: ["EXAMINING", "PROPOSED"] },
    propose: { to: ["IN_PROCESSING"], roles: ["SPECIALIST"], steps: ["EXAMINING"] },
    approve: { to: ["PROCESSED", "IN_PROCESSING"], roles: ["LEADER"], steps: ["PROPOSED"] },
    sendBack: { to: ["IN_PROCESSING"], roles: ["LEADER"], steps: ["PROPOSED"] },
    transfer: { to: ["IN_PROCESSING"], roles: ["RECEPTION", "LEADER"], steps: ["APPROVED"] },
    requestSupplement: { to: ["SUPPLEMENT_REQUESTED"], roles: officers, steps: ["AWAITING_ASSIGNMENT", "EXAMINING"] },
    requestFinancialObligation: { to: ["FINANCIAL_OBLIGATION_REQUESTED"], roles: officers },
    stop: { to: ["STOPPED"], roles: ["LEADER"] },
    apologize: { to: ["IN_PROCESSING"], roles: ["LEADER"] },
    requestWithdrawal: { to: ["WITHDRAWAL_REQUESTED"], roles: ["CITIZEN"] },
  },
  SUPPLEMENT_REQUESTED: {
    resubmitSupplement: { to: ["RESUME"], roles: ["CITIZEN"] },
    stop: { to: ["STOPPED"], roles: ["LEADER"] },
  },
  FINANCIAL_OBLIGATION_REQUESTED: {
    confirmFinancialObligation: { to: ["RESUME"], roles: officers },
    stop: { to: ["STOPPED"], roles: ["LEADER"] },
  },
  WITHDRAWAL_REQUESTED: {
    acceptWithdrawal: { to: ["WITHDRAWN"], roles: ["RECEPTION", "LEADER"] },
    rejectWithdrawal: { to: ["RESUME"], roles: ["RECEPTION", "LEADER"] },
  },
  STOPPED: {},
  PROCESSED: {
    returnResult: { to: ["RESULT_RETURNED"], roles: ["RECEPTION"] },
  },
  RESULT_RETURNED: {},
  WITHDRAWN: {},
} as const satisfies Record<Status, Partial<Record<Action, TransitionRule>>>;

/** The official forms (DOMAIN.md, Annex I) a step produces. */
export const DOCUMENT_KINDS = ["receipt", "supplementRequest", "refusal", "apology", "stopNotice", "controlSlip"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ActionInfo {
  /** The applicant is told (email through the outbox). */
  readonly notify: boolean;
  /** Official documents the step issues (attached to its status event). */
  readonly documents: readonly DocumentKind[];
  /** Stops the legal clock (waiting for the applicant). */
  readonly pausesClock?: true;
  /** The dossier is finished after it. */
  readonly finishes?: true;
}

export const ACTION_INFO = {
  receive: { notify: true, documents: ["receipt"] },
  refuse: { notify: true, documents: ["refusal"], finishes: true },
  requestSupplement: { notify: true, documents: ["supplementRequest"], pausesClock: true },
  resubmitSupplement: { notify: true, documents: [] },
  assign: { notify: false, documents: [] },
  reassign: { notify: false, documents: [] },
  propose: { notify: false, documents: [] },
  approve: { notify: true, documents: [] },
  sendBack: { notify: false, documents: [] },
  transfer: { notify: true, documents: [] },
  requestFinancialObligation: { notify: true, documents: [], pausesClock: true },
  confirmFinancialObligation: { notify: true, documents: [] },
  stop: { notify: true, documents: ["stopNotice"], finishes: true },
  requestWithdrawal: { notify: true, documents: [], pausesClock: true },
  acceptWithdrawal: { notify: true, documents: [], finishes: true },
  rejectWithdrawal: { notify: true, documents: [] },
  apologize: { notify: true, documents: ["apology"] },
  returnResult: { notify: true, documents: [], finishes: true },
  redirect: { notify: true, documents: [] },
} as const satisfies Record<Action, ActionInfo>;

export function ruleFor(status: Status, action: Action): TransitionRule | undefined {
  return (TRANSITIONS[status] as Partial<Record<Action, TransitionRule>>)[action];
}

/**
 * Whether a step's written reason is meant for the applicant: only the steps the applicant is told
 * of. Send-back and reassignment reasons stay inside the office.
 */
export function reasonIsForApplicant(action: string): boolean {
  return (ACTION_INFO as Record<string, ActionInfo | undefined>)[action]?.notify === true;
}
