/**
 * What a stranger with a script tries against the production build: bad dates, broken percent-encoding,
 * garbage sent to server actions, a PIN in the URL, a forged X-Forwarded-For — none answers 500; every
 * page carries a Content-Security-Policy, with a per-request script nonce where personal data or input is.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./helpers";
import { sql } from "./office-helpers";

async function actionIdOf(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const m = /name="\$ACTION_ID_([0-9a-f]{20,})"/.exec(html);
  expect(m, `a server action form on ${path}`).not.toBeNull();
  return m![1]!;
}

test("impossible calendar dates answer 4xx, never 500", async ({ request }) => {
  for (const q of ["from=2026-02-31", "to=2025-02-29", "from=2026-13-01", "from=2026-02-31&to=2026-03-05"]) {
    const api = await request.get(`/api/v1/stats?${q}`);
    expect(api.status(), q).toBe(400);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    expect((await request.get(`/stats?${q}`)).status(), `/stats?${q}`).toBeLessThan(500);
  }
});

test("malformed percent-encoding in a path answers 4xx", async ({ request }) => {
  for (const path of ["/api/v1/dossiers/%E0%A4%A/status", "/api/v1/procedures/%E0%A4%A", "/procedures/%E0%A4%A", "/procedures/%"]) {
    const res = path.includes("/status") ? await request.post(path, { data: { pin: "123456" } }) : await request.get(path);
    expect(res.status(), path).toBeGreaterThanOrEqual(400);
    expect(res.status(), path).toBeLessThan(500);
  }
});

test("the tracking API refuses a PIN in the URL and says where to put it", async ({ request }) => {
  const res = await request.get("/api/v1/dossiers/000.00.00.H40-261201-0001/status?pin=123456");
  expect(res.status()).toBe(400);
  expect((await res.json()).detail).toMatch(/body of a POST|X-Tracking-Pin/);
});

test("server actions called with garbage answer 4xx, never 500", async ({ request }) => {
  const id = await actionIdOf(request, "/");
  const bodies: Array<{ type: string; data: string | Buffer }> = [
    { type: "text/plain;charset=UTF-8", data: "not json at all" },
    { type: "text/plain;charset=UTF-8", data: JSON.stringify(["a string, not a form"]) },
    { type: "text/plain;charset=UTF-8", data: JSON.stringify([{ locale: "vi" }]) },
    { type: "multipart/form-data; boundary=xyz", data: "--xyz\r\nbroken" },
    { type: "application/x-www-form-urlencoded", data: "%%%=%%%" },
    { type: "application/octet-stream", data: Buffer.from([0, 1, 2, 255]) },
  ];
  for (const b of bodies) {
    const res = await request.post("/", { headers: { "Next-Action": id, "Content-Type": b.type, Accept: "text/x-component" }, data: b.data, maxRedirects: 0 });
    expect(res.status(), `${b.type}: ${String(b.data).slice(0, 30)}`).toBeLessThan(500);
  }
  // An unknown action id is refused too.
  const unknown = await request.post("/", { headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" }, data: "[]", maxRedirects: 0 });
  expect(unknown.status()).toBeLessThan(500);
});

test("every page has a Content-Security-Policy; pages with input or personal data carry a fresh nonce", async ({ page, request }) => {
  for (const path of ["/", "/procedures", "/stats", "/feedback"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("form-action 'self'");
  }
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/track", "/sign-in"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
    nonces.add(nonce!);
    const html = await res.text();
    // Every script of the page carries the nonce.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
  // Client components still hydrate under the policy: no violation is reported.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/sign-in");
  await page.goto("/track");
  await page.goto("/");
  expect(violations).toEqual([]);
});

test("an audit record keeps the address the request came from, not one the client wrote itself", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  const page = await context.newPage();
  const before = new Date(Date.now() - 1000);
  await signIn(page, "congdan@motcua.test", "/my/dossiers");
  const rows = await sql<{ clientAddress: string | null }>(
    `SELECT a."clientAddress" FROM "AuditLog" a JOIN "User" u ON u.id::text = a."entityId"
      WHERE a.action = 'user.sign-in' AND u.email = 'congdan@motcua.test' AND a."createdAt" >= $1`,
    [before],
  );
  expect(rows.length).toBeGreaterThan(0);
  // No proxy is trusted by default: the socket's address is kept, the forged header never.
  for (const r of rows) expect(r.clientAddress).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  expect(await sql(`SELECT 1 FROM "AuditLog" WHERE "clientAddress" = '203.0.113.77'`)).toHaveLength(0);
  await context.close();
});
