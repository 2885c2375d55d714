/** Morning reminders: an officer's digest and a leader's overdue list, once a day, working days only, a setting turns them off. */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal, toLocalDate, WorkCalendar } from "@/lib/domain/calendar";
import { REMINDERS_SETTING, sendDailyDigests } from "@/lib/server/backoffice/digest";
import { renderBackofficeEmail } from "@/lib/server/backoffice/emails";
import { agencyOf, createDossier, createOfficer, DEMO } from "./support/backoffice-fixtures";

afterAll(async () => {
  await db().setting.deleteMany({ where: { key: REMINDERS_SETTING } });
});

describe("daily digests", () => {
  it("sends each officer their overdue and due-soon dossiers and each leader the agency's overdue ones, once a day", async () => {
    const today = toLocalDate(new Date());
    const now = fromLocal(today, "08:00");
    if (!new WorkCalendar().isWorkingDay(today)) return; // the day-off rule is tested below
    const agency = await agencyOf(DEMO.receptionXa);
    const specialist = await createOfficer(agency.id, "SPECIALIST");
    await db().user.update({ where: { id: specialist.userId }, data: { email: `digest-${specialist.userId.slice(0, 8)}@test.motcua` } });
    const late = await createDossier({ agencyId: agency.id, status: "IN_PROCESSING", step: "EXAMINING", assigneeId: specialist.userId, receivedAt: new Date(now.getTime() - 5 * 86400_000), dueAt: new Date(now.getTime() - 3600_000) });
    const soon = await createDossier({ agencyId: agency.id, status: "IN_PROCESSING", step: "EXAMINING", assigneeId: specialist.userId, receivedAt: new Date(now.getTime() - 86400_000), dueAt: new Date(now.getTime() + 2 * 3600_000) });

    const first = await sendDailyDigests(now);
    expect(first.officers).toBeGreaterThan(0);
    const email = (await db().user.findUniqueOrThrow({ where: { id: specialist.userId }, select: { email: true } })).email!;
    const rows = await db().outbox.findMany({ where: { recipient: email, template: "digest.officer" } });
    expect(rows).toHaveLength(1);
    const data = rows[0]!.data as { overdue: Array<{ code: string }>; dueSoon: Array<{ code: string }> };
    expect(data.overdue.map((d) => d.code)).toEqual([late.code]);
    expect(data.dueSoon.map((d) => d.code)).toEqual([soon.code]);
    const rendered = await renderBackofficeEmail("digest.officer", "vi", rows[0]!.data);
    expect(rendered!.text).toContain(late.code);
    expect(rendered!.subject).toBe("Hồ sơ đến hạn và quá hạn hôm nay");

    const leaderMail = await db().outbox.findMany({ where: { recipient: DEMO.leaderXa, template: "digest.leader" } });
    expect(leaderMail).toHaveLength(1);
    expect(JSON.stringify(leaderMail[0]!.data)).toContain(late.code);

    // At most once a day.
    await sendDailyDigests(new Date(now.getTime() + 3600_000));
    expect(await db().outbox.count({ where: { recipient: email, template: "digest.officer" } })).toBe(1);
    expect(await db().outbox.count({ where: { recipient: DEMO.leaderXa, template: "digest.leader" } })).toBe(1);
  });

  it("sends nothing on a day off, before the office opens, or when the setting turns reminders off", async () => {
    expect(await sendDailyDigests(fromLocal("2026-12-05", "08:00"))).toMatchObject({ skipped: "dayOff" }); // a Saturday
    expect(await sendDailyDigests(fromLocal("2026-12-07", "05:00"))).toMatchObject({ skipped: "early" });
    await db().setting.upsert({ where: { key: REMINDERS_SETTING }, create: { key: REMINDERS_SETTING, value: false }, update: { value: false } });
    expect(await sendDailyDigests(fromLocal("2026-12-07", "08:00"))).toMatchObject({ skipped: "disabled" });
  });
});
