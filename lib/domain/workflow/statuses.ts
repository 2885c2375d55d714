/**
 * Dossier statuses (DOMAIN.md, "Dossier lifecycle"), roles and the processing steps inside
 * IN_PROCESSING. Pure data; the Prisma enums of the same names must match (checked by the compiler
 * in lib/server/backoffice/types.ts).
 */

export const STATUSES = [
  "NEW",
  "RECEIVED",
  "NOT_RECEIVED",
  "IN_PROCESSING",
  "SUPPLEMENT_REQUESTED",
  "FINANCIAL_OBLIGATION_REQUESTED",
  "WITHDRAWAL_REQUESTED",
  "STOPPED",
  "PROCESSED",
  "RESULT_RETURNED",
  "WITHDRAWN",
] as const;
export type Status = (typeof STATUSES)[number];

/** A dossier in one of these statuses is finished: nothing more happens to it. */
export const FINAL_STATUSES = ["NOT_RECEIVED", "STOPPED", "RESULT_RETURNED", "WITHDRAWN"] as const satisfies readonly Status[];
export const OPEN_STATUSES = STATUSES.filter((s) => !(FINAL_STATUSES as readonly Status[]).includes(s)) as Exclude<
  Status,
  (typeof FINAL_STATUSES)[number]
>[];
export const isFinal = (s: Status): boolean => (FINAL_STATUSES as readonly Status[]).includes(s);

/** Statuses in which the legal clock stands still (waiting for the applicant). */
export const PAUSED_STATUSES = ["SUPPLEMENT_REQUESTED", "FINANCIAL_OBLIGATION_REQUESTED", "WITHDRAWAL_REQUESTED"] as const satisfies readonly Status[];
export const isPaused = (s: Status): boolean => (PAUSED_STATUSES as readonly Status[]).includes(s);

export const ROLES = ["CITIZEN", "RECEPTION", "SPECIALIST", "LEADER", "ADMIN", "AGENCY_ADMIN", "INSPECTOR"] as const;
export type Role = (typeof ROLES)[number];
export const OFFICER_ROLES = ["RECEPTION", "SPECIALIST", "LEADER"] as const satisfies readonly Role[];

/**
 * Where a dossier stands inside IN_PROCESSING at its current agency:
 * AWAITING_ASSIGNMENT (handed over, nobody assigned) → EXAMINING (a specialist examines) →
 * PROPOSED (the specialist proposed a result; the leader decides) → APPROVED (approved for this leg
 * of an inter-agency route; ready to be handed to the next agency).
 */
export const STEPS = ["AWAITING_ASSIGNMENT", "EXAMINING", "PROPOSED", "APPROVED"] as const;
export type Step = (typeof STEPS)[number];
