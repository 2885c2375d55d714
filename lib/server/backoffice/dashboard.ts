/**
 * The leader's dashboard: for each agency the leader oversees (theirs and those below it), the open
 * dossiers (in all and per status), those due this week, late, nearly late, receptions overdue, and those needing
 * (re)assignment — per agency and per officer, in one query (GROUPING SETS over the index
 * Dossier(currentAgencyId, status, dueAt)).
 *
 * A dossier's deadline is the one of lib/domain/timeliness: a new online dossier's is its reception
 * deadline, the others' their legal due instant; a stopped clock (no due instant) is never late.
 * "Needs reassignment": in processing with nobody assigned, or assigned to an officer who has left
 * (deactivated, or now working at another agency).
 */
import { db } from "@/lib/db";
import { addDaysToDate, fromLocal, localWeekday, toLocalDate } from "@/lib/domain/calendar";
import type { TimeLimitUnit } from "@/lib/domain/calendar";
import { timeTakenByProcedure, type TimeTaken } from "@/lib/domain/statistics/time-taken";
import { OPEN_STATUSES, type Status } from "@/lib/domain/workflow";
import { loadWorkCalendar } from "./calendar";
import { NEARLY_LATE_WORKING_DAYS } from "./queue";
import { isOfficer, queueAgencyIds } from "./scope";
import type { Actor } from "./types";

export interface DashboardFigures {
  open: number;
  dueThisWeek: number;
  late: number;
  nearlyLate: number;
  receptionOverdue: number;
  needsReassignment: number;
}

export interface DashboardOfficer extends DashboardFigures {
  /** null: nobody assigned yet. */
  userId: string | null;
  name: string | null;
  /** The officer no longer works on this agency's dossiers (deactivated or moved). */
  gone: boolean;
}

export interface DashboardAgency extends DashboardFigures {
  id: string;
  name: string;
  officers: DashboardOfficer[];
  /** Open dossiers per status, in the workflow's order; statuses with none are left out. */
  byStatus: Array<{ status: Status; count: number }>;
}

export interface Dashboard {
  agencies: DashboardAgency[];
  /** The first instant after this week (next Monday 00:00, Vietnam time). */
  weekEnd: Date;
  /** Per procedure, the dossiers whose result was ready this month: mean time taken against the legal limit. */
  timeTaken: TimeTaken[];
}

/** Next Monday 00:00 in Vietnam after `now`: "this week" ends there. */
export function endOfWeek(now: Date): Date {
  const today = toLocalDate(now);
  return fromLocal(addDaysToDate(today, 8 - localWeekday(today)));
}

interface Row {
  agencyId: string;
  agencyName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  gone: boolean | null;
  byOfficer: boolean;
  open: number;
  dueThisWeek: number;
  late: number;
  nearlyLate: number;
  receptionOverdue: number;
  needsReassignment: number;
}

