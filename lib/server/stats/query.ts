/**
 * Public statistics for a period, per agency, per field and per month, read from the aggregates
 * that refreshStatistics() maintains.
 */
import { z } from "zod";
import { readDb } from "@/lib/db";
import { calendarDateSchema } from "@/lib/domain/calendar-date";
import { Prisma } from "@/lib/generated/prisma/client";
import { addFigures, emptyFigures, rates, scorecard, sipas, splitPeriod, type Figures, type Rates, type ScoreLine } from "@/lib/domain/statistics";
import { onChange } from "@/lib/server/changes";
import { fromLocal, addDaysToDate } from "@/lib/domain/calendar";
import { digitisedDossierCount } from "@/lib/server/document-store/stats";
import { onlinePaymentFigures } from "@/lib/server/payments/stats";
import { countPublishedInFull } from "@/lib/server/admin/procedures";

const isoDate = calendarDateSchema;

export const statisticsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    agency: z.string().regex(/^[A-Z0-9.]{1,40}$/).optional(),
    field: z.string().regex(/^[A-Z0-9_]{1,40}$/).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

export interface Row {
  code: string;
  name: string;
  nameEn: string;
  figures: Figures;
  rates: Rates;
}

export interface StatisticsReport {
  from: string;
  to: string;
  agency: { code: string; name: string; nameEn: string } | null;
  field: { code: string; name: string; nameEn: string } | null;
  refreshedAt: string | null;
  totals: Figures;
  totalRates: Rates;
  byAgency: Row[];
  byField: Row[];
  byMonth: Array<{ month: string; figures: Figures; rates: Rates }>;
  scorecard: ScoreLine[];
  /** SIPAS: satisfied share of the ratings on each of the five factors, and their mean. */
  sipas: ReturnType<typeof sipas>;
  agencies: Array<{ code: string; name: string; nameEn: string }>;
  fields: Array<{ code: string; name: string; nameEn: string }>;
}

type SumRow = {
  key: string;
  receivedOnline: number;
  receivedCounter: number;
  receivedPost: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  resultsDigital: number;
  rated: number;
  ratedSatisfied: number;
  ratedDissatisfied: number;
  satisfiedAccess: number;
  satisfiedProcedure: number;
  satisfiedOfficers: number;
  satisfiedResult: number;
  satisfiedFeedbackHandling: number;
};

const SUMS = Prisma.sql`
  sum("receivedOnline")::int AS "receivedOnline", sum("receivedCounter")::int AS "receivedCounter",
  sum("receivedPost")::int AS "receivedPost", sum("finishedEarly")::int AS "finishedEarly",
  sum("finishedOnTime")::int AS "finishedOnTime", sum("finishedLate")::int AS "finishedLate",
  sum("resultsDigital")::int AS "resultsDigital", sum("rated")::int AS "rated", sum("ratedSatisfied")::int AS "ratedSatisfied",
  sum("ratedDissatisfied")::int AS "ratedDissatisfied", sum("satisfiedAccess")::int AS "satisfiedAccess",
  sum("satisfiedProcedure")::int AS "satisfiedProcedure", sum("satisfiedOfficers")::int AS "satisfiedOfficers",
  sum("satisfiedResult")::int AS "satisfiedResult", sum("satisfiedFeedbackHandling")::int AS "satisfiedFeedbackHandling"`;

function toFigures(r: Partial<SumRow & { kind: string }> | undefined): Figures {
  const { key: _key, kind: _kind, ...rest } = r ?? {};
  return addFigures(emptyFigures(), rest);
}

const COLUMNS = Prisma.sql`"agencyId", "fieldId", "receivedOnline", "receivedCounter", "receivedPost", "finishedEarly",
  "finishedOnTime", "finishedLate", "resultsDigital", "rated", "ratedSatisfied", "ratedDissatisfied", "satisfiedAccess",
  "satisfiedProcedure", "satisfiedOfficers", "satisfiedResult", "satisfiedFeedbackHandling"`;

function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Reports are kept in memory per query until the worker's next refresh (the aggregates cannot
 * change before it), so a busy statistics page costs one small read per view. A report is kept as it
 * is being computed: visitors asking for the same one at once share one computation.
 */
const cache = new Map<string, Promise<StatisticsReport>>();
const CACHE_LIMIT = 500;
onChange("stats", () => cache.clear());

