/**
 * The cluster test (`npm run test:cluster`): nothing is lost or
 * doubled when an instance dies.
 *
 * A fresh database; the cluster of scripts/lib/cluster.ts (nginx → two app instances, two workers,
 * files on S3, emails over SMTP). CLUSTER_SUBMISSIONS (80) birth registrations are filed through
 * nginx by CLUSTER_CONCURRENCY (8) citizens at once, each retried with its idempotency key after
 * a network error or a 5xx, as a careful client does. A quarter of the way in, one app instance
 * and one worker are killed with SIGKILL and started again. Then it checks:
 * - every submission was answered, and each answered dossier exists exactly once (no retry made a twin);
 * - every file of every dossier reads back through nginx, byte for byte (its SHA-256);
 * - every email was delivered, each outbox row under its own Message-ID; a copy is resent only
 *   when the worker died between the SMTP server's answer and the row being marked sent (at most
 *   one per kill), and it carries the same Message-ID;
 * - a version a worker publishes on schedule is seen by both app instances (search and procedure
 *   JSON, through their caches) within a second of the publication.
 * It prints figures and exits non-zero on the first failed check.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { migrate } from "../../lib/server/migrations";
import { appEnv } from "./app-env";
import { ensureBuild } from "./build";
import { BIRTH_REGISTRATION, birthRegistration, citizensWithSessions, pdf } from "./citizens";
import { startCluster, type Cluster } from "./cluster";
import { dropDatabase, ensureDatabase } from "./postgres";
import { seedDatabase } from "./seed-db";

const SUBMISSIONS = Number(process.env.CLUSTER_SUBMISSIONS ?? 80);
const CONCURRENCY = Number(process.env.CLUSTER_CONCURRENCY ?? 8);

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function check(ok: boolean, what: string): void {
  console.log(`  ${ok ? "✓" : "✘"} ${what}`);
  if (!ok) throw new Error(`cluster test failed: ${what}`);
}

async function until(what: string, ms: number, test: () => Promise<boolean>, every = 100): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`cluster test failed: ${what} (waited ${ms / 1000} s)`);
    await sleep(every);
  }
}

interface Filed {
  key: string;
  cookie: string;
  files: string[];
  code?: string;
  attempts: number;
}

async function fileAll(c: Cluster, db: pg.Client, onProgress: (done: number) => void): Promise<Filed[]> {
  const citizens = await citizensWithSessions(db, c.env.AUTH_SECRET!, CONCURRENCY, "cluster");
  const { components, applicant, answers } = await birthRegistration(db);
  const jobs: Filed[] = Array.from({ length: SUBMISSIONS }, (_, i) => ({ key: randomUUID(), cookie: citizens[i % CONCURRENCY]!.cookie, files: [], attempts: 0 }));
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const bodies = components.map(() => pdf(16 * 1024 + Math.floor(Math.random() * 16 * 1024)));
        job.files = bodies.map(sha);
        while (!job.code && job.attempts < 12) {
          job.attempts++;
          const form = new FormData();
          form.set("procedureCode", BIRTH_REGISTRATION);
          form.set("applicant", JSON.stringify(applicant));
          form.set("answers", JSON.stringify(answers));
          components.forEach((comp, i) => form.set(`file.${comp.id}`, new Blob([new Uint8Array(bodies[i]!)], { type: "application/pdf" }), `giay-to-${i}.pdf`));
          try {
            const res = await fetch(`${c.base}/api/v1/dossiers`, { method: "POST", body: form, headers: { cookie: job.cookie, "idempotency-key": job.key, origin: c.base } });
            if (res.status === 201 || res.status === 200) job.code = ((await res.json()) as { code: string }).code;
            else if (res.status < 500) throw new Error(`a submission was refused with ${res.status}: ${await res.text()}`);
          } catch (error) {
            if (error instanceof Error && error.message.startsWith("a submission was refused")) throw error;
            // The instance died under the request: retry with the same key.
          }
          if (!job.code) await sleep(200 * job.attempts);
        }
        onProgress(++done);
      }
    }),
  );
  return jobs;
}

/** Runs the cluster test against the PostgreSQL server of `adminUrl`; returns the exit code. */
export async function runClusterTest(adminUrl: string): Promise<number> {
  const name = `motcua_cluster_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = await ensureDatabase(adminUrl, name);
  let cluster: Cluster | undefined;
  const db = new pg.Client({ connectionString: url });
  try {
    await migrate(url);
    await seedDatabase(url);
    await db.connect();
    ensureBuild({ ...(await appEnv(url, 3000)), NODE_ENV: "production" });
    cluster = await startCluster({ databaseUrl: url, log: console.log });
    const c = cluster;

    // 1. Filing under load, with one app instance and one worker killed a quarter of the way in.
    let killed: Promise<void> | undefined;
    const started = performance.now();
    const filed = await fileAll(c, db, (done) => {
      if (!killed && done >= Math.floor(SUBMISSIONS / 4)) {
        console.log(`  … ${done} filed: SIGKILL to ${c.apps[0]!.name} and ${c.workers[0]!.name}, then started again`);
        c.apps[0]!.kill();
        c.workers[0]!.kill();
        killed = sleep(1_000).then(() => Promise.all([c.apps[0]!.restart(), c.workers[0]!.restart()])).then(() => {});
      }
    });
    await killed;
    const seconds = (performance.now() - started) / 1000;
    const retried = filed.filter((f) => f.attempts > 1).length;
    console.log(`Filed ${filed.filter((f) => f.code).length} of ${SUBMISSIONS} in ${seconds.toFixed(1)} s (${retried} needed a retry).`);

    check(filed.every((f) => f.code), "every submission was answered, after retries with its idempotency key");
    const codes = filed.map((f) => f.code!);
    const counts = (await db.query<{ code: string; n: number }>(`SELECT code, count(*)::int AS n FROM "Dossier" WHERE code = ANY($1) GROUP BY code`, [codes])).rows;
    const keyed = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Dossier" WHERE split_part("idempotencyKey", ':', 3) = ANY($1)`, [filed.map((f) => f.key)])).rows[0]!.n;
    const theirs = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Dossier" d JOIN "User" u ON u.id = d."applicantId" WHERE u.email LIKE 'cluster.%'`)).rows[0]!.n;
    check(counts.length === SUBMISSIONS && counts.every((r) => r.n === 1) && new Set(codes).size === SUBMISSIONS, "each answered dossier exists exactly once");
    check(keyed === SUBMISSIONS && theirs === SUBMISSIONS, `no retry made a second dossier (${theirs} dossiers for ${SUBMISSIONS} submissions)`);

    // 2. Files, read back through nginx (either instance) from the S3 store.
    let read = 0;
    let intact = true;
    let nextFile = 0;
    const fileIds = new Map<string, string[]>();
    const fileRows = await db.query<{ code: string; id: string }>(`SELECT d.code, f.id FROM "DossierFile" f JOIN "Dossier" d ON d.id = f."dossierId" WHERE d.code = ANY($1)`, [codes]);
    for (const r of fileRows.rows) fileIds.set(r.code, [...(fileIds.get(r.code) ?? []), r.id]);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextFile < filed.length) {
          const f = filed[nextFile++]!;
          const got: string[] = [];
          for (const id of fileIds.get(f.code!) ?? []) {
            const res = await fetch(`${c.base}/api/files/${id}`, { headers: { cookie: f.cookie } });
            if (res.status !== 200) {
              intact = false;
              continue;
            }
            got.push(sha(Buffer.from(await res.arrayBuffer())));
            read++;
          }
          if (got.sort().join() !== [...f.files].sort().join()) intact = false;
        }
      }),
    );
    check(intact, `every file reads back byte for byte (${read} files)`);

    // 3. Emails: every outbox row sent, each under its own Message-ID.
    // An email the killed worker was sending waits for its job to expire (60 s) and the next
    // maintenance pass (every 30 s) before another worker takes it: allow for both, with room.
    await until("the outbox is sent", 180_000, async () => {
      const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Outbox" o JOIN "Dossier" d ON d.id = o."dossierId" WHERE d.code = ANY($1) AND o.status <> 'SENT'`, [codes]);
      return r.rows[0]!.n === 0;
    }, 500);
    const rows = (await db.query<{ id: string }>(`SELECT o.id::text AS id FROM "Outbox" o JOIN "Dossier" d ON d.id = o."dossierId" WHERE d.code = ANY($1) AND o.channel = 'email'`, [codes])).rows;
    const byId = new Map<string, number>();
    for (const e of c.emails) if (e.messageId) byId.set(e.messageId, (byId.get(e.messageId) ?? 0) + 1);
    const host = new URL(c.base).hostname;
    const missing = rows.filter((r) => !byId.has(`<outbox-${r.id}@${host}>`)).length;
    const copies = rows.reduce((n, r) => n + Math.max(0, (byId.get(`<outbox-${r.id}@${host}>`) ?? 0) - 1), 0);
    console.log(`Emails: ${rows.length} in the outbox, ${c.emails.length} received, ${copies} resent copies.`);
    check(rows.length >= SUBMISSIONS && missing === 0, "every email was delivered");
    check(copies <= 1, "no email was sent twice, except at most one copy (same Message-ID) for the worker killed while sending");

    // 4. A publication made by a worker is seen by both instances within a second.
    const word = `zqxw${randomBytes(4).toString("hex").replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
    const search = (port: number) => fetch(`http://127.0.0.1:${port}/api/v1/procedures?q=${word}`).then((r) => r.text());
    const before = await Promise.all(c.apps.map((app) => search(app.port!)));
    check(before.every((b) => !b.includes(BIRTH_REGISTRATION)), "before the publication, no instance finds the new wording");
    const v = (await db.query<{ id: string; procedureId: string; name: string }>(`SELECT v.id, v."procedureId", v.name FROM "ProcedureVersion" v JOIN "Procedure" p ON p."currentVersionId" = v.id WHERE p.code = $1`, [BIRTH_REGISTRATION])).rows[0]!;
    const cols = (await db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ProcedureVersion' AND table_schema = current_schema()`)).rows.map((r) => r.column_name);
    const newName = `${v.name} (${word})`;
    const override: Record<string, string> = {
      id: "gen_random_uuid()",
      version: `(SELECT max(version) + 1 FROM "ProcedureVersion" WHERE "procedureId" = $2)`,
      status: `'DRAFT'`,
      name: "$3",
      scheduledAt: "now()",
      publishedAt: "NULL",
    };
    await db.query(
      `INSERT INTO "ProcedureVersion" (${cols.map((k) => `"${k}"`).join(", ")}) SELECT ${cols.map((k) => override[k] ?? `"${k}"`).join(", ")} FROM "ProcedureVersion" WHERE id = $1`,
      [v.id, v.procedureId, newName],
    );
    console.log("  … a new version is scheduled for now; waiting for a worker to publish it (every minute)");
    // The worker announces the change on the channel every instance listens to; listen too, to time it.
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    let announcedAt = 0;
    listener.on("notification", (m) => {
      if (!announcedAt && m.payload?.includes('"catalog"')) announcedAt = performance.now();
    });
    await listener.query("LISTEN motcua_changes");
    const scheduledAt = performance.now();
    await until("a worker publishes the scheduled version and announces it", 150_000, async () => announcedAt > 0, 20);
    await listener.end();
    console.log(`  … published and announced by a worker ${((announcedAt - scheduledAt) / 1000).toFixed(1)} s after it was scheduled`);
    const lags: number[] = [];
    await Promise.all(
      c.apps.map(async (app) => {
        let last = "";
        let sentAt = 0;
        await until(`${app.name} shows the new version`, 15_000, async () => {
          // The lag is counted to when the first request that shows the new version was sent.
          sentAt = performance.now();
          const [found, one] = await Promise.all([search(app.port!), fetch(`http://127.0.0.1:${app.port}/api/v1/procedures/${BIRTH_REGISTRATION}`).then((r) => r.text())]);
          last = `search ${found.includes(BIRTH_REGISTRATION) ? "finds it" : "finds nothing"}, procedure ${one.includes(word) ? "new" : "old"}`;
          return found.includes(BIRTH_REGISTRATION) && one.includes(word);
        }, 25).catch((e: unknown) => {
          throw new Error(`${e instanceof Error ? e.message : String(e)}; last answer: ${last}`);
        });
        lags.push(Math.max(0, sentAt - announcedAt));
      }),
    );
    console.log(`Publication seen by the instances after ${lags.map((l) => `${Math.round(l)} ms`).join(" and ")}.`);
    check(lags.every((l) => l <= 1_000), "both instances show the published version (search and procedure) within a second of its announcement");
    console.log("\nThe cluster test passed.");
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (cluster) console.error(`Logs of the instances: ${cluster.dir} (kept)`);
    if (cluster) process.env.CLUSTER_KEEP_LOGS = "1";
    return 1;
  } finally {
    await db.end().catch(() => {});
    await cluster?.stop();
    await dropDatabase(adminUrl, name).catch(() => {});
  }
}
