/**
 * Keeps the statistics tables in step with the dossiers, ratings and feedback, so public pages read
 * small aggregates and never the dossiers themselves. The worker runs it periodically; the counting
 * rules are those of lib/domain/statistics (tested to agree).
 *
 * Incremental: a watermark (setting "stats.watermark") remembers when the last refresh read the
 * data. The next one finds what changed since (dossiers by "updatedAt", ratings by "createdAt") and
 * recomputes only the days from the earliest day those changes can touch: a dossier counts on the
 * day it was received, the day it was resolved and the day it was rated, never before its
 * reception, so every day it counts on — before and after the change — is at or after its
 * reception day. Those days are deleted and inserted again in one transaction: readers keep
 * seeing the previous figures until it commits (no TRUNCATE, no lock they would wait on).
 *
 * One refresh at a time, however many workers: a transaction-scoped advisory lock, taken without
 * waiting; a refresh that finds it taken does nothing (the running one covers its changes).
 */
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { overdueSql, timelinessSql } from "@/lib/domain/timeliness";
import { DISSATISFIED_UP_TO, SATISFIED_FROM } from "@/lib/domain/statistics";

const TZ = "Asia/Ho_Chi_Minh";
const LOCK_KEY = 727073;
const WATERMARK = "stats.watermark";
/**
 * The next refresh looks this far before the previous one's start again: a transaction that was
 * still open then (its rows stamped before the watermark, committed after) is not missed, and
 * clocks of the application servers may drift a little. Recomputing a day twice is harmless.
 */
const OVERLAP_MS = 10 * 60_000;

/** On time / late as lib/domain/timeliness defines it (the one definition), in SQL over `d` and `r.resolved`. */
const FINISHED_KIND = Prisma.raw(timelinessSql({ dueAt: `d."dueAt"`, resolvedAt: "r.resolved", extendedDueAt: `d."extendedDueAt"` }));
const openOverdue = (now: Date) => Prisma.raw(overdueSql(`d."dueAt"`, `'${now.toISOString()}'::timestamptz`));

type Tx = Prisma.TransactionClient;

export interface RefreshOutcome {
  durationMs: number;
  /** "full": everything rebuilt; "incremental": the days from `fromDay` on; "unchanged"; "skipped": another refresh was running. */
  mode: "full" | "incremental" | "unchanged" | "skipped";
  fromDay: string | null;
}

