/**
 * How answers travel in an HTML form (so the form works without JavaScript), and back.
 *
 * Input names: `a.<field>`; address parts `a.<field>.street|commune|province`; a repeatable
 * group `a.<group>.<i>.<field>` with the number of items in `a.<group>.count`.
 * Element ids (for the error summary's links): `f-<field>`, `f-<field>-street`, `f-<group>-<i>-<field>`.
 */
import { dateFromParts } from "../calendar-date";
import { applies } from "./conditions";
import type { AddressValue } from "./build";
import type { FormField, FormSchema, SimpleField } from "./schema";
import { localized } from "./schema";

export type RawSimple = string | string[] | Partial<AddressValue>;
export type RawAnswers = Record<string, RawSimple | Array<Record<string, RawSimple>>>;

export interface FormDataLike {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

export const PREFIX = "a";

export function inputName(path: Array<string | number>): string {
  return [PREFIX, ...path].join(".");
}

export function fieldDomId(path: Array<string | number>): string {
  return `f-${path.join("-")}`;
}

const str = (v: FormDataEntryValue | null): string => (typeof v === "string" ? v.slice(0, 10_000) : "");

function readSimple(field: SimpleField, fd: FormDataLike, path: Array<string | number>): RawSimple {
  const name = inputName(path);
  if (field.type === "address") {
    return {
      street: str(fd.get(`${name}.street`)),
      commune: str(fd.get(`${name}.commune`)),
      province: str(fd.get(`${name}.province`)),
    };
  }
  if (field.type === "date" && fd.get(name) === null) {
    // Asked as day / month / year (components/ui/date-input.tsx); a plain YYYY-MM-DD is read as is.
    return dateFromParts({ day: str(fd.get(`${name}.day`)), month: str(fd.get(`${name}.month`)), year: str(fd.get(`${name}.year`)) });
  }
  if (field.type === "checkbox" && field.options) {
    return fd.getAll(name).filter((v): v is string => typeof v === "string").slice(0, 50);
  }
  return str(fd.get(name));
}

export const MAX_GROUP_ITEMS = 50;

/** Number of items of a group the form posted (from its hidden count). */
export function groupCount(fd: FormDataLike, group: string): number {
  const n = Number(str(fd.get(`${inputName([group])}.count`)));
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_GROUP_ITEMS) : 0;
}

/** Reads the answers of the given sections from a posted form; unknown inputs are ignored. */
export function readRawAnswers(form: FormSchema, fd: FormDataLike, sectionIds?: string[]): RawAnswers {
  const out: RawAnswers = {};
  for (const section of form.sections) {
    if (sectionIds && !sectionIds.includes(section.id)) continue;
    for (const field of section.fields) {
      if (field.type === "group") {
        const items: Array<Record<string, RawSimple>> = [];
        const count = groupCount(fd, field.name);
        for (let i = 0; i < count; i++) {
          const item: Record<string, RawSimple> = {};
          for (const sub of field.fields) item[sub.name] = readSimple(sub, fd, [field.name, i, sub.name]);
          items.push(item);
        }
        out[field.name] = items;
      } else {
        out[field.name] = readSimple(field, fd, [field.name]);
      }
    }
  }
  return out;
}

/** Adds or removes an item of a repeatable group ("add another" without JavaScript). */
export function changeGroup(raw: RawAnswers, group: string, change: { add: true } | { remove: number }): RawAnswers {
  const items = Array.isArray(raw[group]) ? [...(raw[group] as Array<Record<string, RawSimple>>)] : [];
  if ("add" in change) {
    if (items.length < MAX_GROUP_ITEMS) items.push({});
  } else if (change.remove >= 0 && change.remove < items.length) {
    items.splice(change.remove, 1);
  }
  return { ...raw, [group]: items };
}

// ── Showing answers (check your answers, the dossier's page, the receipt) ──────────

export interface AnswerRow {
  label: string;
  value: string;
  /** Id of the input, for the "change" link. */
  domId: string;
}
export interface AnswerSection {
  id: string;
  title: string;
  rows: AnswerRow[];
}

function optionLabel(field: { options?: Array<{ value: string; label: string; labelEn?: string }> }, value: string, locale: string) {
  const o = field.options?.find((x) => x.value === value);
  return o ? localized(o.label, o.labelEn, locale) : value;
}

export function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * An address as one line, the commune by its name (the form stores the commune's code): the one
 * way the portal writes an applicant's address, on pages and on the official forms.
 */
export function addressText(value: unknown, communeOptions: Array<{ value: string; label: string; labelEn?: string }> | undefined, locale: string): string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return typeof value === "string" ? value : "";
  const a = value as Partial<AddressValue>;
  const commune = a.commune ? optionLabel({ options: communeOptions }, a.commune, locale) : "";
  return [a.street, commune, a.province].filter((x) => x && String(x).trim() !== "").join(", ");
}

function display(field: SimpleField, value: unknown, locale: string, yes: string, no: string): string {
  if (value === undefined || value === null || value === "") return "";
  switch (field.type) {
    case "select":
    case "radio":
      return optionLabel(field, String(value), locale);
    case "checkbox":
      if (field.options) {
        const list = Array.isArray(value) ? value : [value];
        return list.map((v) => optionLabel(field, String(v), locale)).join("; ");
      }
      return value === true || value === "on" ? yes : no;
    case "date":
      return formatDate(String(value));
    case "address":
      return addressText(value, field.communeOptions, locale);
    default:
      return String(value);
  }
}

/** Answers as label/value rows per section, in the user's language. */
export function describeAnswers(
  form: FormSchema,
  answers: Record<string, unknown>,
  locale: string,
  words: { yes: string; no: string; item: (label: string, n: number) => string },
): AnswerSection[] {
  return form.sections.map((section) => {
    const rows: AnswerRow[] = [];
    const push = (field: FormField, value: unknown, path: Array<string | number>, prefix = "", siblings: Record<string, unknown> = answers) => {
      if (field.type === "group") return;
      // A question that does not apply to these answers is not listed.
      if (field.requiredIf && !applies(field, siblings)) return;
      rows.push({
        label: prefix + localized(field.label, field.labelEn, locale),
        value: display(field, value, locale, words.yes, words.no),
        domId: fieldDomId(field.type === "address" ? [...path, "street"] : path),
      });
    };
    for (const field of section.fields) {
      if (field.type === "group") {
        const items = Array.isArray(answers[field.name]) ? (answers[field.name] as Array<Record<string, unknown>>) : [];
        items.forEach((item, i) => {
          const label = words.item(localized(field.itemLabel, field.itemLabelEn, locale), i + 1);
          for (const sub of field.fields) push(sub, item?.[sub.name], [field.name, i, sub.name], `${label}: `, item ?? {});
        });
      } else {
        push(field, answers[field.name], [field.name]);
      }
    }
    return { id: section.id, title: localized(section.title, section.titleEn, locale), rows };
  });
}
