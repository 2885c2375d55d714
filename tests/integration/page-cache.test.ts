/**
 * The public page cache (lib/server/page-cache.ts) as the proxy uses it, in front of a stand-in for
 * the portal on loopback that renders a page in the language of the NEXT_LOCALE cookie and counts its
 * renders: one language's page never reaches the other's visitors, what is stored was rendered
 * without the visitor's session, a response with Set-Cookie or not 200 is never stored, and a change
 * announced here or by another instance (a PostgreSQL notification) is visible on the next request.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { announceChange, isListening, listenForChanges } from "@/lib/server/changes";
import { clearPageCache, pageCacheFigures } from "@/lib/server/page-cache";
import { proxy } from "@/proxy";

let server: Server;
let renders = 0;
let title = "Cấp bản sao";
let delayMs = 0;
const seen: IncomingMessage["headers"][] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    renders++;
    seen.push(req.headers);
    const lang = /NEXT_LOCALE=en/.test(req.headers.cookie ?? "") ? "en" : "vi";
    const body = `<html lang="${lang}"><h1>${title}</h1><p>render ${renders}</p><p>${req.headers.cookie ?? ""}</p></html>`;
    const send = () => {
      if (req.url === "/track") {
        // As the portal renders a page that takes input: its scripts carry the request's nonce.
        const nonce = `render${renders}nonce`;
        res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(`<html lang="${lang}"><script nonce="${nonce}">1</script><form></form><script>self.x={"nonce":"${nonce}"}</script></html>`);
        return;
      }
      if (req.url === "/procedures/sets-cookie") res.setHeader("set-cookie", "tracking=1");
      if (req.url === "/procedures/missing") res.statusCode = 404;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(body);
    };
    if (delayMs) setTimeout(send, delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
  await listenForChanges();
  expect(isListening()).toBe(true);
});
afterAll(() => {
  server?.close();
});
beforeEach(() => {
  clearPageCache();
  title = "Cấp bản sao";
  delayMs = 0;
  seen.length = 0;
});

async function visit(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const res = await proxy(new NextRequest(`http://portal.test${path}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } }));
  const passedThrough = res.headers.get("x-middleware-next") === "1";
  return { status: res.status, cache: res.headers.get("x-page-cache"), passedThrough, text: passedThrough ? "" : await res.text(), res };
}

describe("the public page cache", () => {
  it("serves each language its own page from the cache", async () => {
    const vi1 = await visit("/procedures/1.001");
    expect(vi1.cache).toBe("miss");
    expect(vi1.text).toContain(`lang="vi"`);
    const en1 = await visit("/procedures/1.001", "NEXT_LOCALE=en");
    expect(en1.cache).toBe("miss");
    expect(en1.text).toContain(`lang="en"`);
    const before = renders;
    const vi2 = await visit("/procedures/1.001", "NEXT_LOCALE=vi");
    const en2 = await visit("/procedures/1.001", "NEXT_LOCALE=en");
    const unknown = await visit("/procedures/1.001", "NEXT_LOCALE=fr");
    expect([vi2.cache, en2.cache, unknown.cache]).toEqual(["hit", "hit", "hit"]);
    expect(vi2.text).toContain(`lang="vi"`);
    expect(en2.text).toContain(`lang="en"`);
    expect(unknown.text).toContain(`lang="vi"`);
    expect(renders).toBe(before);
    expect(vi2.res.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
  });

  it("renders for an anonymous visitor: the session and other cookies never reach the stored page", async () => {
    const page = await visit("/procedures/1.002", "next-auth.session-token=secret-session; NEXT_LOCALE=en; other=x");
    expect(page.text).toContain(`lang="en"`);
    expect(page.text).not.toContain("secret-session");
    expect(seen.at(-1)!.cookie).toBe("NEXT_LOCALE=en");
  });

  it("never stores a response with Set-Cookie or other than 200, and lets the visitor's request through", async () => {
    for (const path of ["/procedures/sets-cookie", "/procedures/missing"]) {
      const first = await visit(path);
      const second = await visit(path);
      expect(first.passedThrough).toBe(true);
      expect(second.passedThrough).toBe(true);
    }
    expect(pageCacheFigures().entries).toBe(0);
  });

  it("leaves out typed searches, client navigations, server actions, other methods and private pages", async () => {
    const cases: Array<[string, Record<string, string>, string]> = [
      ["/procedures?q=khai+sinh", {}, "GET"],
      ["/procedures/1.001", { rsc: "1" }, "GET"],
      ["/procedures/1.001?_rsc=abc", {}, "GET"],
      ["/procedures/1.001", { "next-router-prefetch": "1" }, "GET"],
      ["/", { "next-action": "abc" }, "POST"],
      ["/track?code=HS-1", {}, "GET"],
      ["/feedback", {}, "GET"],
      ["/my/dossiers", {}, "GET"],
      ["/procedures/1.001/forms/1", {}, "GET"],
    ];
    for (const [path, headers, method] of cases) {
      const res = await proxy(new NextRequest(`http://portal.test${path}`, { method, headers, body: method === "POST" ? "[]" : undefined }));
      expect(res.headers.get("x-page-cache"), path).toBeNull();
    }
    expect(renders === 0 || pageCacheFigures().entries === 0).toBe(true);
  });

  it("serves the tracking form from the cache with a fresh nonce in every response, never the one it was rendered with", async () => {
    const before = renders;
    const first = await visit("/track");
    const second = await visit("/track");
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(renders - before).toBe(1);
    const nonces = [first, second].map((v) => /'nonce-([^']+)'/.exec(v.res.headers.get("content-security-policy") ?? "")?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const [i, v] of [first, second].entries()) {
      expect(v.text).toContain(`<script nonce="${nonces[i]}">`);
      expect(v.text).toContain(`{"nonce":"${nonces[i]}"}`);
      expect(v.text).not.toContain(`render${before + 1}nonce`);
    }
  });

  it("a change announced here is on the next request", async () => {
    await visit("/");
    expect((await visit("/")).cache).toBe("hit");
    title = "Cấp bản sao (đã sửa)";
    await announceChange("catalog");
    const after = await visit("/");
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("(đã sửa)");
  });

  it("a change announced by another instance clears this one within a second", async () => {
    await visit("/stats");
    expect((await visit("/stats")).cache).toBe("hit");
    title = "Thống kê mới";
    await db().$executeRaw`SELECT pg_notify('motcua_changes', ${JSON.stringify({ topic: "stats", from: "another-instance" })})`;
    const started = Date.now();
    while (pageCacheFigures().entries > 0 && Date.now() - started < 1_000) await new Promise((r) => setTimeout(r, 10));
    const after = await visit("/stats");
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Thống kê mới");
  });

  it("the statistics refresh clears the statistics pages only", async () => {
    await visit("/stats");
    await visit("/stats?period=2026");
    await visit("/procedures/1.004");
    await announceChange("stats");
    expect((await visit("/stats")).cache).toBe("miss");
    expect((await visit("/stats?period=2026")).cache).toBe("miss");
    expect((await visit("/procedures/1.004")).cache).toBe("hit");
  });

  it("a page whose render began before a change is not kept", async () => {
    delayMs = 200;
    const inFlight = visit("/procedures/1.003");
    await new Promise((r) => setTimeout(r, 50));
    await announceChange("catalog");
    delayMs = 0;
    title = "Sau thay đổi";
    await inFlight;
    const after = await visit("/procedures/1.003");
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Sau thay đổi");
  });

  it("concurrent misses of one page wait for one render", async () => {
    delayMs = 100;
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 8 }, () => visit("/procedures?page=2")));
    expect(renders - before).toBe(1);
    expect(pages.every((p) => p.text.includes(`lang="vi"`))).toBe(true);
  });
});