/** Inserts the daily figures of the days from `from` (a date, null: every day). */
async function insertDaily(tx: Tx, from: string | null): Promise<void> {
  // Start of the first day, as an instant.
  const since = from === null ? Prisma.sql`'-infinity'::timestamptz` : Prisma.sql`(${from}::date::timestamp AT TIME ZONE ${TZ})`;
  await tx.$executeRaw`
    INSERT INTO "StatDaily" ("day", "agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost",
                             "finishedEarly", "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied",
                             "ratedDissatisfied", "satisfiedAccess", "satisfiedProcedure", "satisfiedOfficers", "satisfiedResult", "satisfiedFeedbackHandling")
    SELECT day, agency, field, sum(ro), sum(rc), sum(rp), sum(fe), sum(fo), sum(fl), sum(rd), sum(ra), sum(rs),
           sum(rx), sum(sa), sum(sp), sum(so), sum(sr), sum(sf)
      FROM (
        SELECT (d."receivedAt" AT TIME ZONE ${TZ})::date AS day, d."receivingAgencyId" AS agency, p."fieldId" AS field,
               (d."channel" = 'ONLINE')::int AS ro, (d."channel" = 'COUNTER')::int AS rc, (d."channel" = 'POST')::int AS rp,
               0 AS fe, 0 AS fo, 0 AS fl, 0 AS rd, 0 AS ra, 0 AS rs, 0 AS rx, 0 AS sa, 0 AS sp, 0 AS so, 0 AS sr, 0 AS sf
          FROM "Dossier" d
          JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
          JOIN "Procedure" p ON p."id" = v."procedureId"
         WHERE d."receivedAt" >= ${since}
        UNION ALL
        SELECT (f.resolved AT TIME ZONE ${TZ})::date, f.agency, f.field, 0, 0, 0,
               (f.kind = 'EARLY')::int, (f.kind = 'ON_TIME')::int, (f.kind = 'LATE')::int, f.digital, 0, 0, 0, 0, 0, 0, 0, 0
          FROM (
            SELECT d."receivingAgencyId" AS agency, p."fieldId" AS field, r.resolved,
                   -- Digitised results (766): returned as a signed electronic document, not any file.
                   (EXISTS (SELECT 1 FROM "ElectronicResult" er
                             WHERE er."dossierId" = d."id" AND er."signed" AND er."revokedAt" IS NULL))::int AS digital,
                   ${FINISHED_KIND} AS kind
              FROM "Dossier" d
              JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
              JOIN "Procedure" p ON p."id" = v."procedureId"
              CROSS JOIN LATERAL (
                SELECT COALESCE(
                  (SELECT min(e."createdAt") FROM "StatusEvent" e WHERE e."dossierId" = d."id" AND e."toStatus" = 'PROCESSED'),
                  d."finishedAt") AS resolved
              ) r
             -- Resolving a dossier updates it: one resolved on or after the first day was updated then too.
             WHERE d."status" IN ('PROCESSED', 'RESULT_RETURNED') AND d."updatedAt" >= ${since} AND r.resolved >= ${since}
          ) f
        UNION ALL
        SELECT (g."createdAt" AT TIME ZONE ${TZ})::date, g."agencyId", p."fieldId", 0, 0, 0, 0, 0, 0, 0, 1,
               (g."overall" >= ${SATISFIED_FROM})::int, (g."overall" <= ${DISSATISFIED_UP_TO})::int,
               (g."access" >= ${SATISFIED_FROM})::int, (g."procedure" >= ${SATISFIED_FROM})::int, (g."officers" >= ${SATISFIED_FROM})::int,
               (g."result" >= ${SATISFIED_FROM})::int, (g."feedbackHandling" >= ${SATISFIED_FROM})::int
          FROM "Rating" g
          JOIN "Dossier" d ON d."id" = g."dossierId"
          JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
          JOIN "Procedure" p ON p."id" = v."procedureId"
         WHERE g."createdAt" >= ${since}
      ) x
     GROUP BY day, agency, field`;
}

/** The earliest day the changes since `watermark` can touch, or null when nothing changed. */
async function firstChangedDay(tx: Tx, watermark: Date): Promise<string | null> {
  const rows = await tx.$queryRaw<Array<{ day: string | null }>>`
    SELECT to_char((least(
             (SELECT min("receivedAt") FROM "Dossier" WHERE "updatedAt" >= ${watermark}),
             (SELECT min("createdAt") FROM "Rating" WHERE "createdAt" >= ${watermark})
           ) AT TIME ZONE ${TZ})::date, 'YYYY-MM-DD') AS day`;
  return rows[0]?.day ?? null;
}