export async function getStatistics(query: StatisticsQuery): Promise<StatisticsReport> {
  const refreshed = await readDb().setting.findUnique({ where: { key: "stats.refreshedAt" }, select: { value: true } });
  const stamp = (refreshed?.value as { at?: string } | null | undefined)?.at ?? "never";
  const key = JSON.stringify([stamp, today(), query.from, query.to, query.agency, query.field]);
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  const computing = computeStatistics(query);
  cache.set(key, computing);
  // A failed computation is not kept.
  computing.catch(() => {
    if (cache.get(key) === computing) cache.delete(key);
  });
  return computing;
}

/**
 * The records the 766 scorecard reads besides the aggregates: fees paid (online and in all, each
 * payment request once) and dossiers with documents digitised into or taken from the citizen's store,
 * for the same period, agency subtree and field.
 */
export async function storeAndPaymentFigures(
  from: string,
  to: string,
  query: Pick<StatisticsQuery, "agency" | "field">,
  agencyRow: { path: string } | null,
  fieldRow: { id: string } | null,
): Promise<{ payments: { paidOnline: number; paid: number }; digitisedDossiers: number; complainedDossiers: number }> {
  const range = {
    from: fromLocal(from),
    to: fromLocal(addDaysToDate(to, 1)),
    // An unknown agency or field matches nothing, as for the other figures.
    ...(query.agency ? { agencyPathPrefix: agencyRow?.path ?? "//none//" } : {}),
    ...(query.field ? { fieldId: fieldRow?.id ?? "00000000-0000-0000-0000-000000000000" } : {}),
  };
  const [payments, digitisedDossiers, complainedDossiers] = await Promise.all([
    onlinePaymentFigures(range, readDb),
    digitisedDossierCount(range),
    complainedDossierCount(range),
  ]);
  return { payments: { paidOnline: payments.paidOnline, paid: payments.paidOnline + payments.paidAtDesk }, digitisedDossiers, complainedDossiers };
}

/** Dossiers complained about in the period: feedback sent about a dossier, each dossier once. */
async function complainedDossierCount(range: { from: Date; to: Date; agencyPathPrefix?: string; fieldId?: string }): Promise<number> {
  const conditions: Prisma.Sql[] = [Prisma.sql`f."target" = 'DOSSIER' AND f."dossierId" IS NOT NULL AND f."createdAt" >= ${range.from} AND f."createdAt" < ${range.to}`];
  if (range.agencyPathPrefix !== undefined) {
    conditions.push(Prisma.sql`f."agencyId" IN (SELECT "id" FROM "Agency" WHERE "path" LIKE ${`${range.agencyPathPrefix}%`})`);
  }
  if (range.fieldId !== undefined) {
    conditions.push(Prisma.sql`f."dossierId" IN (SELECT d."id" FROM "Dossier" d JOIN "ProcedureVersion" v ON v."id" = d."procedureVersionId"
                                                  JOIN "Procedure" p ON p."id" = v."procedureId" WHERE p."fieldId" = ${range.fieldId}::uuid)`);
  }
  const rows = await readDb().$queryRaw<Array<{ n: number }>>`
    SELECT count(DISTINCT f."dossierId")::int AS n FROM "Feedback" f WHERE ${Prisma.join(conditions, " AND ")}`;
  return rows[0]?.n ?? 0;
}

