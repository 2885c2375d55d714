/**
 * The settings kept as rows (`Setting`), as the administrator edits them on one page: each with its
 * key, its limits (zod) and how a form's text becomes the stored value and back.
 */
import { z } from "zod";
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from "@/lib/domain/calendar";

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** "07:00-11:30, 13:30-17:00" → periods, in order, not overlapping. */
export const periodsText = z
  .string()
  .trim()
  .min(1, "periods")
  .max(100, "periods")
  .transform((s, ctx) => {
    const periods = s.split(/[,;]/).map((p) => p.trim()).filter(Boolean).map((p) => {
      const [start = "", end = ""] = p.split(/\s*[-–]\s*/);
      return { start, end };
    });
    const ok =
      periods.length >= 1 &&
      periods.length <= 4 &&
      periods.every((p, i) => TIME_RE.test(p.start) && TIME_RE.test(p.end) && minutes(p.start) < minutes(p.end) && (i === 0 || minutes(periods[i - 1]!.end) <= minutes(p.start)));
    if (!ok) {
      ctx.addIssue({ code: "custom", message: "periods" });
      return z.NEVER;
    }
    return periods;
  });

export const settingsInput = z.object({
  officeHoursPeriods: periodsText,
  officeHoursWeekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, "weekdays").max(7),
  feedbackAnswerDays: z.coerce.number({ message: "answerDays" }).int("answerDays").min(1, "answerDays").max(60, "answerDays"),
  draftLifetimeDays: z.coerce.number({ message: "draftDays" }).int("draftDays").min(1, "draftDays").max(365, "draftDays"),
  remindersEnabled: z.boolean(),
});
export type SettingsInput = z.output<typeof settingsInput>;
export type SettingsField = keyof SettingsInput;

/** The rows' keys (read by the calendar, feedback, drafts and digest use cases). */
export const SETTING_KEYS = {
  officeHours: "officeHours",
  feedbackAnswerDays: "feedback.answerWorkingDays",
  draftLifetimeDays: "draftLifetimeDays",
  remindersEnabled: "reminders.enabled",
} as const;

export const SETTING_DEFAULTS = { feedbackAnswerDays: 10, draftLifetimeDays: 30, remindersEnabled: true } as const;

export interface SettingsValues {
  officeHours: OfficeHours;
  feedbackAnswerDays: number;
  draftLifetimeDays: number;
  remindersEnabled: boolean;
}

export const officeHoursText = (h: OfficeHours): string => h.periods.map((p) => `${p.start}-${p.end}`).join(", ");

/** The stored rows → the values in effect (a malformed row counts as its default). */
export function settingsFromRows(rows: Array<{ key: string; value: unknown }>, draftDefault: number): SettingsValues {
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  const oh = z
    .object({ periods: z.array(z.object({ start: z.string(), end: z.string() })).min(1), weekdays: z.array(z.number().int().min(1).max(7)), timeZone: z.literal("Asia/Ho_Chi_Minh") })
    .safeParse(get(SETTING_KEYS.officeHours));
  const int = (v: unknown, min: number, max: number, dflt: number) => {
    const n = typeof v === "number" ? v : Number(v);
    return Number.isInteger(n) && n >= min && n <= max ? n : dflt;
  };
  return {
    officeHours: oh.success ? oh.data : DEFAULT_OFFICE_HOURS,
    feedbackAnswerDays: int(get(SETTING_KEYS.feedbackAnswerDays), 1, 60, SETTING_DEFAULTS.feedbackAnswerDays),
    draftLifetimeDays: int(get(SETTING_KEYS.draftLifetimeDays), 1, 365, draftDefault),
    remindersEnabled: get(SETTING_KEYS.remindersEnabled) !== false,
  };
}

/** Each problem of a refused form, one message key per field. */
export function settingsErrors(error: z.ZodError): Partial<Record<SettingsField, string>> {
  const out: Partial<Record<SettingsField, string>> = {};
  for (const i of error.issues) {
    const f = String(i.path[0]) as SettingsField;
    out[f] ??= f;
  }
  return out;
}
