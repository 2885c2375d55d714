import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadWorkCalendar } from "@/lib/server/dossiers/calendar";
import { requireAdmin } from "@/lib/server/backoffice/actor";
import { calendarYear, listCalendarDays } from "@/lib/server/backoffice/calendar-admin";
import { formatDate, formatIsoDay } from "@/lib/domain/dates";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { DateInput } from "@/components/ui/date-input";
import { addSwap, confirmYear, removeDay, saveDay } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.calendar");
  return { title: t("title") };
}

const WEEKDAY_VI = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];
const WEEKDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default async function CalendarAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const current = new Date().getUTCFullYear();
  const requested = Number(typeof sp.year === "string" ? sp.year : current);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : current;
  const [t, tforms, locale, days, calendar, computed] = await Promise.all([
    getTranslations("office.calendar"),
    getTranslations("forms"),
    getLocale(),
    listCalendarDays(actor, year),
    loadWorkCalendar(),
    calendarYear(actor, year),
  ]);
  const count = (key: string) => {
    const n = Number(typeof sp[key] === "string" ? sp[key] : NaN);
    return Number.isInteger(n) && n >= 0 ? n : null;
  };
  // A refused form comes back with what was typed (actions.ts).
  const kept = (key: string) => (typeof sp[key] === "string" ? (sp[key] as string).slice(0, 200) : "");
  const dateWords = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const wrongDate = (key: string) => kept(key) !== "" && !isCalendarDate(kept(key));
  const recomputed = count("recomputed");
  const added = count("added");
  const hours = calendar.officeHours.periods.map((p) => `${p.start}–${p.end}`).join(", ");
  const names = locale === "en" ? WEEKDAY_EN : WEEKDAY_VI;
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1">{t("intro", { hours })}</p>
      <p className="mt-1">{t("recomputeNote")}</p>
      {sp.saved === "1" && (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t("saved")}
        </p>
      )}
      {recomputed !== null && (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {sp.confirmed === "1" ? t("confirmed", { year, added: added ?? 0, count: recomputed }) : t("recomputed", { count: recomputed })}
        </p>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="year" className="block font-semibold">
            {t("year")}
          </label>
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={year} className="input mt-1 w-32" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("show")}
        </button>
      </form>

      <section aria-labelledby="add" className="mt-6 max-w-xl rounded border border-line p-4">
        <h2 id="add" className="text-xl">
          {t("addTitle")}
        </h2>
        {/* The message stands by the form it is about (the page comes back scrolled to it). */}
        {sp.error === "invalid" && (
          <p role="alert" className="mt-2 rounded border-4 border-accent-700 p-3">
            {t("errors.invalid")}
          </p>
        )}
        <form action={saveDay} className="mt-2 grid gap-3">
          <fieldset>
            <legend className="font-semibold">{t("date")}</legend>
            <DateInput id="date" name="date" value={kept("date")} words={dateWords} invalid={sp.error === "invalid" && (kept("date") === "" || wrongDate("date"))} />
          </fieldset>
          <div>
            <label htmlFor="kind" className="block font-semibold">
              {t("kind")}
            </label>
            <select id="kind" name="kind" required defaultValue={kept("kind") || undefined} className="input mt-1">
              {(["HOLIDAY", "DAY_OFF", "WORKING_DAY"] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="name" className="block font-semibold">
              {t("name")}
            </label>
            <input id="name" name="name" required minLength={2} defaultValue={kept("name")} className="input mt-1" />
          </div>
          <div>
            <label htmlFor="nameEn" className="block font-semibold">
              {t("nameEn")}
            </label>
            <input id="nameEn" name="nameEn" defaultValue={kept("nameEn")} className="input mt-1" />
          </div>
          <div>
            <button type="submit" className="btn btn-primary">
              {t("add")}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="computed" className="mt-6">
        <h2 id="computed" className="text-xl">
          {t("confirmTitle", { year })}
        </h2>
        <p className="mt-1 max-w-3xl">{t("confirmIntro")}</p>
        <p className="mt-2 font-semibold">
          {computed.confirmed
            ? t("confirmedOn", { date: formatDate(computed.confirmed.at), by: computed.confirmed.by ?? "none" })
            : t("notConfirmed")}
        </p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">{t("computedDate")}</th>
                <th scope="col" className="py-1 pr-3">{t("computedKind")}</th>
                <th scope="col" className="py-1 pr-3">{t("computedName")}</th>
                <th scope="col" className="py-1">{t("inCalendar")}</th>
              </tr>
            </thead>
            <tbody>
              {computed.computed.map((c) => (
                <tr key={`${c.date}-${c.kind}`} className="border-b border-line">
                  <td className="py-1 pr-3">
                    {names[((new Date(`${c.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1]} {formatIsoDay(c.date)}
                  </td>
                  <td className="py-1 pr-3">{t(`kinds.${c.kind}`)}</td>
                  <td className="py-1 pr-3">{locale === "en" ? c.nameEn : c.name}</td>
                  <td className="py-1">
                    {!c.stored ? t("missing") : c.stored.kind === c.kind ? t("sameDay") : t("differs", { kind: t(`kinds.${c.stored.kind as "HOLIDAY"}`) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form action={confirmYear} className="mt-3">
          <input type="hidden" name="year" value={year} />
          <button type="submit" className="btn btn-primary">
            {t("confirm", { year })}
          </button>
        </form>
      </section>

      <section aria-labelledby="swap" className="mt-6 max-w-xl rounded border border-line p-4">
        <h2 id="swap" className="text-xl">
          {t("swapTitle")}
        </h2>
        <p className="mt-1">{t("swapIntro")}</p>
        {sp.error === "swap" && (
          <p role="alert" className="mt-2 rounded border-4 border-accent-700 p-3">
            {t("errors.swap")}
          </p>
        )}
        <form action={addSwap} className="mt-2 grid gap-3">
          <fieldset>
            <legend className="font-semibold">{t("swapOff")}</legend>
            <DateInput id="swap-off" name="off" value={kept("off")} words={dateWords} invalid={sp.error === "swap" && (kept("off") === "" || wrongDate("off"))} />
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{t("swapMakeUp")}</legend>
            <DateInput id="swap-makeup" name="makeUp" value={kept("makeUp")} words={dateWords} invalid={sp.error === "swap" && (kept("makeUp") === "" || wrongDate("makeUp"))} />
          </fieldset>
          <div>
            <label htmlFor="swap-reason" className="block font-semibold">
              {t("swapReason")}
            </label>
            <input id="swap-reason" name="reason" required minLength={2} defaultValue={kept("reason")} className="input mt-1" />
          </div>
          <div>
            <button type="submit" className="btn btn-primary">
              {t("swapAdd")}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="days" className="mt-6">
        <h2 id="days" className="text-xl">
          {t("title")} {year}
        </h2>
        {days.length === 0 ? (
          <p className="mt-2">{t("none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {days.map((d) => {
              const iso = d.date.toISOString().slice(0, 10);
              const weekday = names[((d.date.getUTCDay() + 6) % 7) + 1];
              return (
                <li key={iso} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>
                      {weekday} {iso.split("-").reverse().join("/")}
                    </strong>{" "}
                    · {t(`kinds.${d.kind}`)} · {locale === "en" && d.nameEn ? d.nameEn : d.name}
                  </span>
                  <form action={removeDay}>
                    <input type="hidden" name="date" value={iso} />
                    <button type="submit" className="btn btn-secondary">
                      {t("remove", { date: iso.split("-").reverse().join("/") })}
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
