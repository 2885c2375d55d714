/**
 * Liveness, readiness and the Prometheus endpoint, called as the route handlers they are.
 * /metrics exists only with METRICS_TOKEN, answers only to that token, and carries counts, never
 * personal data.
 */
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as metrics } from "@/app/metrics/route";
import { markStopping } from "@/lib/server/health";
import { handle } from "@/lib/server/http";
import { db } from "@/lib/db";

const TOKEN = "test-metrics-token-0123456789";
const scrape = (auth?: string) => metrics(new Request("http://localhost/metrics", { headers: auth ? { authorization: auth } : {} }));

afterEach(() => {
  delete process.env.METRICS_TOKEN;
  resetConfig();
});

describe("health and metrics", () => {
  it("/metrics does not exist without METRICS_TOKEN and refuses a wrong token", async () => {
    expect((await scrape()).status).toBe(404);
    process.env.METRICS_TOKEN = TOKEN;
    resetConfig();
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-0123456789xx")).status).toBe(401);
  });

  it("/metrics counts dossiers, emails, jobs and route answers, without personal data", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetConfig();
    await handle("GET /api/test", async () => new Response("ok"));
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const total = await db().dossier.count({ where: { status: "RESULT_RETURNED" } });
    expect(text).toContain(`motcua_dossiers_returned_total ${total}`);
    expect(text).toMatch(/motcua_dossiers\{status="[A-Z_]+"\} \d+/);
    expect(text).toContain('motcua_http_request_duration_seconds_count{route="GET /api/test",status="200"} 1');
    expect(text).toContain("motcua_scrape_database_ok 1");
    expect(text).not.toMatch(/@[a-z0-9-]+\.(test|vn|com)/i);
  });

  it("liveness answers without the database; readiness checks it and turns 503 while stopping", async () => {
    expect((await live()).status).toBe(200);
    const r = await ready();
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] } });
    markStopping();
    const stopping = await ready();
    expect(stopping.status).toBe(503);
    expect(await stopping.json()).toMatchObject({ stopping: true });
  });
});
