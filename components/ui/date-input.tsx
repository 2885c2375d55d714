/**
 * A date asked as three fields, day / month / year (as the GOV.UK Design System does), never the
 * browser's date picker, which shows mm/dd/yyyy in some browsers. The inputs are named
 * `<name>.day`, `<name>.month`, `<name>.year`; the server joins them with dateFromParts
 * (lib/domain/calendar-date.ts), and a wrong date comes back exactly as it was typed.
 * The day input carries `id`, so an error summary's link lands on it.
 */
import { datePartsOf } from "@/lib/domain/calendar-date";

export interface DateInputWords {
  day: string;
  month: string;
  year: string;
}

export function DateInput({
  id,
  name,
  value,
  words,
  invalid,
  describedBy,
}: {
  id: string;
  name: string;
  /** YYYY-MM-DD, or what was typed (see dateFromParts). */
  value: string;
  words: DateInputWords;
  invalid?: boolean;
  describedBy?: string;
}) {
  const parts = datePartsOf(value);
  const fields = [
    { key: "day", id, label: words.day, value: parts.day, width: "w-16", max: 2 },
    { key: "month", id: `${id}-month`, label: words.month, value: parts.month, width: "w-16", max: 2 },
    { key: "year", id: `${id}-year`, label: words.year, value: parts.year, width: "w-24", max: 4 },
  ] as const;
  return (
    <div className="mt-1 flex flex-wrap gap-4">
      {fields.map((f) => (
        <div key={f.key}>
          <label htmlFor={f.id} className="block text-sm">
            {f.label}
          </label>
          <input
            id={f.id}
            name={`${name}.${f.key}`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={f.max + 2}
            defaultValue={f.value}
            aria-describedby={describedBy}
            aria-invalid={invalid ? true : undefined}
            className={`input ${f.width}`}
          />
        </div>
      ))}
    </div>
  );
}
