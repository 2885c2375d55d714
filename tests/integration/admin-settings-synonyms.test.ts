/** Settings edited within their limits (audited, read by the use cases); synonyms apply to search at once. */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAdminActor, type AdminActor } from "@/lib/server/admin/access";
import { getSettings, saveSettings } from "@/lib/server/admin/settings";
import { listSynonyms, removeSynonym, saveSynonym } from "@/lib/server/admin/synonyms";
import { searchProcedures } from "@/lib/server/catalog/search";
import { draftTtlDays } from "@/lib/server/dossiers/drafts";
import { DEMO } from "./support/backoffice-fixtures";

let admin: AdminActor;
let inspector: AdminActor;
let saved: Array<{ key: string; value: unknown }>;

beforeAll(async () => {
  admin = await loadAdminActor((await db().user.findUniqueOrThrow({ where: { email: DEMO.admin } })).id);
  const u = await db().user.create({ data: { email: `tt-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Thanh tra", role: "INSPECTOR" } });
  inspector = await loadAdminActor(u.id);
  saved = await db().setting.findMany();
});

afterAll(async () => {
  // Other test files read these settings: put them back as they were.
  for (const key of ["officeHours", "feedback.answerWorkingDays", "draftLifetimeDays", "reminders.enabled"]) {
    const row = saved.find((s) => s.key === key);
    if (row) await db().setting.update({ where: { key }, data: { value: row.value as never } });
    else await db().setting.deleteMany({ where: { key } });
  }
});

const valid = { officeHoursPeriods: "07:30-11:30, 13:30-17:00", officeHoursWeekdays: ["1", "2", "3", "4", "5"], feedbackAnswerDays: "12", draftLifetimeDays: "45", remindersEnabled: false };

describe("settings", () => {
  it("saves values within their limits, audited with before and after; the use cases read them", async () => {
    expect(await saveSettings(admin, valid)).toMatchObject({ ok: true });
    const now = await getSettings(admin);
    expect(now).toEqual({
      officeHours: { periods: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }], weekdays: [1, 2, 3, 4, 5], timeZone: "Asia/Ho_Chi_Minh" },
      feedbackAnswerDays: 12,
      draftLifetimeDays: 45,
      remindersEnabled: false,
    });
    expect(await draftTtlDays()).toBe(45);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { id: "desc" } });
    expect((entry.data as { after: Record<string, unknown> }).after).toMatchObject({ draftLifetimeDays: 45, "feedback.answerWorkingDays": 12 });
    // Saving the same values again changes nothing and writes no record.
    expect(await saveSettings(admin, valid)).toEqual({ ok: true, changed: [] });
  });

  it("refuses values out of their limits, each named, and saves nothing", async () => {
    const res = await saveSettings(admin, { ...valid, officeHoursPeriods: "13:30-11:30", officeHoursWeekdays: [], feedbackAnswerDays: "0", draftLifetimeDays: "nhiều" });
    expect(res).toEqual({ ok: false, errors: { officeHoursPeriods: "officeHoursPeriods", officeHoursWeekdays: "officeHoursWeekdays", feedbackAnswerDays: "feedbackAnswerDays", draftLifetimeDays: "draftLifetimeDays" } });
    expect(await saveSettings(admin, { ...valid, officeHoursPeriods: "07:00-12:00, 11:00-17:00" })).toMatchObject({ ok: false, errors: { officeHoursPeriods: "officeHoursPeriods" } });
    expect((await getSettings(admin)).draftLifetimeDays).toBe(45);
  });

  it("an inspector reads the settings and cannot change them", async () => {
    expect((await getSettings(inspector)).feedbackAnswerDays).toBeGreaterThan(0);
    await expect(saveSettings(inspector, valid)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("search synonyms", () => {
  it("a synonym added is used by search at once; edited and removed, likewise", async () => {
    const term = `từ thử ${randomBytes(3).toString("hex")}`;
    const khaiSinh = (await searchProcedures({ q: "đăng ký khai sinh" })).items.map((i) => i.code);
    expect(khaiSinh.length).toBeGreaterThan(0);
    expect((await searchProcedures({ q: term })).items.map((i) => i.code)).not.toContain(khaiSinh[0]);

    const created = await saveSynonym(admin, null, { term, expansions: "đăng ký khai sinh\n\nĐăng ký khai sinh" });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect((await listSynonyms(admin, term)).map((s) => s.expansions)).toEqual([["đăng ký khai sinh"]]);
    expect((await searchProcedures({ q: term })).items.map((i) => i.code)).toContain(khaiSinh[0]);

    // The same term, folded, is refused; an empty expansion list too.
    expect(await saveSynonym(admin, null, { term: term.toUpperCase(), expansions: "khai tử" })).toEqual({ ok: false, errors: { term: "termTaken" } });
    expect(await saveSynonym(admin, null, { term: "x", expansions: "" })).toEqual({ ok: false, errors: { term: "term", expansions: "expansions" } });

    await saveSynonym(admin, created.id, { term, expansions: "đăng ký kết hôn" });
    const ketHon = (await searchProcedures({ q: "đăng ký kết hôn" })).items.map((i) => i.code);
    expect((await searchProcedures({ q: term })).items.map((i) => i.code)).toContain(ketHon[0]);

    await removeSynonym(admin, created.id);
    expect((await searchProcedures({ q: term })).items.map((i) => i.code)).not.toContain(ketHon[0]);
    expect(await db().auditLog.count({ where: { entity: "SearchSynonym", entityId: created.id } })).toBe(3);
    await expect(saveSynonym(inspector, null, { term: "ab cd", expansions: "khai tử" })).rejects.toMatchObject({ kind: "not_found" });
  });
});
