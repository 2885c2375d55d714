/**
 * The application form of a procedure is data: a JSON form schema stored on the procedure
 * version (`ProcedureVersion.formSchema`). This file defines that schema with zod, so a form is
 * checked when a procedure is published (`parseFormSchema`). Pure: also used in the browser.
 */
import { z } from "zod";

const name = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,62}$/, "a field name is a letter then letters, digits or _ (at most 63)");
const text = z.string().trim().min(1).max(500);
const help = z.string().trim().min(1).max(1000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD");
/** A date bound: an ISO date, or "today" (evaluated when the answer is checked). */
const dateBound = z.union([z.literal("today"), isoDate]);

const option = z.object({ value: z.string().trim().min(1).max(100), label: text, labelEn: text.optional() });

const common = {
  name,
  label: text,
  labelEn: text.optional(),
  help: help.optional(),
  helpEn: help.optional(),
  required: z.boolean().default(true),
  /** Required only when another field (same level) has this value, e.g. the father's name unless unknown. */
  requiredIf: z.object({ field: name, value: z.string() }).optional(),
};

export const textField = z.object({
  ...common,
  type: z.literal("text"),
  minLength: z.int().min(0).max(500).optional(),
  maxLength: z.int().min(1).max(500).default(200),
  /** HTML autocomplete token, e.g. "name". */
  autocomplete: z.string().max(60).optional(),
});
export const textareaField = z.object({
  ...common,
  type: z.literal("textarea"),
  minLength: z.int().min(0).max(5000).optional(),
  maxLength: z.int().min(1).max(5000).default(2000),
});
export const numberField = z.object({
  ...common,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
});
export const dateField = z.object({ ...common, type: z.literal("date"), min: dateBound.optional(), max: dateBound.optional() });
export const selectField = z.object({ ...common, type: z.literal("select"), options: z.array(option).min(1).max(300) });
export const radioField = z.object({ ...common, type: z.literal("radio"), options: z.array(option).min(2).max(20) });
/** With options: choose any number of them. Without: one box to tick (e.g. "I confirm …"). */
export const checkboxField = z.object({
  ...common,
  type: z.literal("checkbox"),
  options: z.array(option).min(1).max(30).optional(),
});
export const citizenIdField = z.object({ ...common, type: z.literal("citizenId") });
export const phoneField = z.object({ ...common, type: z.literal("phone") });
export const emailField = z.object({ ...common, type: z.literal("email") });
/** Street and house number, commune (xã/phường), province. */
export const addressField = z.object({
  ...common,
  type: z.literal("address"),
  /** When given, the commune is chosen from these; otherwise typed. */
  communeOptions: z.array(option).max(500).optional(),
});

export const simpleField = z.discriminatedUnion("type", [
  textField,
  textareaField,
  numberField,
  dateField,
  selectField,
  radioField,
  checkboxField,
  citizenIdField,
  phoneField,
  emailField,
  addressField,
]);

/** A repeatable group of fields, e.g. "each child", "each witness". */
export const groupField = z.object({
  ...common,
  type: z.literal("group"),
  fields: z.array(simpleField).min(1).max(30),
  minItems: z.int().min(0).max(50).default(1),
  maxItems: z.int().min(1).max(50).default(10),
  /** Label of one item, e.g. "Người làm chứng". */
  itemLabel: text,
  itemLabelEn: text.optional(),
});

export const formField = z.discriminatedUnion("type", [...simpleField.options, groupField]);

export const formSection = z.object({
  id: name,
  title: text,
  titleEn: text.optional(),
  description: help.optional(),
  descriptionEn: help.optional(),
  fields: z.array(formField).min(1).max(60),
});

function checkNames(fields: Array<{ name: string; requiredIf?: { field: string } }>, where: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) ctx.addIssue({ code: "custom", message: `${where}: the field name "${f.name}" is used twice` });
    seen.add(f.name);
  }
  for (const f of fields) {
    if (f.requiredIf && !seen.has(f.requiredIf.field)) {
      ctx.addIssue({ code: "custom", message: `${where}: "${f.name}" depends on an unknown field "${f.requiredIf.field}"` });
    }
  }
}

export const formSchemaSchema = z
  .object({
    version: z.literal(1),
    sections: z.array(formSection).min(1).max(20),
  })
  .superRefine((form, ctx) => {
    const all = form.sections.flatMap((s) => s.fields);
    checkNames(all, "form", ctx);
    const sectionIds = new Set<string>();
    for (const s of form.sections) {
      if (sectionIds.has(s.id)) ctx.addIssue({ code: "custom", message: `the section id "${s.id}" is used twice` });
      sectionIds.add(s.id);
    }
    for (const f of all) {
      if (f.type === "group") {
        checkNames(f.fields, `group ${f.name}`, ctx);
        if (f.minItems > f.maxItems) ctx.addIssue({ code: "custom", message: `group ${f.name}: minItems > maxItems` });
      }
      if ((f.type === "text" || f.type === "textarea") && f.minLength !== undefined && f.minLength > f.maxLength) {
        ctx.addIssue({ code: "custom", message: `${f.name}: minLength > maxLength` });
      }
      if (f.type === "number" && f.min !== undefined && f.max !== undefined && f.min > f.max) {
        ctx.addIssue({ code: "custom", message: `${f.name}: min > max` });
      }
      if (f.type === "select" || f.type === "radio" || (f.type === "checkbox" && f.options)) {
        const values = (f.options ?? []).map((o) => o.value);
        if (new Set(values).size !== values.length) ctx.addIssue({ code: "custom", message: `${f.name}: duplicate option values` });
      }
    }
  });

export type FormSchema = z.output<typeof formSchemaSchema>;
/** What an author writes (defaults may be left out). */
export type FormSchemaInput = z.input<typeof formSchemaSchema>;
export type FormSection = FormSchema["sections"][number];
export type FormField = FormSection["fields"][number];
export type SimpleField = z.output<typeof simpleField>;
export type GroupField = z.output<typeof groupField>;
export type FieldOption = z.output<typeof option>;

/** Checks a form schema (e.g. when a procedure version is published); throws a ZodError. */
export function parseFormSchema(value: unknown): FormSchema {
  return formSchemaSchema.parse(value);
}

export function safeParseFormSchema(value: unknown) {
  return formSchemaSchema.safeParse(value);
}

/** The label in the user's language (Vietnamese when there is no translation). */
export function localized(vi: string, en: string | undefined, locale: string): string {
  return locale === "en" && en ? en : vi;
}
