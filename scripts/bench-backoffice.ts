/**
 * npm run bench:backoffice — speed of the officers' queue and of transitions at a million dossiers.
 *
 * 1. A benchmark database (motcua_bench_office on the server of DATABASE_URL, or the embedded one)
 *    is migrated and seeded with the demo data, then BENCH_DOSSIERS (1,000,000) dossiers are added in
 *    SQL (INSERT … SELECT generate_series): spread over every agency, 10 % of them at one busy
 *    department (Sở Tư pháp), 88 % finished, the rest open with due dates around today.
 * 2. The queue use case (listQueue, the code the page runs) is timed for a commune's reception officer
 *    and for the busy department's leader, with the filters officers use (none, overdue, assigned to
 *    me, a status, a procedure, a name search, a code search). Baseline in the same run: `SELECT 1`
 *    through the same client (the round-trip floor). The plan of the queue query is shown
 *    (EXPLAIN) and must use Dossier(currentAgencyId, status, dueAt).
 * 3. Tracking: the tracking page's use case (trackDossier: rate limits, the code's throttle, the PIN,
 *    the dossier with its history) on BENCH_RUNS dossiers spread over the table, each looked up once.
 *    The synthetic dossiers carry their status events (1–4 each) for this. Baseline: `SELECT 1`.
 * 4. Transitions per second: `receive` on NEW dossiers (the whole use case: scope check, decide,
 *    optimistic update, event, audit, outbox) with BENCH_CONCURRENCY in flight; baseline: a bare
 *    optimistic UPDATE of the same rows in its own transaction.
 * 5. The database is dropped at the end (BENCH_KEEP=1 keeps it).
 */
