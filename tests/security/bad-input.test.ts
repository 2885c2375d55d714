/** Bad input is refused by the schemas (so it answers 4xx), never passed on to fail later. */
import { describe, expect, it } from "vitest";
import { registerQuerySchema } from "../../lib/server/backoffice/register";
import { safeDecode } from "../../lib/server/http";
import { parseStatisticsParams } from "../../lib/server/stats/params";
import { contentSecurityPolicy, isCacheablePublicPath } from "../../lib/server/csp";

describe("calendar dates", () => {
  it("refuses days that do not exist in the statistics filters and the register export", () => {
    for (const bad of ["2026-02-31", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-2-1"]) {
      expect(parseStatisticsParams(new URLSearchParams({ from: bad }), { strict: true }).ok, bad).toBe(false);
      expect(registerQuerySchema.safeParse({ from: bad }).success, bad).toBe(false);
    }
    expect(parseStatisticsParams(new URLSearchParams({ from: "2024-02-29", to: "2026-12-31" }), { strict: true }).ok).toBe(true);
    expect(registerQuerySchema.safeParse({ from: "2024-02-29" }).success).toBe(true);
  });
});

describe("percent-encoding", () => {
  it("gives null for a malformed sequence instead of throwing", () => {
    expect(safeDecode("%E0%A4%A")).toBeNull();
    expect(safeDecode("%")).toBeNull();
    expect(safeDecode("1.001193")).toBe("1.001193");
  });
});

describe("the Content-Security-Policy", () => {
  it("gives pages with input a nonce and no inline scripts, and the cacheable catalog a policy without nonce", () => {
    const strict = contentSecurityPolicy({ nonce: "abc", dev: false });
    expect(strict).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(strict).not.toContain("unsafe-inline' 'strict");
    expect(strict).not.toContain("unsafe-eval");
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(strict).toContain(d);
      expect(contentSecurityPolicy({ nonce: null, dev: false })).toContain(d);
    }
    expect(contentSecurityPolicy({ nonce: null, dev: false })).not.toContain("nonce-");
    for (const p of ["/", "/procedures", "/procedures/1.001193", "/stats", "/feedback"]) expect(isCacheablePublicPath(p), p).toBe(true);
    for (const p of ["/sign-in", "/track", "/file/1.001193", "/my/dossiers", "/office", "/admin/calendar", "/feedback/new", "/feedback/mine", "/dev/mail"]) {
      expect(isCacheablePublicPath(p), p).toBe(false);
    }
  });
});