/** The dashboard, for a leader only (other roles: null). */
export async function leaderDashboard(actor: Actor, options: { now?: Date } = {}): Promise<Dashboard | null> {
  if (!isOfficer(actor) || actor.role !== "LEADER") return null;
  const now = options.now ?? new Date();
  const client = db();
  const [calendar, agencyIds] = await Promise.all([loadWorkCalendar(client), queueAgencyIds(client, actor)]);
  const weekEnd = endOfWeek(now);
  const soon = calendar.addWorkingDays(calendar.nextWorkingStart(now), NEARLY_LATE_WORKING_DAYS);
  if (agencyIds.length === 0) return { agencies: [], weekEnd, timeTaken: [] };

  const rows = await client.$queryRaw<Row[]>`
    WITH open AS (
      SELECT d."currentAgencyId" AS "agencyId", d."assigneeId", d.status,
             CASE WHEN d.status = 'NEW' THEN d."receptionDueAt" ELSE d."dueAt" END AS due,
             (u.id IS NOT NULL AND (NOT u.active OR u."agencyId" IS DISTINCT FROM d."currentAgencyId")) AS gone
        FROM "Dossier" d
        LEFT JOIN "User" u ON u.id = d."assigneeId"
       WHERE d."currentAgencyId" = ANY(${agencyIds}::uuid[]) AND d.status = ANY(${OPEN_STATUSES}::"DossierStatus"[])
    )
    SELECT o."agencyId", a.name AS "agencyName", o."assigneeId", u."fullName" AS "assigneeName", bool_or(o.gone) AS gone,
           GROUPING(o."assigneeId") = 0 AS "byOfficer",
           count(*)::int AS open,
           count(*) FILTER (WHERE o.due >= ${now} AND o.due < ${weekEnd})::int AS "dueThisWeek",
           count(*) FILTER (WHERE o.due < ${now})::int AS late,
           count(*) FILTER (WHERE o.due >= ${now} AND o.due <= ${soon})::int AS "nearlyLate",
           count(*) FILTER (WHERE o.status = 'NEW' AND o.due < ${now})::int AS "receptionOverdue",
           count(*) FILTER (WHERE o.gone OR (o.status = 'IN_PROCESSING' AND o."assigneeId" IS NULL))::int AS "needsReassignment"
      FROM open o
      JOIN "Agency" a ON a.id = o."agencyId"
      LEFT JOIN "User" u ON u.id = o."assigneeId"
     GROUP BY GROUPING SETS ((o."agencyId", a.name), (o."agencyId", a.name, o."assigneeId", u."fullName"))
     ORDER BY a.name, o."agencyId", "byOfficer", u."fullName" NULLS FIRST`;

  const agencies = new Map<string, DashboardAgency>();
  for (const r of rows) {
    const figures: DashboardFigures = {
      open: r.open,
      dueThisWeek: r.dueThisWeek,
      late: r.late,
      nearlyLate: r.nearlyLate,
      receptionOverdue: r.receptionOverdue,
      needsReassignment: r.needsReassignment,
    };
    if (!r.byOfficer) {
      agencies.set(r.agencyId, { id: r.agencyId, name: r.agencyName, ...figures, officers: [], byStatus: [] });
    } else {
      agencies.get(r.agencyId)?.officers.push({ userId: r.assigneeId, name: r.assigneeName, gone: r.gone === true, ...figures });
    }
  }
  const statuses = await client.$queryRaw<Array<{ agencyId: string; status: Status; count: number }>>`
    SELECT d."currentAgencyId" AS "agencyId", d.status::text AS status, count(*)::int AS count
      FROM "Dossier" d
     WHERE d."currentAgencyId" = ANY(${agencyIds}::uuid[]) AND d.status = ANY(${OPEN_STATUSES}::"DossierStatus"[])
     GROUP BY 1, 2`;
  for (const a of agencies.values()) {
    a.byStatus = OPEN_STATUSES.flatMap((status) => {
      const count = statuses.find((x) => x.agencyId === a.id && x.status === status)?.count ?? 0;
      return count > 0 ? [{ status, count }] : [];
    });
  }
  const monthStart = fromLocal(`${toLocalDate(now).slice(0, 7)}-01`);
  const finished = await client.$queryRaw<Array<{ procedureCode: string; procedureName: string; limitValue: number; limitUnit: TimeLimitUnit; receivedAt: Date; resolvedAt: Date; dueAt: Date | null }>>`
    SELECT p.code AS "procedureCode", v.name AS "procedureName", v."timeLimitValue"::float8 AS "limitValue", v."timeLimitUnit"::text AS "limitUnit",
           d."receivedAt", r.at AS "resolvedAt", d."dueAt"
      FROM "Dossier" d
      JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId"
      JOIN "Procedure" p ON p.id = v."procedureId"
      CROSS JOIN LATERAL (
        SELECT COALESCE((SELECT min(e."createdAt") FROM "StatusEvent" e WHERE e."dossierId" = d.id AND e."toStatus" = 'PROCESSED'), d."finishedAt") AS at
      ) r
     WHERE d."currentAgencyId" = ANY(${agencyIds}::uuid[]) AND d.status IN ('PROCESSED', 'RESULT_RETURNED')
       AND d."receivedAt" IS NOT NULL AND r.at >= ${monthStart} AND r.at <= ${now}`;
  return { agencies: [...agencies.values()], weekEnd, timeTaken: timeTakenByProcedure(finished, calendar) };
}
