/** The agency tree in reading order at any depth; path moves; the settings' limits. */
import { describe, expect, it } from "vitest";
import { buildAgencyTree, childPath, flattenAgencyTree, movedPath } from "@/lib/domain/admin/agency-tree";
import { settingsFromRows, settingsInput } from "@/lib/domain/admin/settings";

const a = (id: string, parentId: string | null, code: string) => ({ id, parentId, code, name: id, active: true });

describe("agency tree", () => {
  it("puts every agency after its parent, at its depth, children by code", () => {
    const rows = [a("c2", "b", "3"), a("root", null, "0"), a("b", "root", "1"), a("c1", "b", "2"), a("d", "c1", "9"), a("e", "root", "5")];
    expect(flattenAgencyTree(buildAgencyTree(rows)).map((r) => `${r.agency.id}:${r.depth}`)).toEqual(["root:0", "b:1", "c1:2", "d:3", "c2:2", "e:1"]);
  });

  it("moves a subtree's paths under a new root", () => {
    expect(childPath(null, "x")).toBe("/x/");
    expect(childPath("/r/a/", "x")).toBe("/r/a/x/");
    expect(movedPath("/r/a/x/y/", "/r/a/", "/r/b/")).toBe("/r/b/x/y/");
    expect(() => movedPath("/r/c/x/", "/r/a/", "/r/b/")).toThrow();
  });
});

describe("settings", () => {
  const ok = { officeHoursPeriods: "07:00-11:30, 13:30-17:00", officeHoursWeekdays: ["1", "5"], feedbackAnswerDays: "10", draftLifetimeDays: "30", remindersEnabled: true };
  it("reads office hours in order and refuses periods that are reversed or overlap", () => {
    expect(settingsInput.parse(ok).officeHoursPeriods).toEqual([{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }]);
    for (const bad of ["11:30-07:00", "07:00-12:00, 11:00-17:00", "7h-11h", "", "24:00-25:00"]) expect(settingsInput.safeParse({ ...ok, officeHoursPeriods: bad }).success).toBe(false);
  });

  it("keeps each number within its limits", () => {
    expect(settingsInput.safeParse({ ...ok, feedbackAnswerDays: "61" }).success).toBe(false);
    expect(settingsInput.safeParse({ ...ok, draftLifetimeDays: "366" }).success).toBe(false);
    expect(settingsInput.safeParse({ ...ok, draftLifetimeDays: "1.5" }).success).toBe(false);
    expect(settingsInput.safeParse({ ...ok, officeHoursWeekdays: [] }).success).toBe(false);
  });

  it("a malformed row counts as its default", () => {
    const v = settingsFromRows([{ key: "feedback.answerWorkingDays", value: "abc" }, { key: "officeHours", value: { periods: [] } }], 30);
    expect(v.feedbackAnswerDays).toBe(10);
    expect(v.officeHours.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(v.remindersEnabled).toBe(true);
  });
});
