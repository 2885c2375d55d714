/**
 * Return addresses after sign-in (`next`, `callbackUrl`, next-auth's redirect) never leave the
 * site: a corpus of known open-redirect bypasses all fall back to a safe path.
 */
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../lib/server/auth/return-path";

const ORIGIN = "https://motcua.example.vn";
const safe = (v: unknown) => safeReturnPath(v, "/fallback", ORIGIN);

const BYPASSES = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "%5C%5Cevil.example",
  "/%5Cevil.example",
  "/%255C/evil.example",
  "/%252F%252Fevil.example",
  "https://evil.example",
  "http://evil.example/path",
  "https:evil.example",
  "//motcua.example.vn@evil.example",
  "https://motcua.example.vn.evil.example/",
  "https://motcua.example.vn@evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/my/dossiers\r\nSet-Cookie: x=1",
  "/my\r\n/evil",
  "/%0d%0aLocation:%20https://evil.example",
  "evil.example",
  "./evil",
  "",
  "/\u2028/evil.example",
  "/\u00a0/evil.example",
  "/%E2%80%A8/evil.example",
  "/%zz",
  "x".repeat(2000),
];

describe("return addresses", () => {
  it.each(BYPASSES)("refuses %j", (value) => {
    const result = safe(value);
    expect(result).toBe("/fallback");
  });

  it("refuses values that are not strings", () => {
    for (const v of [undefined, null, 1, ["/a"], { a: 1 }]) expect(safe(v)).toBe("/fallback");
  });

  it.each([
    ["/my/dossiers", "/my/dossiers"],
    ["/file/1.001193/new", "/file/1.001193/new"],
    ["/office/dossiers?status=RECEIVED#top", "/office/dossiers?status=RECEIVED#top"],
    ["/procedures/tr%E1%BA%BB-em", "/procedures/tr%E1%BA%BB-em"],
    [`${ORIGIN}/my/drafts`, "/my/drafts"],
    ["/a/../b", "/b"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safe(value)).toBe(expected);
  });

  it("every path it keeps resolves to the portal's own origin", () => {
    for (const value of BYPASSES) expect(new URL(safe(value), ORIGIN).origin).toBe(ORIGIN);
  });
});
