import { getTranslations } from "next-intl/server";
import { splitWorkingMinutes } from "./format";

/** The time left (or overdue) in working time, in words. */
export async function Countdown({ minutes, perDay, paused }: { minutes: number | null; perDay: number; paused?: boolean }) {
  const t = await getTranslations("office.countdown");
  if (paused) return <span className="text-warn-700">{t("paused")}</span>;
  if (minutes === null) return <span className="text-muted">{t("none")}</span>;
  const parts = splitWorkingMinutes(minutes, perDay);
  if (minutes < 0) {
    return <strong className="text-accent-700">{parts.days > 0 ? t("lateDays", parts) : t("late", parts)}</strong>;
  }
  return <span className={parts.days === 0 ? "font-semibold text-warn-700" : ""}>{parts.days > 0 ? t("leftDays", parts) : t("left", parts)}</span>;
}
