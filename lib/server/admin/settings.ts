/**
 * The settings kept as rows, edited on one page by the province administrator (read by inspectors):
 * office hours, the feedback answer days, the draft lifetime, the daily reminders. Every change is
 * audited with before and after, in the same transaction; the calendar cache is cleared on every
 * instance when the office hours change.
 */
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { SETTING_KEYS, settingsErrors, settingsFromRows, settingsInput, type SettingsField, type SettingsValues } from "@/lib/domain/admin/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { clearCalendarCache } from "@/lib/server/backoffice/calendar";
import { notFound } from "@/lib/server/errors";
import { assertProvinceAdmin, type AdminActor } from "./access";

const KEYS = Object.values(SETTING_KEYS);

async function readValues(client: Prisma.TransactionClient | ReturnType<typeof db>): Promise<SettingsValues> {
  const rows = await client.setting.findMany({ where: { key: { in: KEYS } } });
  return settingsFromRows(rows, config().DRAFT_TTL_DAYS);
}

/** The values in effect (province administrator and inspector). */
export async function getSettings(actor: AdminActor): Promise<SettingsValues> {
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") throw notFound();
  return readValues(db());
}

export type SettingsSaveResult = { ok: true; changed: string[] } | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** Saves the whole page; nothing is saved if any value is out of its limits. */
export async function saveSettings(actor: AdminActor, raw: unknown): Promise<SettingsSaveResult> {
  assertProvinceAdmin(actor);
  const parsed = settingsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: settingsErrors(parsed.error) };
  const s = parsed.data;
  const next: Record<string, Prisma.InputJsonValue> = {
    [SETTING_KEYS.officeHours]: { periods: s.officeHoursPeriods, weekdays: [...new Set(s.officeHoursWeekdays)].sort(), timeZone: "Asia/Ho_Chi_Minh" },
    [SETTING_KEYS.feedbackAnswerDays]: s.feedbackAnswerDays,
    [SETTING_KEYS.draftLifetimeDays]: s.draftLifetimeDays,
    [SETTING_KEYS.remindersEnabled]: s.remindersEnabled,
  };
  const changed = await db().$transaction(async (tx) => {
    const before = await readValues(tx);
    const prev: Record<string, unknown> = {
      [SETTING_KEYS.officeHours]: before.officeHours,
      [SETTING_KEYS.feedbackAnswerDays]: before.feedbackAnswerDays,
      [SETTING_KEYS.draftLifetimeDays]: before.draftLifetimeDays,
      [SETTING_KEYS.remindersEnabled]: before.remindersEnabled,
    };
    const keys = KEYS.filter((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
    for (const key of keys) await tx.setting.upsert({ where: { key }, create: { key, value: next[key]! }, update: { value: next[key]! } });
    if (keys.length) {
      await audit(tx, {
        actorId: actor.userId,
        action: "settings.update",
        entity: "Setting",
        entityId: keys.join(","),
        data: { before: Object.fromEntries(keys.map((k) => [k, prev[k] as Prisma.InputJsonValue])), after: Object.fromEntries(keys.map((k) => [k, next[k]!])) },
      });
    }
    return keys;
  });
  if (changed.includes(SETTING_KEYS.officeHours)) clearCalendarCache();
  return { ok: true, changed };
}
