/**
 * The public statistics must agree with the dossiers exactly. A dedicated agency gets a set of
 * dossiers with known outcomes; after a refresh, every figure is checked against the counts
 * worked out by hand from DOMAIN.md's rules.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { refreshStatistics } from "@/lib/server/stats/refresh";
import { getStatistics } from "@/lib/server/stats/query";

let client: pg.Client;
const agencyCode = `999.${randomBytes(2).toString("hex").toUpperCase()}.H42`;
const NOW = new Date("2026-06-15T10:00:00+07:00");

interface Spec {
  channel: "ONLINE" | "COUNTER" | "POST";
  status: string;
  receivedAt: string | null;
  dueAt: string | null;
  processedAt?: string;
  extended?: boolean;
  resultFile?: boolean;
  /** The result file was returned as a signed electronic document (ElectronicResult). */
  electronic?: boolean;
  rating?: number;
  /** SIPAS factors of the rating: access, procedure, officers, result, feedback handling. */
  factors?: [number, number, number, number, number];
}

const SPECS: Spec[] = [
  { channel: "ONLINE", status: "RESULT_RETURNED", receivedAt: "2026-03-02T09:00:00+07:00", dueAt: "2026-03-05T09:00:00+07:00", processedAt: "2026-03-03T10:00:00+07:00", resultFile: true, electronic: true, rating: 5 },
  // A result file that is not a signed electronic document does not count as a digitised result.
  { channel: "COUNTER", status: "RESULT_RETURNED", receivedAt: "2026-03-02T09:30:00+07:00", dueAt: "2026-03-05T09:00:00+07:00", processedAt: "2026-03-05T08:00:00+07:00", resultFile: true, rating: 2, factors: [2, 4, 5, 1, 3] },
  { channel: "ONLINE", status: "PROCESSED", receivedAt: "2026-03-10T08:00:00+07:00", dueAt: "2026-03-12T17:00:00+07:00", processedAt: "2026-03-13T09:00:00+07:00" },
  { channel: "ONLINE", status: "RESULT_RETURNED", receivedAt: "2026-04-01T08:00:00+07:00", dueAt: "2026-04-03T17:00:00+07:00", processedAt: "2026-04-02T09:00:00+07:00", extended: true },
  { channel: "POST", status: "IN_PROCESSING", receivedAt: "2026-04-02T08:00:00+07:00", dueAt: "2026-06-20T17:00:00+07:00" },
  { channel: "COUNTER", status: "IN_PROCESSING", receivedAt: "2026-04-03T08:00:00+07:00", dueAt: "2026-05-01T17:00:00+07:00" },
  { channel: "ONLINE", status: "NEW", receivedAt: null, dueAt: null },
  { channel: "ONLINE", status: "SUPPLEMENT_REQUESTED", receivedAt: "2026-05-05T08:00:00+07:00", dueAt: null },
];

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const root = await client.query<{ id: string; path: string }>(`SELECT id, path FROM "Agency" WHERE "parentId" IS NULL`);
  const agency = await client.query<{ id: string }>(
    `INSERT INTO "Agency" (id, code, name, "nameEn", kind, "parentId", path, "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Xã Thống Kê', 'Statistics Commune', 'COMMUNE', $2, '', now()) RETURNING id`,
    [agencyCode, root.rows[0]!.id],
  );
  const agencyId = agency.rows[0]!.id;
  await client.query(`UPDATE "Agency" SET path = $1 WHERE id = $2`, [`${root.rows[0]!.path}${agencyId}/`, agencyId]);
  const version = await client.query<{ id: string }>(
    `SELECT v.id FROM "ProcedureVersion" v JOIN "Procedure" p ON p."currentVersionId" = v.id WHERE v.name = 'Đăng ký khai sinh'`,
  );
  const citizen = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'congdan@motcua.test'`);
  for (const [i, s] of SPECS.entries()) {
    const d = await client.query<{ id: string }>(
      `INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", "applicantId", applicant, "applicantName", channel, status,
         "receivingAgencyId", "currentAgencyId", answers, "submittedAt", "receivedAt", "dueAt", "extendedDueAt", "finishedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'x', $2, $3, '{}', 'Người thử', $4, $5, $6, $6, '{}', COALESCE($7::timestamptz, now()), $7, $8, $9, $10, now())
       RETURNING id`,
      [
        `${agencyCode}-260301-${String(i + 1).padStart(4, "0")}`,
        version.rows[0]!.id,
        citizen.rows[0]!.id,
        s.channel,
        s.status,
        agencyId,
        s.receivedAt,
        s.dueAt,
        s.extended ? "2026-04-10T17:00:00+07:00" : null,
        s.status === "RESULT_RETURNED" ? s.processedAt : null,
      ],
    );
    const id = d.rows[0]!.id;
    await client.query(`INSERT INTO "StatusEvent" ("dossierId", action, "toStatus", "createdAt") VALUES ($1, 'submit', 'NEW', now())`, [id]);
    if (s.processedAt) {
      await client.query(`INSERT INTO "StatusEvent" ("dossierId", action, "toStatus", "createdAt") VALUES ($1, 'approve', 'PROCESSED', $2)`, [
        id,
        s.processedAt,
      ]);
    }
    if (s.resultFile) {
      const file = await client.query<{ id: string }>(
        `INSERT INTO "DossierFile" (id, "dossierId", kind, "originalName", "storageKey", "mimeType", size, sha256)
         VALUES (gen_random_uuid(), $1, 'RESULT', 'ket-qua.pdf', $2, 'application/pdf', 10, 'x') RETURNING id`,
        [id, `stats-test/${id}`],
      );
      if (s.electronic) {
        await client.query(
          `INSERT INTO "ElectronicResult" (id, "dossierId", "agencyId", "fileId", year, number, reference, sha256, signed, "signedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, 2026, $4, $5, 'x', true, '2026-03-03T10:00:00+07:00')`,
          [id, agencyId, file.rows[0]!.id, i + 1, `${i + 1}/2026/KQ-${agencyCode}`],
        );
      }
    }
    if (s.rating) {
      const [access, procedure, officers, result, feedbackHandling] = s.factors ?? [4, 4, 4, 4, 4];
      await client.query(
        `INSERT INTO "Rating" (id, "dossierId", "userId", "agencyId", access, procedure, officers, result, "feedbackHandling", overall, contacts, "agenciesVisited", "createdAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $5, $6, $7, $8, $9, $4, 1, 1, '2026-03-06T10:00:00+07:00')`,
        [id, citizen.rows[0]!.id, agencyId, s.rating, access, procedure, officers, result, feedbackHandling],
      );
    }
  }
  for (const [n, answered] of [
    [1, true],
    [2, false],
  ] as const) {
    await client.query(
      `INSERT INTO "Feedback" (id, code, "senderId", target, "agencyId", subject, body, status, "dueAt", "answeredAt", "answeredOnTime", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'AGENCY', $3, 'Góp ý', 'Nội dung', $4, '2026-03-20T17:00:00+07:00', $5, $6, '2026-03-09T09:00:00+07:00', now())`,
      [`PA-${agencyCode}-${n}`, citizen.rows[0]!.id, agencyId, answered ? "ANSWERED" : "OPEN", answered ? "2026-03-12T09:00:00+07:00" : null, answered ? true : null],
    );
  }
  await refreshStatistics(NOW);
});

