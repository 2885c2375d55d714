/**
 * Rebuilds the statistics tables from the dossiers, ratings and feedback, in one transaction, so
 * public pages read small aggregates and never the dossiers themselves. The worker runs it
 * periodically; the counting rules are those of lib/domain/statistics (tested to agree).
 */
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { overdueSql, timelinessSql } from "@/lib/domain/timeliness";

const TZ = "Asia/Ho_Chi_Minh";
/** On time / late as lib/domain/timeliness defines it, in SQL. */
const FINISHED_KIND = timelinessSql({ dueAt: `d."dueAt"`, resolvedAt: "r.resolved", extendedDueAt: `d."extendedDueAt"` });
const openOverdue = (now: Date) => Prisma.raw(overdueSql(`d."dueAt"`, `'${now.toISOString()}'::timestamptz`));

export async function refreshStatistics(now: Date = new Date(), client: PrismaClient = db()): Promise<{ durationMs: number }> {
  const started = performance.now();
  await client.$transaction(
    async (tx) => {
      // Only one refresh at a time; a second one waits and then recomputes from fresh data.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(727073)`;
      await tx.$executeRaw`TRUNCATE "StatDaily", "StatMonthly", "StatOpen", "StatFeedbackDaily"`;
      await tx.$executeRawUnsafe(
        `INSERT INTO "StatDaily" ("day", "agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost",
                                  "finishedEarly", "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied")
         SELECT day, agency, field, sum(ro), sum(rc), sum(rp), sum(fe), sum(fo), sum(fl), sum(rd), sum(ra), sum(rs)
           FROM (
             SELECT (d."receivedAt" AT TIME ZONE '${TZ}')::date AS day, d."receivingAgencyId" AS agency, p."fieldId" AS field,
                    (d."channel" = 'ONLINE')::int AS ro, (d."channel" = 'COUNTER')::int AS rc, (d."channel" = 'POST')::int AS rp,
                    0 AS fe, 0 AS fo, 0 AS fl, 0 AS rd, 0 AS ra, 0 AS rs
               FROM "Dossier" d
               JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
               JOIN "Procedure" p ON p."id" = v."procedureId"
              WHERE d."receivedAt" IS NOT NULL
             UNION ALL
             SELECT (f.resolved AT TIME ZONE '${TZ}')::date, f.agency, f.field, 0, 0, 0,
                    (f.kind = 'EARLY')::int, (f.kind = 'ON_TIME')::int, (f.kind = 'LATE')::int, f.digital, 0, 0
               FROM (
                 SELECT d."receivingAgencyId" AS agency, p."fieldId" AS field, r.resolved,
                        (EXISTS (SELECT 1 FROM "DossierFile" df WHERE df."dossierId" = d."id" AND df."kind" = 'RESULT'))::int AS digital,
                        ${FINISHED_KIND} AS kind
                   FROM "Dossier" d
                   JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
                   JOIN "Procedure" p ON p."id" = v."procedureId"
                   CROSS JOIN LATERAL (
                     SELECT COALESCE(
                       (SELECT min(e."createdAt") FROM "StatusEvent" e WHERE e."dossierId" = d."id" AND e."toStatus" = 'PROCESSED'),
                       d."finishedAt") AS resolved
                   ) r
                  WHERE d."status" IN ('PROCESSED', 'RESULT_RETURNED') AND r.resolved IS NOT NULL
               ) f
             UNION ALL
             SELECT (g."createdAt" AT TIME ZONE '${TZ}')::date, g."agencyId", p."fieldId", 0, 0, 0, 0, 0, 0, 0, 1, (g."overall" >= 4)::int
               FROM "Rating" g
               JOIN "Dossier" d ON d."id" = g."dossierId"
               JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
               JOIN "Procedure" p ON p."id" = v."procedureId"
           ) x
          GROUP BY day, agency, field`,
      );
      await tx.$executeRaw`
        INSERT INTO "StatMonthly" ("month", "agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost",
                                   "finishedEarly", "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied")
        SELECT date_trunc('month', "day")::date, "agencyId", "fieldId", sum("receivedOnline"), sum("receivedCounter"), sum("receivedPost"),
               sum("finishedEarly"), sum("finishedOnTime"), sum("finishedLate"), sum("resultsDigital"), sum("rated"), sum("ratedSatisfied")
          FROM "StatDaily" GROUP BY 1, 2, 3`;
      const OPEN_OVERDUE = openOverdue(now);
      await tx.$executeRaw`
        INSERT INTO "StatOpen" ("agencyId", "fieldId", "openWithin", "openOverdue")
        SELECT d."receivingAgencyId", p."fieldId",
               count(*) FILTER (WHERE NOT ${OPEN_OVERDUE}),
               count(*) FILTER (WHERE ${OPEN_OVERDUE})
          FROM "Dossier" d
          JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
          JOIN "Procedure" p ON p."id" = v."procedureId"
         WHERE d."receivedAt" IS NOT NULL
           AND d."status" IN ('RECEIVED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION_REQUESTED', 'WITHDRAWAL_REQUESTED')
         GROUP BY 1, 2`;
      await tx.$executeRawUnsafe(
        `INSERT INTO "StatFeedbackDaily" ("day", "agencyId", "received", "answered", "answeredOnTime")
         SELECT day, agency, sum(rec), sum(ans), sum(ont) FROM (
           SELECT ("createdAt" AT TIME ZONE '${TZ}')::date AS day, "agencyId" AS agency, 1 AS rec, 0 AS ans, 0 AS ont FROM "Feedback"
           UNION ALL
           SELECT ("answeredAt" AT TIME ZONE '${TZ}')::date, "agencyId", 0, 1, (COALESCE("answeredOnTime", false))::int
             FROM "Feedback" WHERE "answeredAt" IS NOT NULL
         ) x GROUP BY day, agency`,
      );
      const value = { at: now.toISOString() };
      await tx.setting.upsert({ where: { key: "stats.refreshedAt" }, create: { key: "stats.refreshedAt", value }, update: { value } });
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { durationMs: Math.round(performance.now() - started) };
}
