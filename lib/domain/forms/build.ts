/**
 * From a form schema to ONE zod schema of the answers. The same schema runs in the browser
 * (inline validation) and, with authority, on the server. Its input is what a form posts
 * (strings, see raw.ts); its output is typed answers (numbers, booleans, ISO dates, …).
 *
 * Every issue's message is a key of the "forms.errors" catalog namespace; the field's own
 * definition gives the numbers to show (see `issueParams`).
 */
import { z } from "zod";
import { isCalendarDate } from "../calendar-date";
import type { FieldOption, FormField, FormSchema, GroupField, SimpleField } from "./schema";

export type ErrorKey =
  | "required"
  | "tooShort"
  | "tooLong"
  | "invalidNumber"
  | "notInteger"
  | "tooSmall"
  | "tooBig"
  | "invalidDate"
  | "dateTooEarly"
  | "dateTooLate"
  | "invalidOption"
  | "invalidCitizenId"
  | "invalidPhone"
  | "invalidEmail"
  | "tooFewItems"
  | "tooManyItems"
  | "invalid";

export interface BuildOptions {
  /** Today's local date (YYYY-MM-DD), for date bounds written as "today". Defaults to Vietnam's today. */
  today?: string;
}

export type AddressValue = { street: string; commune: string; province: string };
export type AnswerValue = string | number | boolean | string[] | AddressValue | Array<Record<string, unknown>> | undefined;
export type Answers = Record<string, AnswerValue>;

/** Today's date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const blankToUndefined = (v: unknown) => {
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? undefined : t;
  }
  return v;
};

const requiredOr =
  (other: ErrorKey) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? "required" : other;

function optionValues(options: FieldOption[]): [string, ...string[]] {
  return options.map((o) => o.value) as [string, ...string[]];
}

/** The schema of one answer, before required/optional is applied. */
function baseSchema(field: SimpleField, today: string): z.ZodType {
  switch (field.type) {
    case "text":
    case "textarea": {
      let s = z.string({ error: requiredOr("invalid") });
      if (field.minLength) s = s.min(field.minLength, { error: "tooShort" });
      return s.max(field.maxLength, { error: "tooLong" });
    }
    case "number": {
      let s = z.number({ error: requiredOr("invalidNumber") });
      if (field.integer) s = s.int({ error: "notInteger" });
      if (field.min !== undefined) s = s.min(field.min, { error: "tooSmall" });
      if (field.max !== undefined) s = s.max(field.max, { error: "tooBig" });
      return z.preprocess((v) => {
        if (typeof v !== "string") return v;
        const n = Number(v.replace(/\s/g, "").replace(",", "."));
        return Number.isFinite(n) ? n : v;
      }, s);
    }
    case "date": {
      const min = field.min === "today" ? today : field.min;
      const max = field.max === "today" ? today : field.max;
      let s = z.string({ error: requiredOr("invalidDate") }).refine(isCalendarDate, { error: "invalidDate", abort: true });
      if (min) s = s.refine((v) => v >= min, { error: "dateTooEarly" });
      if (max) s = s.refine((v) => v <= max, { error: "dateTooLate" });
      return s;
    }
    case "select":
    case "radio":
      return z.enum(optionValues(field.options), { error: requiredOr("invalidOption") });
    case "checkbox": {
      if (field.options) {
        const values = optionValues(field.options);
        const s = z.array(z.enum(values, { error: "invalidOption" }));
        return z.preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), s);
      }
      return z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1" || v === "yes", z.boolean());
    }
    case "citizenId":
      return z.preprocess(
        (v) => (typeof v === "string" ? v.replace(/[\s.]/g, "") : v),
        z.string({ error: requiredOr("invalidCitizenId") }).regex(/^\d{12}$/, { error: "invalidCitizenId" }),
      );
    case "phone":
      return z.preprocess(
        (v) => (typeof v === "string" ? v.replace(/[\s.()-]/g, "").replace(/^\+?84/, "0") : v),
        z.string({ error: requiredOr("invalidPhone") }).regex(/^0(2\d{9}|[35789]\d{8})$/, { error: "invalidPhone" }),
      );
    case "email":
      return z.preprocess(
        (v) => (typeof v === "string" ? v.toLowerCase() : v),
        z.email({ error: requiredOr("invalidEmail") }).max(254, { error: "tooLong" }),
      );
    case "address": {
      const part = (max: number) =>
        z.preprocess(blankToUndefined, z.string({ error: requiredOr("invalid") }).max(max, { error: "tooLong" }));
      const commune = field.communeOptions
        ? z.preprocess(blankToUndefined, z.enum(optionValues(field.communeOptions), { error: requiredOr("invalidOption") }))
        : part(120);
      return z.object({ street: part(200), commune, province: part(120) }, { error: requiredOr("invalid") });
    }
  }
}

function isEmptyAddress(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v !== "object") return false;
  return Object.values(v as Record<string, unknown>).every((x) => typeof x !== "string" || x.trim() === "");
}

