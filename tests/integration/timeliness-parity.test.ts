/**
 * On time / late is defined once (lib/domain/timeliness). The statistics compute it in SQL: this
 * test feeds the same dossiers — many of them on the edges (finished at the due instant, a
 * millisecond after, late in the evening of the day before, extended, without a PROCESSED event,
 * open exactly at the deadline) — to the domain functions and to the statistics refresh, and
 * compares every figure, day by day.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { classifyFinished, classifyOpen, resolvedAtOf, vnDate } from "@/lib/domain/timeliness";
import { refreshStatistics } from "@/lib/server/stats/refresh";

let client: pg.Client;
let agencyId = "";
const agencyCode = `998.${randomBytes(2).toString("hex").toUpperCase()}.H42`;
const NOW = new Date("2026-06-15T10:00:00.000+07:00");
const H = 3600_000;

interface Row {
  status: string;
  receivedAt: Date;
  dueAt: Date | null;
  extendedDueAt: Date | null;
  processedAt: Date | null;
  finishedAt: Date | null;
}

function dossiers(): Row[] {
  const rows: Row[] = [];
  const base = new Date("2026-03-02T17:00:00.000+07:00").getTime();
  // Finished dossiers: result ready at various offsets from the due instant.
  const offsets = [-72 * H, -25 * H, -17 * H - 1, -10 * H, -1, 0, 1, 7 * H - 1, 7 * H, 30 * H];
  offsets.forEach((off, i) => {
    const due = new Date(base + i * 24 * H);
    const ready = new Date(due.getTime() + off);
    for (const extended of [false, true]) {
      for (const withEvent of [true, false]) {
        for (const status of ["PROCESSED", "RESULT_RETURNED"]) {
          if (status === "PROCESSED" && !withEvent) continue; // a PROCESSED dossier always has its event
          rows.push({
            status,
            receivedAt: new Date(due.getTime() - 48 * H),
            dueAt: due,
            extendedDueAt: extended ? new Date(due.getTime() + 72 * H) : null,
            processedAt: withEvent ? ready : null,
            finishedAt: status === "RESULT_RETURNED" ? (withEvent ? new Date(ready.getTime() + 5 * H) : ready) : null,
          });
        }
      }
    }
  });
  // Ended without a result: never counted as finished.
  for (const status of ["STOPPED", "WITHDRAWN", "NOT_RECEIVED"]) {
    rows.push({ status, receivedAt: new Date(base), dueAt: new Date(base + 24 * H), extendedDueAt: null, processedAt: null, finishedAt: new Date(base + 48 * H) });
  }
  // Open dossiers around the snapshot instant.
  for (const [status, due] of [
    ["RECEIVED", new Date(NOW.getTime() - 1)],
    ["IN_PROCESSING", NOW],
    ["IN_PROCESSING", new Date(NOW.getTime() + 1)],
    ["IN_PROCESSING", new Date(NOW.getTime() - 30 * 24 * H)],
    ["SUPPLEMENT_REQUESTED", null],
    ["FINANCIAL_OBLIGATION_REQUESTED", new Date(NOW.getTime() - H)],
    ["WITHDRAWAL_REQUESTED", new Date(NOW.getTime() + H)],
  ] as const) {
    rows.push({ status, receivedAt: new Date("2026-05-04T09:00:00+07:00"), dueAt: due, extendedDueAt: null, processedAt: null, finishedAt: null });
  }
  return rows;
}

const ROWS = dossiers();

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const root = await client.query<{ id: string; path: string }>(`SELECT id, path FROM "Agency" WHERE "parentId" IS NULL`);
  const agency = await client.query<{ id: string }>(
    `INSERT INTO "Agency" (id, code, name, "nameEn", kind, "parentId", path, "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Xã Đúng Hạn', 'On-time Commune', 'COMMUNE', $2, '', now()) RETURNING id`,
    [agencyCode, root.rows[0]!.id],
  );
  agencyId = agency.rows[0]!.id;
  await client.query(`UPDATE "Agency" SET path = $1 WHERE id = $2`, [`${root.rows[0]!.path}${agencyId}/`, agencyId]);
  const version = await client.query<{ id: string }>(`SELECT v.id FROM "ProcedureVersion" v JOIN "Procedure" p ON p."currentVersionId" = v.id LIMIT 1`);
  for (const [i, r] of ROWS.entries()) {
    const d = await client.query<{ id: string }>(
      `INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", applicant, "applicantName", channel, status,
         "receivingAgencyId", "currentAgencyId", answers, "submittedAt", "receivedAt", "dueAt", "extendedDueAt", "finishedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'x', $2, '{}', 'Người thử', 'COUNTER', $3, $4, $4, '{}', $5, $5, $6, $7, $8, now()) RETURNING id`,
      [`${agencyCode}-260301-${String(i + 1).padStart(4, "0")}`, version.rows[0]!.id, r.status, agencyId, r.receivedAt, r.dueAt, r.extendedDueAt, r.finishedAt],
    );
    if (r.processedAt) {
      await client.query(`INSERT INTO "StatusEvent" ("dossierId", action, "toStatus", "createdAt") VALUES ($1, 'approve', 'PROCESSED', $2)`, [d.rows[0]!.id, r.processedAt]);
    }
  }
  // A full rebuild: other tests' refreshes may have moved the incremental watermark past these dossiers.
  await refreshStatistics(NOW, undefined, { full: true });
});

afterAll(async () => {
  await client.end();
});

describe("on time / late: the domain and the statistics agree", () => {
  it("gives every finished dossier the same class, day by day", async () => {
    const expected = new Map<string, { early: number; onTime: number; late: number }>();
    for (const r of ROWS) {
      const resolvedAt = resolvedAtOf(r);
      if (!resolvedAt || !r.dueAt) continue;
      const kind = classifyFinished({ dueAt: r.dueAt, resolvedAt, extended: r.extendedDueAt !== null });
      const day = vnDate(resolvedAt);
      const e = expected.get(day) ?? { early: 0, onTime: 0, late: 0 };
      if (kind === "EARLY") e.early++;
      else if (kind === "ON_TIME") e.onTime++;
      else e.late++;
      expected.set(day, e);
    }
    const got = await client.query<{ day: string; early: number; onTime: number; late: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum("finishedEarly")::int AS early, sum("finishedOnTime")::int AS "onTime", sum("finishedLate")::int AS late
         FROM "StatDaily" WHERE "agencyId" = $1 GROUP BY day HAVING sum("finishedEarly" + "finishedOnTime" + "finishedLate") > 0 ORDER BY day`,
      [agencyId],
    );
    const actual = new Map(got.rows.map((r) => [r.day, { early: r.early, onTime: r.onTime, late: r.late }]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries([...expected.entries()].sort()));
    // The data set really exercises all three classes.
    const sum = [...expected.values()].reduce((a, b) => ({ early: a.early + b.early, onTime: a.onTime + b.onTime, late: a.late + b.late }));
    expect(sum.early).toBeGreaterThan(0);
    expect(sum.onTime).toBeGreaterThan(0);
    expect(sum.late).toBeGreaterThan(0);
  });

  it("gives every open dossier the same within / past-deadline state", async () => {
    const open = ROWS.filter((r) => ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "FINANCIAL_OBLIGATION_REQUESTED", "WITHDRAWAL_REQUESTED"].includes(r.status));
    const within = open.filter((r) => classifyOpen({ dueAt: r.dueAt, now: NOW }) === "WITHIN").length;
    const overdue = open.length - within;
    const got = await client.query<{ within: number; overdue: number }>(
      `SELECT sum("openWithin")::int AS within, sum("openOverdue")::int AS overdue FROM "StatOpen" WHERE "agencyId" = $1`,
      [agencyId],
    );
    expect(got.rows[0]).toEqual({ within, overdue });
    expect(within).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
  });
});
