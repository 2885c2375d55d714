/**
 * Vietnamese public holidays and the yearly civil-service arrangements.
 *
 * Law: Bộ luật Lao động 2019, Điều 112 — paid public holidays:
 *   a) Tết Dương lịch: 1 day (1/1);
 *   b) Tết Âm lịch (Nguyên đán): 5 days;
 *   c) Ngày Chiến thắng: 1 day (30/4);
 *   d) Ngày Quốc tế lao động: 1 day (1/5);
 *   đ) Quốc khánh: 2 days (2/9 and one adjacent day, before or after);
 *   e) Giỗ Tổ Hùng Vương: 1 day (10/3 lunar).
 * A holiday falling on the weekly rest day (Saturday/Sunday for the civil service)
 * is compensated by a day off (nghỉ bù). Each year the Prime Minister may also swap
 * working days for civil servants (hoán đổi ngày làm việc), which yields an extra
 * day off and a make-up working Saturday (làm bù).
 *
 * The generator below reproduces the government's usual practice; the arrangements
 * that were actually announced are applied on top as data (KNOWN_ARRANGEMENTS).
 * Everything is a default: administrators edit the stored work calendar.
 */
import { lunarToSolar, solarToLunar } from "./lunar";

export type CalendarDayKind = "HOLIDAY" | "DAY_OFF" | "WORKING_DAY";

export type CalendarEntry = {
  /** Local (Asia/Ho_Chi_Minh) date, "YYYY-MM-DD". */
  date: string;
  /** HOLIDAY = statutory holiday; DAY_OFF = extra day off (compensation or swap); WORKING_DAY = make-up working day. */
  kind: CalendarDayKind;
  name: string;
  nameEn: string;
};

// ---------------------------------------------------------------------------
// Plain date arithmetic on "YYYY-MM-DD" via UTC day numbers (no time zone involved).

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function isoOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function ddmm(n: number): string {
  const iso = isoOfDayNumber(n);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const isWeekend = (n: number): boolean => isoWeekdayOfDayNumber(n) >= 6;

// ---------------------------------------------------------------------------
// Statutory holidays of one solar year.

type Holiday = {
  day: number; // day number
  name: string;
  nameEn: string;
  /** How a weekend occurrence is compensated. */
  rule: "NEXT" | "TET";
};

const LUNAR_DAY_NAMES = ["mùng 1", "mùng 2", "mùng 3", "mùng 4", "mùng 5"];

/**
 * Adjacent day of Quốc khánh (Điều 112 đ), by weekday of 2/9, following the Prime
 * Minister's choices 2021–2025 (2021 Thu→3/9, 2022 Fri→1/9, 2023 Sat→1/9,
 * 2024 Mon→3/9, 2025 Tue→1/9). Wednesday and Sunday have no recent precedent:
 * unverified defaults (Wed→1/9, Sun→3/9).
 */
const NATIONAL_DAY_ADJACENT: Record<number, -1 | 1> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 };

function statutoryHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  const add = (day: number, name: string, nameEn: string, rule: Holiday["rule"] = "NEXT") =>
    list.push({ day, name, nameEn, rule });

  add(dayNumber(year, 1, 1), "Tết Dương lịch", "New Year's Day");

  // Tết Nguyên đán: 5 days. Convention used here (and by the government in 2025 and 2026):
  // the last day of the old lunar year (29 or 30 tháng Chạp) + mùng 1 to mùng 4.
  const tet = lunarToSolar(1, 1, year);
  const tetDay = dayNumber(tet.year, tet.month, tet.day);
  const eve = tetDay - 1;
  const eveIso = isoOfDayNumber(eve);
  const eveLunar = solarToLunar(Number(eveIso.slice(8, 10)), Number(eveIso.slice(5, 7)), Number(eveIso.slice(0, 4)));
  add(eve, `Tết Nguyên đán (${eveLunar.day} tháng Chạp)`, `Lunar New Year (Tết) – ${eveLunar.day}th of the 12th lunar month`, "TET");
  for (let i = 0; i < 4; i++) {
    add(
      tetDay + i,
      `Tết Nguyên đán (${LUNAR_DAY_NAMES[i] ?? ""} tháng Giêng)`,
      `Lunar New Year (Tết) – day ${i + 1} of the 1st lunar month`,
      "TET",
    );
  }

  const hung = lunarToSolar(10, 3, year);
  add(dayNumber(hung.year, hung.month, hung.day), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day");
  add(dayNumber(year, 4, 30), "Ngày Chiến thắng (30/4)", "Reunification Day");
  add(dayNumber(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", "International Labour Day");

  const sep2 = dayNumber(year, 9, 2);
  add(sep2, "Quốc khánh (2/9)", "National Day");
  const adjacent = sep2 + (NATIONAL_DAY_ADJACENT[isoWeekdayOfDayNumber(sep2)] ?? 1);
  add(adjacent, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)");

  return list.sort((a, b) => a.day - b.day);
}

// ---------------------------------------------------------------------------
// Known arrangements announced for the civil service.

export type Swap = {
  /** Weekday given off, "YYYY-MM-DD". */
  off: string;
  /** Weekend day worked instead, "YYYY-MM-DD". */
  makeUp: string;
  reason: string;
  reasonEn: string;
};

type Arrangement = {
  swaps: Swap[];
  /** Free-text provenance, for maintainers. */
  source: string;
  verified: boolean;
};

/**
 * Data on top of the generated holidays. The generator already yields, for these
 * years, the published days off; only the swaps must be listed.
 *
 * 2025 (verified from the announced schedule):
 *   - Tết Dương lịch: Wed 1/1, one day, no swap.
 *   - Tết Ất Tỵ: off Sat 25/1 – Sun 2/2/2025 (9 days). Statutory days 28/1 (29 tháng Chạp —
 *     that year had no 30) to 1/2 (mùng 4); 1/2 is a Saturday and was compensated before Tết,
 *     on Mon 27/1. *Unverified*: we know of no make-up Saturday for Tết 2025; if one was set,
 *     the administrator adds it.
 *   - Giỗ Tổ: Mon 7/4.
 *   - 30/4 (Wed) and 1/5 (Thu): Fri 2/5 off, made up on Sat 26/4/2025 (5 days 30/4–4/5).
 *   - Quốc khánh: Mon 1/9 + Tue 2/9 (4 days 30/8–2/9).
 *
 * 2026:
 *   - Tết Dương lịch: Thu 1/1 + Fri 2/1 off, made up on Sat 10/1/2026
 *     (Văn bản 12729/VPCP-KGVX of 25/12/2025) — verified.
 *   - Tết Bính Ngọ: off Sat 14/2 (27 tháng Chạp) – Sun 22/2 (mùng 6), 9 days — verified.
 *     Statutory days Mon 16/2 (29 tháng Chạp) – Fri 20/2 (mùng 4); no swap needed.
 *   - Giỗ Tổ: Sun 26/4, compensated Mon 27/4 — reported in the press, per the law.
 *   - 30/4 (Thu), 1/5 (Fri): no swap known.
 *   - Quốc khánh: Wed 2/9 + *unverified* adjacent day Tue 1/9 (not yet announced).
 *
 * 2027: nothing announced — everything is the generated *unverified* default:
 *   Tết Đinh Mùi mùng 1 = Sat 6/2/2027; statutory 5/2–9/2, compensations Thu 4/2 (for Sat 6/2)
 *   and Wed 10/2 (for Sun 7/2); Giỗ Tổ Fri 16/4; 1/5 Sat → Mon 3/5; Quốc khánh Thu 2/9 + Fri 3/9.
 */
export const KNOWN_ARRANGEMENTS: Readonly<Record<number, Arrangement>> = {
  2025: {
    swaps: [
      {
        off: "2025-05-02",
        makeUp: "2025-04-26",
        reason: "dịp 30/4 – 1/5",
        reasonEn: "Reunification Day and Labour Day break",
      },
    ],
    source: "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2025 (swap 2/5 ↔ 26/4 approved by the Prime Minister)",
    verified: true,
  },
  2026: {
    swaps: [
      {
        off: "2026-01-02",
        makeUp: "2026-01-10",
        reason: "dịp Tết Dương lịch",
        reasonEn: "New Year break",
      },
    ],
    source: "Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026); Tết 2026 nghỉ 14/2–22/2/2026",
    verified: true,
  },
  2027: { swaps: [], source: "none announced — generated defaults", verified: false },
};

// ---------------------------------------------------------------------------

function parseIso(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`invalid date "${date}", expected YYYY-MM-DD`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The default work-calendar entries of one solar year: statutory holidays (HOLIDAY),
 * compensatory and swapped days off (DAY_OFF), and make-up working days (WORKING_DAY).
 * Ordinary weekends are not listed. Sorted by date; at most one entry per date and kind.
 */
export function defaultCalendarEntries(year: number): CalendarEntry[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new RangeError(`year out of range: ${year}`);
  }
  const holidays = statutoryHolidays(year);

  // Statutory days (several holidays may share a date, e.g. Giỗ Tổ on 30/4).
  const byDay = new Map<number, Holiday[]>();
  for (const h of holidays) {
    const list = byDay.get(h.day) ?? [];
    list.push(h);
    byDay.set(h.day, list);
  }
  const taken = new Set<number>(byDay.keys());
  const isFree = (n: number) => !isWeekend(n) && !taken.has(n);

  // Compensation: a holiday on a Saturday/Sunday, or a second holiday on the same date,
  // gives one day off on the next working day. For Tết the government's practice since
  // 2014 is: Saturday → previous working day (before Tết), Sunday → next working day.
  const compensations: Array<{ day: number; of: Holiday }> = [];
  for (const [day, list] of [...byDay.entries()].sort((a, b) => a[0] - b[0])) {
    list.forEach((h, index) => {
      const needs = isWeekend(day) || index > 0;
      if (!needs) return;
      const backwards = h.rule === "TET" && isoWeekdayOfDayNumber(day) === 6 && index === 0;
      let n = day;
      do {
        n += backwards ? -1 : 1;
      } while (!isFree(n));
      taken.add(n);
      compensations.push({ day: n, of: h });
    });
  }

  const entries: CalendarEntry[] = [];
  for (const [day, list] of byDay) {
    entries.push({
      date: isoOfDayNumber(day),
      kind: "HOLIDAY",
      name: list.map((h) => h.name).join("; "),
      nameEn: list.map((h) => h.nameEn).join("; "),
    });
  }
  for (const c of compensations) {
    entries.push({
      date: isoOfDayNumber(c.day),
      kind: "DAY_OFF",
      name: `Nghỉ bù ${c.of.name} (${ddmm(c.of.day)} trùng ngày nghỉ)`,
      nameEn: `Compensatory day off for ${c.of.nameEn} (${ddmm(c.of.day)})`,
    });
  }

  const arrangement = KNOWN_ARRANGEMENTS[year];
  for (const s of arrangement?.swaps ?? []) entries.push(...swapEntries(s));

  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind.localeCompare(b.kind)));
}

/**
 * The two entries of a swap announced by the government: the weekday given off (DAY_OFF) and the
 * weekend day worked instead (WORKING_DAY), named after each other.
 */
export function swapEntries(s: Swap): [CalendarEntry, CalendarEntry] {
  const off = parseIso(s.off);
  const makeUp = parseIso(s.makeUp);
  return [
    {
      date: s.off,
      kind: "DAY_OFF",
      name: `Nghỉ hoán đổi ${s.reason} (làm bù ${ddmm(makeUp)})`,
      nameEn: `Swapped day off, ${s.reasonEn} (made up on ${ddmm(makeUp)})`,
    },
    {
      date: s.makeUp,
      kind: "WORKING_DAY",
      name: `Làm bù cho ngày ${ddmm(off)} (${s.reason})`,
      nameEn: `Make-up working day for ${ddmm(off)} (${s.reasonEn})`,
    },
  ];
}

/** Entries of several consecutive years (inclusive). */
export function defaultCalendarEntriesRange(fromYear: number, toYear: number): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...defaultCalendarEntries(y));
  return out;
}