/** A field's schema with required / optional applied; `forceOptional` for requiredIf fields. */
function fieldSchema(field: SimpleField, today: string, forceOptional: boolean): z.ZodType {
  const base = baseSchema(field, today);
  const required = field.required && !forceOptional;
  if (field.type === "checkbox") {
    if (field.options) {
      return required ? base.refine((v) => (v as string[]).length > 0, { error: "required" }) : base;
    }
    return required ? base.refine((v) => v === true, { error: "required" }) : base;
  }
  if (field.type === "address") {
    return z.preprocess((v) => (isEmptyAddress(v) ? undefined : v), required ? base : base.optional());
  }
  return z.preprocess(blankToUndefined, required ? base : base.optional());
}

function isBlank(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return isEmptyAddress(v);
  return false;
}

function objectSchema(fields: SimpleField[], today: string): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.name] = fieldSchema(f, today, f.requiredIf !== undefined);
  const conditional = fields.filter((f) => f.requiredIf && f.required);
  let obj: z.ZodType = z.object(shape);
  for (const f of conditional) {
    const dep = f.requiredIf!;
    // `when`: check it even when other answers have errors, so every error shows at once.
    obj = obj.refine(
      (value) => {
        const v = (value ?? {}) as Record<string, unknown>;
        return !(v[dep.field] === dep.value && isBlank(v[f.name]));
      },
      { path: [f.name], error: "required", when: () => true },
    );
  }
  return obj;
}

function groupSchema(field: GroupField, today: string): z.ZodType {
  const min = field.required ? Math.max(field.minItems, 1) : 0;
  return z.preprocess(
    (v) => (v === undefined ? [] : v),
    z
      .array(objectSchema(field.fields, today))
      .min(min, { error: "tooFewItems" })
      .max(field.maxItems, { error: "tooManyItems" }),
  );
}

export function allFields(form: FormSchema): FormField[] {
  return form.sections.flatMap((s) => s.fields);
}

/** The zod schema of a whole form's answers (or of some sections only, e.g. one step). */
export function buildAnswersSchema(form: FormSchema, options: BuildOptions = {}, sectionIds?: string[]): z.ZodType<Answers> {
  const today = options.today ?? vietnamToday();
  const sections = sectionIds ? form.sections.filter((s) => sectionIds.includes(s.id)) : form.sections;
  const fields = sections.flatMap((s) => s.fields);
  const simple = fields.filter((f): f is SimpleField => f.type !== "group");
  const groups = fields.filter((f): f is GroupField => f.type === "group");
  const shape: Record<string, z.ZodType> = {};
  for (const g of groups) shape[g.name] = groupSchema(g, today);
  const simpleObj = objectSchema(simple, today);
  if (groups.length === 0) return simpleObj as z.ZodType<Answers>;
  return z
    .intersection(simpleObj, z.object(shape))
    .transform((v) => v as Answers) as unknown as z.ZodType<Answers>;
}

/** The schema of one answer alone (inline validation of one field in the browser). */
export function buildFieldSchema(field: SimpleField, options: BuildOptions = {}): z.ZodType {
  return fieldSchema(field, options.today ?? vietnamToday(), field.requiredIf !== undefined);
}

export interface FieldError {
  /** Path of the answer, e.g. ["parents", 0, "fullName"] or ["residence", "street"]. */
  path: Array<string | number>;
  key: ErrorKey;
}

const KEYS = new Set<string>([
  "required",
  "tooShort",
  "tooLong",
  "invalidNumber",
  "notInteger",
  "tooSmall",
  "tooBig",
  "invalidDate",
  "dateTooEarly",
  "dateTooLate",
  "invalidOption",
  "invalidCitizenId",
  "invalidPhone",
  "invalidEmail",
  "tooFewItems",
  "tooManyItems",
]);

/** zod issues → one error per answer (the first), with a catalog key. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p === "string" || typeof p === "number");
    const id = path.join(".");
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, key: (KEYS.has(issue.message) ? issue.message : "invalid") as ErrorKey });
  }
  return out;
}

/** Validates answers; returns typed answers or the errors. */
export function validateAnswers(
  form: FormSchema,
  raw: unknown,
  options: BuildOptions = {},
  sectionIds?: string[],
): { ok: true; answers: Answers } | { ok: false; errors: FieldError[] } {
  const parsed = buildAnswersSchema(form, options, sectionIds).safeParse(raw ?? {});
  return parsed.success ? { ok: true, answers: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error) };
}

/** Finds the definition of the field an error path points at. */
export function fieldAt(form: FormSchema, path: Array<string | number>): FormField | SimpleField | undefined {
  const top = allFields(form).find((f) => f.name === path[0]);
  if (top?.type === "group" && typeof path[1] === "number" && typeof path[2] === "string") {
    return top.fields.find((f) => f.name === path[2]) ?? top;
  }
  return top;
}

/** Numbers to show in an error message, e.g. { max: 200 } for "at most 200 characters". */
export function issueParams(field: FormField | SimpleField | undefined): Record<string, string | number> {
  if (!field) return {};
  switch (field.type) {
    case "text":
    case "textarea":
      return { min: field.minLength ?? 0, max: field.maxLength };
    case "number":
      return { min: field.min ?? 0, max: field.max ?? 0 };
    case "date":
      return { min: field.min ?? "", max: field.max ?? "" };
    case "group":
      return { min: field.minItems, max: field.maxItems };
    default:
      return {};
  }
}
