/**
 * A million (or BENCH_count) synthetic dossiers in SQL (INSERT … SELECT generate_series), spread
 * over every agency with 10 % at one busy department, 88 % finished and the rest open with due dates
 * around today (a quarter of them overdue). Beyond a million, the open ones stay as many as at a
 * million (about 120,000): a longer history is more finished dossiers, not more work in hand. Used by bench:backoffice and bench:stats. With `events`, each dossier also gets the
 * status events of its history (submitted, received, in processing, finished: 1–4 each), as the
 * tracking page and the dossier's history read them.
 */
import type pg from "pg";

/** The history whose open dossiers (12 %) are the open work at any size. */
const OPEN_HISTORY = 1_000_000;

export async function seedDossiers(client: pg.Client, busyDepartmentId: string, count: number, options: { events?: boolean } = {}): Promise<void> {
  console.log(`Adding ${count.toLocaleString("en")} dossiers…`);
  const t = performance.now();
  await client.query(`DROP INDEX IF EXISTS "Dossier_applicantName_fold_trgm_idx"`);
  await client.query(`SET synchronous_commit = off`);
  // The open work is what a province has in hand, not a share of its history: 12 % of a million
  // (due dates from 8 days ago to 22 days ahead); a longer history adds finished dossiers only.
  const keepOpen = Math.min(1, OPEN_HISTORY / count);
  const chunk = 250_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await client.query(
      `WITH ag AS (SELECT array_agg(id ORDER BY code) AS ids FROM "Agency" WHERE id <> $1::uuid),
            pv AS (SELECT array_agg(id ORDER BY id) AS ids FROM "ProcedureVersion" WHERE status = 'PUBLISHED'),
            fam AS (SELECT ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'] AS a),
            mid AS (SELECT ARRAY['Văn','Thị','Minh','Thu','Quang','Thanh','Ngọc','Đức','Hồng','Xuân'] AS a),
            giv AS (SELECT ARRAY['An','Bình','Châu','Dũng','Giang','Hà','Hải','Hạnh','Hùng','Lan','Linh','Long','Mai','Nam','Nga','Phúc','Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Vân','Yến'] AS a),
            g AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series($2::int, $3::int) AS i)
       INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", applicant, "applicantName", "applicantCitizenId", channel, status,
                              "receivingAgencyId", "currentAgencyId", answers, "submittedAt", "receivedAt", "dueAt", "finishedAt", "updatedAt", step)
       SELECT gen_random_uuid(), 'BENCH-' || lpad(g.i::text, 8, '0'), 'x',
              pv.ids[1 + (g.i % array_length(pv.ids, 1))], '{}'::jsonb,
              fam.a[1 + (g.i % 16)] || ' ' || mid.a[1 + ((g.i / 16) % 10)] || ' ' || giv.a[1 + ((g.i / 160) % 24)],
              lpad((g.i::bigint * 7919 % 1000000000000)::text, 12, '0'),
              (CASE WHEN g.r3 < 0.7 THEN 'ONLINE' ELSE 'COUNTER' END)::"Channel",
              x.status::"DossierStatus",
              x.agency, x.agency, '{}'::jsonb,
              x.submitted, CASE WHEN x.status = 'NEW' THEN NULL ELSE x.submitted + interval '2 hours' END,
              CASE WHEN x.status IN ('NEW','NOT_RECEIVED') THEN NULL
                   WHEN x.status IN ('SUPPLEMENT_REQUESTED') THEN NULL
                   WHEN x.open THEN now() + ((((g.r2 - 0.88) / 0.12) * 30) - 8) * interval '1 day'
                   ELSE x.submitted + (3 + g.r2 * 12) * interval '1 day' END,
              CASE WHEN x.open THEN NULL ELSE x.submitted + (2 + g.r2 * 14) * interval '1 day' END,
              -- Last changed when it was last worked on, as a real dossier (not at the benchmark's start,
              -- which would make the statistics refresh see a million dossiers as just changed).
              LEAST(now(), CASE WHEN x.open THEN x.submitted + interval '2 hours' ELSE x.submitted + (2 + g.r2 * 14) * interval '1 day' END),
              (CASE WHEN x.status = 'IN_PROCESSING' THEN 'EXAMINING' END)::"ProcessingStep"
         FROM g, ag, pv, fam, mid, giv,
         LATERAL (SELECT g.r2 >= 0.88 AND g.r4 < $4::float8 AS open) o,
         LATERAL (SELECT
            CASE WHEN g.r1 < 0.10 THEN $1::uuid ELSE ag.ids[1 + (g.i % array_length(ag.ids, 1))] END AS agency,
            CASE WHEN NOT o.open THEN (ARRAY['RESULT_RETURNED','RESULT_RETURNED','RESULT_RETURNED','RESULT_RETURNED','RESULT_RETURNED','RESULT_RETURNED','RESULT_RETURNED','NOT_RECEIVED','STOPPED','WITHDRAWN'])[1 + (g.i % 10)]
                 ELSE (ARRAY['NEW','RECEIVED','IN_PROCESSING','IN_PROCESSING','IN_PROCESSING','SUPPLEMENT_REQUESTED','PROCESSED','FINANCIAL_OBLIGATION_REQUESTED'])[1 + (g.i % 8)] END AS status,
            o.open AS open,
            CASE WHEN o.open THEN now() - (g.r3 * 20) * interval '1 day' ELSE now() - (20 + g.r3 * 700) * interval '1 day' END AS submitted) x`,
      [busyDepartmentId, start, end, keepOpen],
    );
    if (options.events) await addEvents(client, start, end);
    process.stdout.write(`  ${end.toLocaleString("en")}\r`);
  }
  console.log(`  inserted in ${((performance.now() - t) / 1000).toFixed(0)} s; indexing names…`);
  await client.query(`CREATE INDEX "Dossier_applicantName_fold_trgm_idx" ON "Dossier" USING gin ("motcua_fold"("applicantName") gin_trgm_ops)`);
  await client.query(`VACUUM ANALYZE "Dossier"`);
  if (options.events) await client.query(`VACUUM ANALYZE "StatusEvent"`);
  console.log(`  ready in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
}


const codeOf = (i: number) => `BENCH-${String(i).padStart(8, "0")}`;

/**
 * The history of dossiers `start`…`end`: one event per step each has passed, written kind by kind, so
 * that a dossier's events lie apart in the table as they do when weeks separate them. The foreign-key
 * checks are skipped for this bulk load (the rows reference dossiers and agencies just read).
 */
async function addEvents(client: pg.Client, start: number, end: number): Promise<void> {
  await client.query(`SET session_replication_role = replica`);
  try {
    await client.query(
      `INSERT INTO "StatusEvent" ("dossierId", action, "fromStatus", "toStatus", "agencyId", reason, "createdAt")
       SELECT d.id, e.action, e.from_status::"DossierStatus", e.to_status::"DossierStatus", d."currentAgencyId", NULL, e.at
         FROM "Dossier" d
        CROSS JOIN LATERAL (VALUES
           (1, 'submit', NULL, 'NEW', d."submittedAt"),
           (2, 'receive', 'NEW', 'RECEIVED', d."receivedAt"),
           (3, 'assign', 'RECEIVED', 'IN_PROCESSING', CASE WHEN d.status NOT IN ('NEW', 'RECEIVED', 'NOT_RECEIVED') THEN d."receivedAt" + interval '1 hour' END),
           (4, 'finish', 'IN_PROCESSING', d.status::text, d."finishedAt")) AS e(kind, action, from_status, to_status, at)
        WHERE d.code BETWEEN $1 AND $2 AND e.at IS NOT NULL
        ORDER BY e.kind, d.code`,
      [codeOf(start), codeOf(end)],
    );
  } finally {
    await client.query(`SET session_replication_role = DEFAULT`);
  }
}