async function computeStatistics(query: StatisticsQuery): Promise<StatisticsReport> {
  const to = query.to ?? today();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const prisma = readDb();

  const [agencyRow, fieldRow] = await Promise.all([
    query.agency ? prisma.agency.findUnique({ where: { code: query.agency }, select: { id: true, code: true, name: true, nameEn: true, path: true } }) : null,
    query.field ? prisma.field.findUnique({ where: { code: query.field }, select: { id: true, code: true, name: true, nameEn: true } }) : null,
  ]);

  const filters: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const feedbackConditions: Prisma.Sql[] = [Prisma.sql`s."day" BETWEEN ${from}::date AND ${to}::date`];
  if (query.agency) {
    // An unknown agency gives empty figures, not an error: the filter matches nothing.
    const prefix = agencyRow ? `${agencyRow.path}%` : "//none//";
    const inAgency = Prisma.sql`s."agencyId" IN (SELECT "id" FROM "Agency" WHERE "path" LIKE ${prefix})`;
    filters.push(inAgency);
    feedbackConditions.push(inAgency);
  }
  if (query.field) {
    const fieldId = fieldRow?.id ?? "00000000-0000-0000-0000-000000000000";
    filters.push(Prisma.sql`s."fieldId" = ${fieldId}::uuid`);
  }
  const filterSql = Prisma.join(filters, " AND ");
  const feedbackWhere = Prisma.join(feedbackConditions, " AND ");
  const period = splitPeriod(from, to);
  const parts: Prisma.Sql[] = period.days.map(
    ([a, b]) => Prisma.sql`SELECT "day" AS d, ${COLUMNS} FROM "StatDaily" WHERE "day" BETWEEN ${a}::date AND ${b}::date`,
  );
  if (period.months) {
    parts.push(Prisma.sql`SELECT "month" AS d, ${COLUMNS} FROM "StatMonthly" WHERE "month" BETWEEN ${period.months[0]}::date AND ${period.months[1]}::date`);
  }
  const source = Prisma.join(parts, " UNION ALL ");

  const [grouped, openAgency, openField, feedbackAgency, feedbackMonth, refreshed, agencies, fields, published, refusals] =
    await Promise.all([
      // One pass over the aggregates gives the rows per agency, per field and per month.
      prisma.$queryRaw<Array<SumRow & { kind: string }>>`
        SELECT CASE WHEN GROUPING(s."agencyId") = 0 THEN 'agency' WHEN GROUPING(s."fieldId") = 0 THEN 'field' ELSE 'month' END AS kind,
               COALESCE(s."agencyId"::text, s."fieldId"::text, to_char(date_trunc('month', s.d), 'YYYY-MM')) AS key, ${SUMS}
          FROM (${source}) s
         WHERE ${filterSql}
         GROUP BY GROUPING SETS ((s."agencyId"), (s."fieldId"), (date_trunc('month', s.d)))`,
      prisma.$queryRaw<Array<{ key: string; openWithin: number; openOverdue: number }>>`
        SELECT s."agencyId"::text AS key, sum("openWithin")::int AS "openWithin", sum("openOverdue")::int AS "openOverdue"
          FROM "StatOpen" s WHERE ${filterSql} GROUP BY 1`,
      prisma.$queryRaw<Array<{ key: string; openWithin: number; openOverdue: number }>>`
        SELECT s."fieldId"::text AS key, sum("openWithin")::int AS "openWithin", sum("openOverdue")::int AS "openOverdue"
          FROM "StatOpen" s WHERE ${filterSql} GROUP BY 1`,
      prisma.$queryRaw<Array<{ key: string; feedbackReceived: number; feedbackAnswered: number; feedbackAnsweredOnTime: number }>>`
        SELECT s."agencyId"::text AS key, sum("received")::int AS "feedbackReceived", sum("answered")::int AS "feedbackAnswered",
               sum("answeredOnTime")::int AS "feedbackAnsweredOnTime"
          FROM "StatFeedbackDaily" s WHERE ${feedbackWhere} GROUP BY 1`,
      prisma.$queryRaw<Array<{ key: string; feedbackReceived: number; feedbackAnswered: number; feedbackAnsweredOnTime: number }>>`
        SELECT to_char(s."day", 'YYYY-MM') AS key, sum("received")::int AS "feedbackReceived", sum("answered")::int AS "feedbackAnswered",
               sum("answeredOnTime")::int AS "feedbackAnsweredOnTime"
          FROM "StatFeedbackDaily" s WHERE ${feedbackWhere} GROUP BY 1`,
      prisma.setting.findUnique({ where: { key: "stats.refreshedAt" } }),
      prisma.agency.findMany({
        where: { active: true, kind: { in: ["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "POLICE", "SOCIAL_INSURANCE"] } },
        select: { id: true, code: true, name: true, nameEn: true },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      }),
      prisma.field.findMany({ select: { id: true, code: true, name: true, nameEn: true }, orderBy: { name: "asc" } }),
      prisma.procedureAgency.findMany({
        where: {
          role: "IMPLEMENTING",
          version: { status: "PUBLISHED", currentOf: { isNot: null }, ...(fieldRow ? { procedure: { fieldId: fieldRow.id } } : {}) },
          ...(agencyRow ? { agency: { path: { startsWith: agencyRow.path } } } : {}),
        },
        select: { versionId: true },
        distinct: ["versionId"],
      }),
      prisma.$queryRaw<Array<{ kind: string; key: string; refused: number }>>`
        SELECT CASE WHEN GROUPING(s."agencyId") = 0 THEN 'agency' WHEN GROUPING(s."fieldId") = 0 THEN 'field' ELSE 'month' END AS kind,
               COALESCE(s."agencyId"::text, s."fieldId"::text, to_char(date_trunc('month', s."day"), 'YYYY-MM')) AS key, sum(s."refused")::int AS refused
          FROM "StatRefusalDaily" s
         WHERE s."day" BETWEEN ${from}::date AND ${to}::date AND ${filterSql}
         GROUP BY GROUPING SETS ((s."agencyId"), (s."fieldId"), (date_trunc('month', s."day")))`,
    ]);
  const refusedBy = (kind: string) => new Map(refusals.filter((r) => r.kind === kind).map((r) => [r.key, r.refused]));
  const refusedByAgency = refusedBy("agency");
  const refusedByField = refusedBy("field");
  const refusedByMonth = refusedBy("month");
  const perAgency = grouped.filter((r) => r.kind === "agency");
  const perField = grouped.filter((r) => r.kind === "field");
  const perMonth = grouped.filter((r) => r.kind === "month").sort((a, b) => a.key.localeCompare(b.key));

  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const openByAgency = new Map(openAgency.map((r) => [r.key, r]));
  const openByField = new Map(openField.map((r) => [r.key, r]));
  const feedbackByAgency = new Map(feedbackAgency.map((r) => [r.key, r]));

  const agencyKeys = new Set([...perAgency.map((r) => r.key), ...openAgency.map((r) => r.key), ...feedbackAgency.map((r) => r.key), ...refusedByAgency.keys()]);
  const byAgency: Row[] = [...agencyKeys]
    .map((key) => {
      const a = agencyById.get(key);
      const o = openByAgency.get(key);
      const fb = feedbackByAgency.get(key);
      const figures = addFigures(toFigures(perAgency.find((r) => r.key === key)), {
        openWithin: o?.openWithin ?? 0,
        openOverdue: o?.openOverdue ?? 0,
        feedbackReceived: fb?.feedbackReceived ?? 0,
        feedbackAnswered: fb?.feedbackAnswered ?? 0,
        feedbackAnsweredOnTime: fb?.feedbackAnsweredOnTime ?? 0,
        refusedAtDesk: refusedByAgency.get(key) ?? 0,
      });
      return { code: a?.code ?? key, name: a?.name ?? key, nameEn: a?.nameEn ?? key, figures, rates: rates(figures) };
    })
    .sort((x, y) => x.name.localeCompare(y.name, "vi"));

  const fieldKeys = new Set([...perField.map((r) => r.key), ...openField.map((r) => r.key), ...refusedByField.keys()]);
  const byField: Row[] = [...fieldKeys]
    .map((key) => {
      const f = fieldById.get(key);
      const o = openByField.get(key);
      const figures = addFigures(toFigures(perField.find((r) => r.key === key)), {
        openWithin: o?.openWithin ?? 0,
        openOverdue: o?.openOverdue ?? 0,
        refusedAtDesk: refusedByField.get(key) ?? 0,
      });
      return { code: f?.code ?? key, name: f?.name ?? key, nameEn: f?.nameEn ?? key, figures, rates: rates(figures) };
    })
    .sort((x, y) => x.name.localeCompare(y.name, "vi"));

  const totals = byAgency.reduce((acc, r) => addFigures(acc, r.figures), emptyFigures());
  const feedbackByMonth = new Map(feedbackMonth.map((r) => [r.key, r]));
  const months = new Set([...perMonth.map((r) => r.key), ...feedbackMonth.map((r) => r.key), ...refusedByMonth.keys()]);
  const byMonth = [...months].sort().map((month) => {
    const fb = feedbackByMonth.get(month);
    const figures = addFigures(toFigures(perMonth.find((r) => r.key === month)), {
      feedbackReceived: fb?.feedbackReceived ?? 0,
      feedbackAnswered: fb?.feedbackAnswered ?? 0,
      feedbackAnsweredOnTime: fb?.feedbackAnsweredOnTime ?? 0,
      refusedAtDesk: refusedByMonth.get(month) ?? 0,
    });
    return { month, figures, rates: rates(figures) };
  });

  const refreshedValue = refreshed?.value as { at?: string } | null | undefined;
  return {
    from,
    to,
    agency: agencyRow ? { code: agencyRow.code, name: agencyRow.name, nameEn: agencyRow.nameEn } : null,
    field: fieldRow ? { code: fieldRow.code, name: fieldRow.name, nameEn: fieldRow.nameEn } : null,
    refreshedAt: refreshedValue?.at ?? null,
    totals,
    totalRates: rates(totals),
    byAgency,
    byField,
    byMonth,
    scorecard: scorecard(totals, {
      proceduresPublished: published.length,
      proceduresComplete: await countPublishedInFull(prisma, published.map((p) => p.versionId)),
      ...(await storeAndPaymentFigures(from, to, query, agencyRow, fieldRow)),
    }),
    sipas: sipas(totals),
    agencies: agencies.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    fields: fields.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
  };
}