import pg from "pg";
import { resetConfig } from "../lib/config";
import { resetClients } from "../lib/db";
import { migrate } from "../lib/server/migrations";
import { dropDatabase, ensureDatabase, findServer, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";
import { seedDossiers } from "./lib/bench-dossiers";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const DB_NAME = "motcua_bench_office";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

runScript(async () => {
  const server = await findServer(console.log);
  const host = new URL(server.adminUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error("The benchmark only runs against a PostgreSQL server on this machine.");
  const url = await ensureDatabase(server.adminUrl, DB_NAME);
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(url);
    await seedDatabase(url);
    process.env.DATABASE_URL = url;
    // The seed read the configuration (and may have opened a client) with the caller's DATABASE_URL.
    resetConfig();
    await resetClients();
    await client.connect();
    const busy = (await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE code = '000.00.12.H42'`)).rows[0]!.id;
    const have = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier" WHERE code LIKE 'BENCH-%'`)).rows[0]!.n;
    if (Number(have) < DOSSIERS) {
      await client.query(`DELETE FROM "Outbox"`);
      if (Number(have) > 0) throw new Error(`${DB_NAME} holds a partial benchmark; drop it first.`);
      await seedDossiers(client, busy, DOSSIERS, { events: true });
    }

    const { listQueue, queueFilterSchema } = await import("../lib/server/backoffice/queue");
    const { transitionDossier } = await import("../lib/server/backoffice/transition");
    const { db } = await import("../lib/db");
    const actorOf = async (email: string) => {
      const u = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, agencyId: true } });
      return { userId: u.id, role: u.role, agencyId: u.agencyId };
    };
    const commune = await actorOf("tiepnhan.xa@motcua.test");
    const department = await actorOf("lanhdao.so@motcua.test");
    const specialist = await actorOf("chuyenvien.so@motcua.test");
    // Give the department's specialist a share of its open dossiers, so "assigned to me" has work.
    await client.query(
      `UPDATE "Dossier" SET "assigneeId" = $1 WHERE "currentAgencyId" = $2 AND status = 'IN_PROCESSING' AND "assigneeId" IS NULL AND random() < 0.3`,
      [specialist.userId, busy],
    );
    const sizes = await client.query<{ agency: string; total: string; open: string }>(
      `SELECT CASE WHEN "currentAgencyId" = $1 THEN 'department' ELSE 'commune' END AS agency, count(*) AS total,
              count(*) FILTER (WHERE status NOT IN ('NOT_RECEIVED','STOPPED','RESULT_RETURNED','WITHDRAWN')) AS open
         FROM "Dossier" WHERE "currentAgencyId" IN ($1, $2) GROUP BY 1`,
      [busy, commune.agencyId],
    );
    const total = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier"`)).rows[0]!.n;
    console.log(`\nDossiers: ${Number(total).toLocaleString("en")}`);
    for (const r of sizes.rows) console.log(`  at the ${r.agency}: ${Number(r.total).toLocaleString("en")} (${Number(r.open).toLocaleString("en")} open)`);

    const someName = (await client.query<{ n: string }>(`SELECT "applicantName" AS n FROM "Dossier" WHERE "currentAgencyId" = $1 LIMIT 1`, [busy])).rows[0]!.n;
    const someCode = (await client.query<{ c: string }>(`SELECT code AS c FROM "Dossier" WHERE "currentAgencyId" = $1 ORDER BY code DESC LIMIT 1`, [busy])).rows[0]!.c;
    const someProcedure = (await client.query<{ id: string }>(
      `SELECT pv."procedureId" AS id FROM "Dossier" d JOIN "ProcedureVersion" pv ON pv.id = d."procedureVersionId" WHERE d."currentAgencyId" = $1 LIMIT 1`,
      [busy],
    )).rows[0]!.id;
    const filters: Array<[string, Record<string, unknown>]> = [
      ["open, by due date", {}],
      ["overdue", { overdue: "1" }],
      ["due within 2 days", { dueWithin: "2" }],
      ["assigned to me", { mine: "1" }],
      ["one status", { status: "IN_PROCESSING" }],
      ["one procedure", { procedureId: someProcedure }],
      ["page 5", { page: "5" }],
      ["name search (no diacritics)", { q: "nguyen van an" }],
      ["name search", { q: someName }],
      ["code search", { q: someCode }],
    ];

    const baseline = await time(() => db().$queryRaw`SELECT 1`, RUNS * 3);
    console.log(`\nBaseline (SELECT 1 through the same client): p50 ${ms(pct(baseline, 50))}, p95 ${ms(pct(baseline, 95))}`);
    const allSamples: Record<string, number[]> = { commune: [], department: [] };
    for (const [who, actor] of [["commune", commune], ["department", department], ["department", specialist]] as const) {
      console.log(`\nQueue of the ${who} (${actor.role.toLowerCase()}):`);
      for (const [label, raw] of filters) {
        if (label === "assigned to me" && actor.role !== "SPECIALIST") continue;
        const f = queueFilterSchema.parse(raw);
        const samples = await time(() => listQueue(actor, f), RUNS);
        allSamples[who]!.push(...samples);
        console.log(`  ${label.padEnd(30)} p50 ${ms(pct(samples, 50)).padStart(10)}  p95 ${ms(pct(samples, 95)).padStart(10)}`);
      }
    }
    console.log("\nQueue query, all filters together:");
    for (const who of ["commune", "department"]) {
      const s = allSamples[who]!;
      const p95 = pct(s, 95);
      console.log(
        `  ${who.padEnd(11)} p50 ${ms(pct(s, 50))}, p95 ${ms(p95)}  (${(p95 / pct(baseline, 95)).toFixed(1)}× the baseline; goal p95 < 50 ms: ${p95 < 50 ? "met" : "NOT met"})`,
      );
    }

    // The plan of the default queue query for the department.
    const plan = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
       SELECT d.id FROM unnest(ARRAY[$1::uuid]) AS a(id)
        CROSS JOIN unnest(ARRAY['NEW','RECEIVED','IN_PROCESSING','SUPPLEMENT_REQUESTED','FINANCIAL_OBLIGATION_REQUESTED','WITHDRAWAL_REQUESTED','PROCESSED']::"DossierStatus"[]) AS s(st)
        CROSS JOIN LATERAL (SELECT * FROM "Dossier" x WHERE x."currentAgencyId" = a.id AND x.status = s.st
                             ORDER BY x."dueAt" ASC NULLS LAST, x."submittedAt", x.id LIMIT 26) d
        ORDER BY d."dueAt" ASC NULLS LAST, d."submittedAt", d.id LIMIT 26`,
      [busy],
    );
    const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
    console.log(`\nEXPLAIN of the department's queue:\n${text.split("\n").map((l) => `  ${l}`).join("\n")}`);
    if (!text.includes("Dossier_currentAgencyId_status_dueAt_idx")) throw new Error("The queue query does not use Dossier(currentAgencyId, status, dueAt).");
    console.log("  → uses Dossier_currentAgencyId_status_dueAt_idx");

    // Tracking: each lookup a different dossier, from its own client address (as citizens are).
    const { trackDossier } = await import("../lib/server/tracking/track");
    const { hashTrackingPin } = await import("../lib/server/dossiers/code");
    const events = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "StatusEvent"`)).rows[0]!.n;
    const picked = new Set<number>();
    while (picked.size < Math.min(RUNS + 3, DOSSIERS)) picked.add(1 + Math.floor(Math.random() * DOSSIERS));
    const tracked: string[] = [];
    let seq = 0;
    for (const i of picked) {
      // Synthetic codes are not in the official format the page accepts: give these a real one.
      const code = `BENCH.T-261207-${String(++seq).padStart(4, "0")}`;
      await client.query(`UPDATE "Dossier" SET code = $1, "pinHash" = $2 WHERE code = $3`, [code, hashTrackingPin(code, "123456"), `BENCH-${String(i).padStart(8, "0")}`]);
      tracked.push(code);
    }
    const trackSamples: number[] = [];
    let steps = 0;
    for (const [n, code] of tracked.entries()) {
      const t = performance.now();
      const found = await trackDossier({ code, pin: "123456" }, `198.51.100.${n % 250}-${n}`);
      if (n >= 3) trackSamples.push(performance.now() - t); // the first three warm up
      steps += found.timeline.length;
    }
    console.log(`\nTracking (trackDossier, ${trackSamples.length} dossiers, each once; ${Number(events).toLocaleString("en")} status events in all, ${(steps / tracked.length).toFixed(1)} per dossier tracked):`);
    console.log(`  p50 ${ms(pct(trackSamples, 50))}, p95 ${ms(pct(trackSamples, 95))}  (${(pct(trackSamples, 95) / pct(baseline, 95)).toFixed(1)}× the SELECT 1 baseline)`);

    // Transitions per second.
    const fresh = await client.query<{ id: string }>(
      `INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", applicant, "applicantName", channel, status, "receivingAgencyId", "currentAgencyId", answers, "updatedAt")
       SELECT gen_random_uuid(), 'BENCHT-' || extract(epoch FROM now())::bigint || '-' || i, 'x', pv.id, '{"email":"bench@example.test"}', 'Người nộp thử', 'ONLINE', 'NEW', $1::uuid, $1::uuid, '{}', now()
         FROM generate_series(1, $2::int) AS i,
              LATERAL (SELECT id FROM "ProcedureVersion" WHERE status = 'PUBLISHED' AND "timeLimitUnit" = 'WORKING_DAY' ORDER BY id LIMIT 1) pv
       RETURNING id`,
      [commune.agencyId, TRANSITIONS * 2],
    );
    const ids = fresh.rows.map((r) => r.id);
    const half = Math.floor(ids.length / 2);
    const run = async (list: string[], op: (id: string) => Promise<unknown>) => {
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < list.length) await op(list[next++]!);
        }),
      );
      return list.length / ((performance.now() - t) / 1000);
    };
    const bare = await run(ids.slice(0, half), (id) =>
      db().$transaction((tx) => tx.$executeRaw`UPDATE "Dossier" SET version = version + 1 WHERE id = ${id}::uuid AND version = 0`),
    );
    const full = await run(ids.slice(half), (id) => transitionDossier(commune, id, 0, "receive", {}));
    console.log(`\nTransitions (receive, ${CONCURRENCY} at once, ${half} each):`);
    console.log(`  baseline (bare optimistic UPDATE in a transaction): ${bare.toFixed(0)}/s`);
    console.log(`  transitionDossier (scope, decide, update, event, audit, outbox): ${full.toFixed(0)}/s (${(full / bare).toFixed(2)}× the baseline)`);
    await (await import("../lib/server/changes")).stopListening();
    await db().$disconnect();
  } finally {
    await client.end().catch(() => {});
    if (process.env.BENCH_KEEP !== "1") {
      await dropDatabase(server.adminUrl, DB_NAME).catch(() => {});
      console.log(`\nDropped ${DB_NAME}.`);
    }
    await server.stop();
  }
});