afterAll(async () => {
  await client.end();
});

describe("public statistics agree with the dossiers", () => {
  it("counts the whole half-year exactly", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-06-30", agency: agencyCode });
    expect(report.totals).toEqual({
      receivedOnline: 4,
      receivedCounter: 2,
      receivedPost: 1,
      finishedEarly: 1,
      finishedOnTime: 1,
      finishedLate: 2,
      resultsDigital: 1,
      openWithin: 2,
      openOverdue: 1,
      rated: 2,
      ratedSatisfied: 1,
      ratedDissatisfied: 1,
      satisfiedAccess: 1,
      satisfiedProcedure: 2,
      satisfiedOfficers: 2,
      satisfiedResult: 1,
      satisfiedFeedbackHandling: 1,
      feedbackReceived: 2,
      feedbackAnswered: 1,
      feedbackAnsweredOnTime: 1,
      refusedAtDesk: 0,
    });
    expect(report.totalRates).toMatchObject({ received: 7, finished: 4, onlineShare: 57.1, onTimeRate: 50, satisfiedShare: 50, feedbackOnTimeRate: 100 });
    expect(report.byAgency).toHaveLength(1);
    expect(report.byAgency[0]!.code).toBe(agencyCode);
    expect(report.byField.map((f) => f.code)).toHaveLength(1);
  });

  it("splits by month by the day each thing happened", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-06-30", agency: agencyCode });
    const month = (m: string) => report.byMonth.find((r) => r.month === m)!.figures;
    expect(month("2026-03")).toMatchObject({ receivedOnline: 2, receivedCounter: 1, finishedEarly: 1, finishedOnTime: 1, finishedLate: 1, rated: 2, feedbackReceived: 2 });
    expect(month("2026-04")).toMatchObject({ receivedOnline: 1, receivedCounter: 1, receivedPost: 1, finishedLate: 1 });
    expect(month("2026-05")).toMatchObject({ receivedOnline: 1 });
  });

  it("narrows to a period", async () => {
    const report = await getStatistics({ from: "2026-04-01", to: "2026-04-30", agency: agencyCode });
    expect(report.totals).toMatchObject({ receivedOnline: 1, receivedCounter: 1, receivedPost: 1, finishedEarly: 0, finishedOnTime: 0, finishedLate: 1, rated: 0 });
    // Open dossiers are a snapshot at the last refresh, whatever the period.
    expect(report.totals).toMatchObject({ openWithin: 2, openOverdue: 1 });
  });

  it("counts a dossier that needed an apology as late even though it finished early", async () => {
    const report = await getStatistics({ from: "2026-04-02", to: "2026-04-02", agency: agencyCode });
    expect(report.totals.finishedLate).toBe(1);
    expect(report.totals.finishedEarly).toBe(0);
  });

  it("gives empty figures, not an error, for an agency or field that does not exist", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-06-30", agency: "NO.SUCH.CODE" });
    expect(report.totalRates.received).toBe(0);
    expect(report.byAgency).toEqual([]);
  });

  it("shows the service-index formulas with the measured inputs", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-06-30", agency: agencyCode });
    const progress = report.scorecard.find((l) => l.group === "progress")!;
    expect(progress.inputs).toEqual({ onTime: 2, finished: 4 });
    expect(progress.score).toBe(10);
    // Only the signed electronic result counts as a digitised result, not the other result file.
    expect(report.scorecard.find((l) => l.group === "digitization")!.inputs).toMatchObject({ resultsDigital: 1, finished: 4 });
  });

  it("reads SIPAS on its five factors from the ratings", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-06-30", agency: agencyCode });
    expect(report.sipas.factors.map((f) => [f.factor, f.share])).toEqual([
      ["access", 50],
      ["procedure", 100],
      ["officers", 100],
      ["result", 50],
      ["feedbackHandling", 50],
    ]);
    expect(report.sipas.index).toBe(70);
  });

  it("counts a dossier complained about against satisfaction", async () => {
    const period = { from: "2026-01-01", to: "2026-06-29", agency: agencyCode };
    const before = (await getStatistics(period)).scorecard.find((l) => l.group === "satisfaction")!;
    // Feedback 1 of 1 answered on time, ratings 1 of 2 not dissatisfied, 2 of 4 resolved not late, no complaint.
    expect(before.inputs).toEqual({ feedbackOnTimePct: 100, notDissatisfiedPct: 50, notComplainedPct: 100, notLatePct: 50 });
    const citizen = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'congdan@motcua.test'`);
    const agency = await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE code = $1`, [agencyCode]);
    const dossier = await client.query<{ id: string }>(`SELECT id FROM "Dossier" WHERE code = $1`, [`${agencyCode}-260301-0002`]);
    await client.query(
      `INSERT INTO "Feedback" (id, code, "senderId", target, "dossierId", "agencyId", subject, body, status, "dueAt", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'DOSSIER', $3, $4, 'Khiếu nại', 'Hồ sơ chậm', 'OPEN', '2026-03-25T17:00:00+07:00', '2026-03-10T09:00:00+07:00', now())`,
      [`PA-${agencyCode}-9`, citizen.rows[0]!.id, dossier.rows[0]!.id, agency.rows[0]!.id],
    );
    // Another period key: the report of the period above is cached until the next refresh.
    const after = (await getStatistics({ ...period, to: "2026-06-28" })).scorecard.find((l) => l.group === "satisfaction")!;
    expect(after.inputs.notComplainedPct).toBe(75);
    expect(after.score!).toBeLessThan(before.score!);
  });
});

