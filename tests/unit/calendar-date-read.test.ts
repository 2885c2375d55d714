import { describe, expect, it } from "vitest";
import { z } from "zod";
import { datePartsOf, readDate } from "../../lib/domain/calendar-date";
import { field, formToObject, withDates } from "../../lib/server/action";

describe("readDate: a date a form or a link sent", () => {
  it("joins the three fields of a GET form", () => {
    const params = new URLSearchParams("from.day=5&from.month=1&from.year=2026&to.day=31&to.month=12&to.year=2026");
    expect(readDate(params, "from")).toEqual({ value: "2026-01-05", valid: true });
    expect(readDate(params, "to")).toEqual({ value: "2026-12-31", valid: true });
  });

  it("reads a plain YYYY-MM-DD (links the portal builds, older links)", () => {
    expect(readDate(new URLSearchParams("from=2026-03-01"), "from")).toEqual({ value: "2026-03-01", valid: true });
    expect(readDate({ from: "2026-03-01" }, "from")).toEqual({ value: "2026-03-01", valid: true });
    expect(readDate({ from: ["2026-03-01", "2026-04-01"] }, "from")).toEqual({ value: "2026-03-01", valid: true });
  });

  it("prefers the three fields when both are present", () => {
    expect(readDate(new URLSearchParams("from=2026-03-01&from.day=2&from.month=3&from.year=2026"), "from").value).toBe("2026-03-02");
  });

  it("says nothing was given when all is empty", () => {
    expect(readDate(new URLSearchParams("from.day=&from.month=&from.year="), "from")).toEqual({ value: "", valid: true });
    expect(readDate({}, "from")).toEqual({ value: "", valid: true });
  });

  it("refuses a wrong date and keeps what was typed, to show it back", () => {
    const wrong = readDate(new URLSearchParams("from.day=31&from.month=2&from.year=2026"), "from");
    expect(wrong).toEqual({ value: "2026-02-31", valid: false });
    const letters = readDate({ "from.day": "ab", "from.month": "3", "from.year": "" }, "from");
    expect(letters.valid).toBe(false);
    expect(datePartsOf(letters.value)).toEqual({ day: "ab", month: "03", year: "" });
    expect(readDate(new URLSearchParams("from=2026-1-5"), "from").valid).toBe(false);
    expect(readDate(new URLSearchParams("from=tomorrow"), "from")).toEqual({ value: "tomorrow", valid: false });
  });

  it("reads a posted form the same way", () => {
    const fd = new FormData();
    fd.append("decisionDate.day", "9");
    fd.append("decisionDate.month", "12");
    fd.append("decisionDate.year", "2026");
    expect(readDate(fd, "decisionDate")).toEqual({ value: "2026-12-09", valid: true });
  });
});

describe("withDates: an action's dates asked as day / month / year", () => {
  const schema = withDates(["off", "makeUp"], z.object({ off: field.text(40), makeUp: field.text(40), reason: field.text(150) }));
  const post = (entries: Array<[string, string]>) => {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    return formToObject(fd);
  };

  it("joins each date before the schema reads it; the other fields are untouched", () => {
    const input = schema.parse(post([["off.day", "2"], ["off.month", "9"], ["off.year", "2026"], ["makeUp", "2026-09-05"], ["reason", "Quốc khánh"]]));
    expect(input).toEqual({ off: "2026-09-02", makeUp: "2026-09-05", reason: "Quốc khánh" });
  });

  it("keeps a wrong date as typed for the use case to refuse and the form to show back", () => {
    const input = schema.parse(post([["off.day", "31"], ["off.month", "4"], ["off.year", "2026"], ["reason", "x"]]));
    expect(input.off).toBe("2026-04-31");
    expect(input.makeUp).toBe("");
    expect(datePartsOf(input.off)).toEqual({ day: "31", month: "04", year: "2026" });
  });
});

describe("no page asks a date with the browser's date picker", () => {
  it("has no <input type=\"date\"> under app/ or components/ (it shows mm/dd/yyyy in some browsers)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /type=["{]?["']?date["'}]*[\s/>]/.test(readFileSync(p, "utf8"))) found.push(p);
      }
    };
    walk("app");
    walk("components");
    expect(found).toEqual([]);
  });
});
