import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminTextField } from "@/components/admin/text-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldClass, Hint } from "@/components/ui/field";
import { officeHoursText } from "@/lib/domain/admin/settings";
import { getSettings } from "@/lib/server/admin/settings";
import { requireAdministration } from "@/lib/server/admin/session";
import { notFound } from "next/navigation";
import { saveSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.settings");
  return { title: t("title") };
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAdministration("/admin/settings");
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const sp = await searchParams;
  const [t, current] = await Promise.all([getTranslations("admin"), getSettings(actor)]);
  const errors = Object.fromEntries(Object.entries(sp).filter(([k, v]) => k.startsWith("e.") && typeof v === "string").map(([k, v]) => [k.slice(2), v as string]));
  const refused = Object.keys(errors).length > 0;
  const str = (k: string, dflt: string) => (refused && typeof sp[k] === "string" ? (sp[k] as string) : dflt);
  const weekdays = refused ? ([] as string[]).concat(sp.officeHoursWeekdays ?? []).map(Number) : current.officeHours.weekdays;
  const reminders = refused ? sp.remindersEnabled === "1" : current.remindersEnabled;
  const msg = (f: string) => (errors[f] ? t(`settings.invalid.${f}` as "settings.invalid.feedbackAnswerDays") : undefined);
  const readOnly = actor.role !== "ADMIN";
  const summary = Object.keys(errors).map((f) => ({ href: `#f-${f}`, message: msg(f) ?? "" }));
  return (
    <div className="container-page max-w-3xl py-6">
      {summary.length ? <ErrorSummary title={t("issues.title")} errors={summary} /> : null}
      <h1 className="text-3xl">{t("settings.title")}</h1>
      <p className="mt-1">{t("settings.lead")}</p>
      {sp.saved === "1" ? (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t("settings.saved")}
        </p>
      ) : null}
      <form action={saveSettingsAction} className="mt-4 grid gap-6" noValidate>
        <fieldset className="grid gap-4 rounded border border-line p-4" disabled={readOnly}>
          <legend className="px-1 text-xl font-semibold">{t("settings.officeHours")}</legend>
          <AdminTextField
            name="officeHoursPeriods"
            label={t("settings.periods")}
            hint={t("settings.periodsHint")}
            value={str("officeHoursPeriods", officeHoursText(current.officeHours))}
            error={msg("officeHoursPeriods")}
            errorPrefix={t("errorPrefix")}
            className="w-80"
          />
          <fieldset id="f-officeHoursWeekdays" className={fieldClass(!!errors.officeHoursWeekdays)} aria-describedby="weekdays-hint">
            <legend className="font-semibold">{t("settings.weekdays")}</legend>
            <Hint id="weekdays-hint">{t("settings.weekdaysHint")}</Hint>
            {errors.officeHoursWeekdays ? <FieldError id="weekdays-error" message={msg("officeHoursWeekdays")} prefix={t("errorPrefix")} /> : null}
            <div className="mt-1 flex flex-wrap gap-4">
              {WEEKDAYS.map((d) => (
                <label key={d} className="flex items-center gap-2">
                  <input type="checkbox" name="officeHoursWeekdays[]" value={d} defaultChecked={weekdays.includes(d)} />
                  {t(`settings.days.${d}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
        <fieldset className="grid gap-4 rounded border border-line p-4" disabled={readOnly}>
          <legend className="px-1 text-xl font-semibold">{t("settings.deadlines")}</legend>
          <AdminTextField
            name="feedbackAnswerDays"
            type="number"
            min={1}
            max={60}
            label={t("settings.feedbackAnswerDays")}
            hint={t("settings.feedbackAnswerDaysHint")}
            value={str("feedbackAnswerDays", String(current.feedbackAnswerDays))}
            error={msg("feedbackAnswerDays")}
            errorPrefix={t("errorPrefix")}
            className="w-32"
          />
          <AdminTextField
            name="draftLifetimeDays"
            type="number"
            min={1}
            max={365}
            label={t("settings.draftLifetimeDays")}
            hint={t("settings.draftLifetimeDaysHint")}
            value={str("draftLifetimeDays", String(current.draftLifetimeDays))}
            error={msg("draftLifetimeDays")}
            errorPrefix={t("errorPrefix")}
            className="w-32"
          />
          <div>
            <label className="flex items-center gap-2 font-semibold">
              <input type="checkbox" name="remindersEnabled" aria-describedby="reminders-hint" defaultChecked={reminders} />
              {t("settings.remindersEnabled")}
            </label>
            <Hint id="reminders-hint">{t("settings.remindersEnabledHint")}</Hint>
          </div>
        </fieldset>
        {readOnly ? null : (
          <div>
            <button type="submit" className="btn btn-primary">
              {t("settings.save")}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