export async function refreshStatistics(
  now: Date = new Date(),
  client: PrismaClient = db(),
  options: { full?: boolean } = {},
): Promise<RefreshOutcome> {
  const started = performance.now();
  const outcome = await client.$transaction(
    async (tx): Promise<Omit<RefreshOutcome, "durationMs">> => {
      const [lock] = await tx.$queryRaw<Array<{ ok: boolean }>>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS ok`;
      if (!lock?.ok) return { mode: "skipped", fromDay: null };
      // What this refresh reads is what was committed when its transaction started.
      const [{ startedAt }] = (await tx.$queryRaw<Array<{ startedAt: Date }>>`SELECT now() AS "startedAt"`) as [{ startedAt: Date }];
      const mark = await tx.setting.findUnique({ where: { key: WATERMARK }, select: { value: true } });
      const previous = (mark?.value as { at?: string } | null | undefined)?.at;
      const full = options.full === true || !previous;

      let mode: RefreshOutcome["mode"];
      let fromDay: string | null = null;
      if (full) {
        mode = "full";
        await tx.$executeRaw`DELETE FROM "StatDaily"`;
        await tx.$executeRaw`DELETE FROM "StatMonthly"`;
        await insertDaily(tx, null);
        await tx.$executeRaw`
          INSERT INTO "StatMonthly" ("month", "agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost",
                                     "finishedEarly", "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied",
                             "ratedDissatisfied", "satisfiedAccess", "satisfiedProcedure", "satisfiedOfficers", "satisfiedResult", "satisfiedFeedbackHandling")
          SELECT date_trunc('month', "day")::date, "agencyId", "fieldId", sum("receivedOnline"), sum("receivedCounter"), sum("receivedPost"),
                 sum("finishedEarly"), sum("finishedOnTime"), sum("finishedLate"), sum("resultsDigital"), sum("rated"), sum("ratedSatisfied"),
                 sum("ratedDissatisfied"), sum("satisfiedAccess"), sum("satisfiedProcedure"), sum("satisfiedOfficers"), sum("satisfiedResult"), sum("satisfiedFeedbackHandling")
            FROM "StatDaily" GROUP BY 1, 2, 3`;
      } else {
        fromDay = await firstChangedDay(tx, new Date(Date.parse(previous) - OVERLAP_MS));
        mode = fromDay === null ? "unchanged" : "incremental";
        if (fromDay !== null) {
          await tx.$executeRaw`DELETE FROM "StatDaily" WHERE "day" >= ${fromDay}::date`;
          await insertDaily(tx, fromDay);
          await tx.$executeRaw`DELETE FROM "StatMonthly" WHERE "month" >= date_trunc('month', ${fromDay}::date)::date`;
          await tx.$executeRaw`
            INSERT INTO "StatMonthly" ("month", "agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost",
                                       "finishedEarly", "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied",
                             "ratedDissatisfied", "satisfiedAccess", "satisfiedProcedure", "satisfiedOfficers", "satisfiedResult", "satisfiedFeedbackHandling")
            SELECT date_trunc('month', "day")::date, "agencyId", "fieldId", sum("receivedOnline"), sum("receivedCounter"), sum("receivedPost"),
                   sum("finishedEarly"), sum("finishedOnTime"), sum("finishedLate"), sum("resultsDigital"), sum("rated"), sum("ratedSatisfied"),
                 sum("ratedDissatisfied"), sum("satisfiedAccess"), sum("satisfiedProcedure"), sum("satisfiedOfficers"), sum("satisfiedResult"), sum("satisfiedFeedbackHandling")
              FROM "StatDaily" WHERE "day" >= date_trunc('month', ${fromDay}::date)::date GROUP BY 1, 2, 3`;
        }
      }

      // Open dossiers (a snapshot: overdue depends on `now`) and feedback (few rows) are recomputed
      // every time, replaced inside the transaction.
      await tx.$executeRaw`DELETE FROM "StatOpen"`;
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
      await tx.$executeRaw`DELETE FROM "StatFeedbackDaily"`;
      await tx.$executeRaw`
        INSERT INTO "StatFeedbackDaily" ("day", "agencyId", "received", "answered", "answeredOnTime")
        SELECT day, agency, sum(rec), sum(ans), sum(ont) FROM (
          SELECT ("createdAt" AT TIME ZONE ${TZ})::date AS day, "agencyId" AS agency, 1 AS rec, 0 AS ans, 0 AS ont FROM "Feedback"
          UNION ALL
          SELECT ("answeredAt" AT TIME ZONE ${TZ})::date, "agencyId", 0, 1, (COALESCE("answeredOnTime", false))::int
            FROM "Feedback" WHERE "answeredAt" IS NOT NULL
        ) x GROUP BY day, agency`;
      // Counter refusals (few rows: a refusal at the desk creates no dossier), per day, agency and field.
      await tx.$executeRaw`DELETE FROM "StatRefusalDaily"`;
      await tx.$executeRaw`
        INSERT INTO "StatRefusalDaily" ("day", "agencyId", "fieldId", "refused")
        SELECT (c."createdAt" AT TIME ZONE ${TZ})::date, c."agencyId", p."fieldId", count(*)::int
          FROM "CounterRefusal" c
          JOIN "ProcedureVersion" v ON v."id" = c."procedureVersionId"
          JOIN "Procedure" p ON p."id" = v."procedureId"
         GROUP BY 1, 2, 3`;
      const value = { at: now.toISOString() };
      await tx.setting.upsert({ where: { key: "stats.refreshedAt" }, create: { key: "stats.refreshedAt", value }, update: { value } });
      const mark2 = { at: startedAt.toISOString() };
      await tx.setting.upsert({ where: { key: WATERMARK }, create: { key: WATERMARK, value: mark2 }, update: { value: mark2 } });
      return { mode, fromDay };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { ...outcome, durationMs: Math.round(performance.now() - started) };
}
