import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { defineAction, field, formToObject } from "@/lib/server/action";

function form(entries: Array<[string, string | File]>): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

/** What Next.js throws for notFound(): a 404 answer, never a 500. */
async function status(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return String((e as { digest?: string }).digest ?? e);
  }
}

describe("the server action wrapper", () => {
  const echo = defineAction(
    { name: "test.echo", access: "anyone", input: z.object({ name: field.required(20), count: field.int(1, 5), tags: z.array(z.string()).default([]) }) },
    async (input) => input,
  );

  it("reads a form into a plain object: repeated names and names ending in [] become arrays", () => {
    const o = formToObject(form([["a", "1"], ["b", "2"], ["b", "3"], ["c[]", "x"], ["$ACTION_ID_abc", ""]]));
    expect(o).toEqual({ a: "1", b: ["2", "3"], c: ["x"] });
  });

  it("runs the use case with the parsed input, whatever comes before the form (useActionState's state)", async () => {
    await expect(echo({ previous: "state" }, form([["name", "  Lan "], ["count", "3"], ["tags", "a"], ["tags", "b"]]))).resolves.toEqual({
      name: "Lan",
      count: 3,
      tags: ["a", "b"],
    });
  });

  it("answers not found (4xx) for input that does not parse, for no form at all, or for a string instead of a form", async () => {
    expect(await status(echo(form([["name", ""], ["count", "9"]])))).toContain("404");
    expect(await status(echo())).toContain("404");
    expect(await status(echo("garbage"))).toContain("404");
    expect(await status(echo({ name: "x", count: "1" }))).toContain("404");
  });

  it("hands a parse failure to the form's own error state when the action has one", async () => {
    const withForm = defineAction(
      { name: "test.form", access: "anyone", input: z.object({ name: field.required(20, "nameRequired") }), invalid: (issues, raw) => ({ errors: issues.map((i) => i.message), raw }) },
      async () => ({ errors: [] as string[], raw: {} }),
    );
    await expect(withForm(form([["name", " "]]))).resolves.toEqual({ errors: ["nameRequired"], raw: { name: " " } });
  });

  it("sends a visitor who is not signed in to the sign-in page before any use case runs", async () => {
    let ran = false;
    const staffOnly = defineAction({ name: "test.staff", access: ["ADMIN"], input: z.object({}) }, async () => {
      ran = true;
    });
    expect(await status(staffOnly(form([])))).toContain("/sign-in");
    expect(ran).toBe(false);
  });

  it("knows which calendar dates exist", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-31")).toBe(false);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-01-01")).toBe(false);
  });
});