describe("the refresh", () => {
  const dump = async () => {
    const out: Record<string, unknown[]> = {};
    for (const [table, order] of [
      ["StatDaily", `"day", "agencyId", "fieldId"`],
      ["StatMonthly", `"month", "agencyId", "fieldId"`],
      ["StatOpen", `"agencyId", "fieldId"`],
      ["StatFeedbackDaily", `"day", "agencyId"`],
    ]) {
      out[table!] = (await client.query(`SELECT * FROM "${table}" ORDER BY ${order}`)).rows;
    }
    return out;
  };

  it("recomputes only from the first day the changes touch, and equals a full rebuild", async () => {
    // A dossier received on 2 April is resolved on 10 June.
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Dossier" WHERE code = $1`,
      [`${agencyCode}-260301-0005`],
    );
    const id = rows[0]!.id;
    await client.query(`UPDATE "Dossier" SET status = 'PROCESSED', "updatedAt" = now() WHERE id = $1`, [id]);
    await client.query(`INSERT INTO "StatusEvent" ("dossierId", action, "toStatus", "createdAt") VALUES ($1, 'approve', 'PROCESSED', '2026-06-10T10:00:00+07:00')`, [id]);

    const incremental = await refreshStatistics(NOW);
    expect(incremental.mode).toBe("incremental");
    // Changes of the last minutes are looked at again (an overlap), so the first day may be earlier.
    expect(incremental.fromDay! <= "2026-04-02").toBe(true);
    const june = await getStatistics({ from: "2026-06-01", to: "2026-06-30", agency: agencyCode });
    expect(june.totals).toMatchObject({ finishedEarly: 1, receivedPost: 0 });
    const april = await getStatistics({ from: "2026-04-01", to: "2026-04-30", agency: agencyCode });
    expect(april.totals).toMatchObject({ receivedOnline: 1, receivedCounter: 1, receivedPost: 1, finishedLate: 1 });
    const afterIncremental = await dump();

    const full = await refreshStatistics(NOW, undefined, { full: true });
    expect(full.mode).toBe("full");
    expect(await dump()).toEqual(afterIncremental);
  });

  it("does nothing to the daily figures when nothing changed", async () => {
    const before = await dump();
    const again = await refreshStatistics(NOW);
    expect(["unchanged", "incremental"]).toContain(again.mode);
    expect(await dump()).toEqual(before);
  });

  it("runs once at a time: a refresh that finds another running leaves it the work", async () => {
    const other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock(727073)");
      const outcome = await refreshStatistics(NOW);
      expect(outcome.mode).toBe("skipped");
    } finally {
      await other.query("SELECT pg_advisory_unlock(727073)");
      await other.end();
    }
    expect((await refreshStatistics(NOW)).mode).not.toBe("skipped");
  });
});
