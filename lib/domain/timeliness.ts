/**
 * On time / late, defined once (DOMAIN.md, "Late dossiers" and "The service index").
 *
 * - A finished dossier (its result ready: the first time it reached PROCESSED) is on time when it
 *   was ready by its legal due instant; early when ready on a local day before the due day; late
 *   otherwise. A dossier that needed an apology letter (an extended date) is late in every count:
 *   the apology's new date never makes a late dossier on time.
 * - An open dossier is past its deadline when its legal due instant has passed; a stopped clock
 *   (no due instant while waiting for the applicant) is within.
 * - A new online dossier's deadline is the reception deadline (8 working hours).
 *
 * The statistics compute the same classification in SQL: {@link timelinessSql} and
 * {@link overdueSql} are the one SQL form of these rules, and an integration test feeds the same
 * dossiers to both and compares every figure.
 */

export type Timeliness = "EARLY" | "ON_TIME" | "LATE";
export type OpenState = "WITHIN" | "OVERDUE";

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam (YYYY-MM-DD) of an instant. */
export function vnDate(d: Date): string {
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Finished dossier: early, on time or late (see the module comment). */
export function classifyFinished(x: { dueAt: Date; resolvedAt: Date; extended: boolean }): Timeliness {
  if (x.extended || x.resolvedAt.getTime() > x.dueAt.getTime()) return "LATE";
  return vnDate(x.resolvedAt) < vnDate(x.dueAt) ? "EARLY" : "ON_TIME";
}

/** Finished by the due date (early or on time), or null when there is no due date to compare with. */
export function finishedOnTime(x: { dueAt: Date | null; resolvedAt: Date | null; extendedDueAt: Date | null }): boolean | null {
  if (!x.dueAt || !x.resolvedAt) return null;
  return classifyFinished({ dueAt: x.dueAt, resolvedAt: x.resolvedAt, extended: x.extendedDueAt !== null }) !== "LATE";
}

/**
 * The instant a dossier's result was ready: the first time it reached PROCESSED, or when that event
 * is missing, its finish; null for dossiers without a result (refused, stopped, withdrawn, open).
 */
export function resolvedAtOf(x: { status: string; processedAt: Date | null; finishedAt: Date | null }): Date | null {
  if (x.status !== "PROCESSED" && x.status !== "RESULT_RETURNED") return null;
  return x.processedAt ?? x.finishedAt;
}

/** Is a deadline past at `now`? Strictly after the due instant; no deadline (clock stopped) is never past. */
export function isOverdue(due: Date | null, now: Date): boolean {
  return due !== null && now.getTime() > due.getTime();
}

/** Open dossier: within or past its deadline. */
export function classifyOpen(x: { dueAt: Date | null; now: Date }): OpenState {
  return isOverdue(x.dueAt, x.now) ? "OVERDUE" : "WITHIN";
}

const TZ = "Asia/Ho_Chi_Minh";

/**
 * The SQL of {@link classifyFinished}: an expression giving 'EARLY', 'ON_TIME' or 'LATE' from SQL
 * expressions for the due instant, the instant the result was ready and the extended date.
 */
export function timelinessSql(cols: { dueAt: string; resolvedAt: string; extendedDueAt: string }): string {
  return `CASE
            WHEN ${cols.extendedDueAt} IS NOT NULL OR ${cols.resolvedAt} > ${cols.dueAt} THEN 'LATE'
            WHEN (${cols.resolvedAt} AT TIME ZONE '${TZ}')::date < (${cols.dueAt} AT TIME ZONE '${TZ}')::date THEN 'EARLY'
            ELSE 'ON_TIME'
          END`;
}

/** The SQL of {@link isOverdue}: true when the due instant `dueAt` is before `now` (both SQL expressions). */
export function overdueSql(dueAt: string, now: string): string {
  return `(${dueAt} IS NOT NULL AND ${dueAt} < ${now})`;
}
