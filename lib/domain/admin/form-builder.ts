/**
 * Editing a form schema (lib/domain/forms) one change at a time, as the form builder posts them:
 * add, edit, move up/down and remove sections, fields and the fields of a group. Pure.
 *
 * The result is kept even when it does not parse (it is a draft: nothing typed is lost); the
 * builder shows the filing's own zod parsing (safeParseFormSchema) next to each field, and a
 * version whose form does not parse cannot be published.
 */
import { safeParseFormSchema } from "@/lib/domain/forms";

export const FIELD_TYPES = ["text", "textarea", "number", "date", "select", "radio", "checkbox", "citizenId", "phone", "email", "address", "group"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const WITH_OPTIONS: readonly string[] = ["select", "radio", "checkbox"];

type Json = Record<string, unknown>;
export interface DraftForm {
  version: 1;
  sections: Array<Json & { fields: Json[] }>;
}

export type BuilderOp =
  | { op: "addSection"; id: string; title: string }
  | { op: "editSection"; s: number; values: Record<string, string> }
  | { op: "moveSection"; s: number; dir: "up" | "down" }
  | { op: "removeSection"; s: number }
  | { op: "addField"; s: number; g?: number; type: FieldType; name: string; label: string }
  | { op: "editField"; s: number; f: number; g?: number; values: Record<string, string> }
  | { op: "moveField"; s: number; f: number; g?: number; dir: "up" | "down" }
  | { op: "removeField"; s: number; f: number; g?: number };

/** A stored form (or nothing) as an editable draft. */
export function toDraft(value: unknown): DraftForm {
  const v = value as { sections?: unknown } | null;
  const sections = Array.isArray(v?.sections) ? (v.sections as unknown[]) : [];
  return {
    version: 1,
    sections: sections
      .filter((s): s is Json => !!s && typeof s === "object")
      .map((s) => ({ ...s, fields: Array.isArray(s.fields) ? (s.fields as unknown[]).filter((f): f is Json => !!f && typeof f === "object") : [] })),
  };
}

const clone = (f: DraftForm): DraftForm => JSON.parse(JSON.stringify(f)) as DraftForm;

function move<T>(list: T[], i: number, dir: "up" | "down"): void {
  const j = dir === "up" ? i - 1 : i + 1;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j]!, list[i]!];
}

/** The list of fields an op addresses: a section's, or a group's inside it. */
function fieldsOf(form: DraftForm, s: number, g?: number): Json[] | null {
  const section = form.sections[s];
  if (!section) return null;
  if (g === undefined) return section.fields;
  const group = section.fields[g];
  if (!group || group.type !== "group") return null;
  if (!Array.isArray(group.fields)) group.fields = [];
  return group.fields as Json[];
}

/** "" → absent; a number typed → number; anything else kept as typed (the parser says what is wrong). */
function numberOrText(v: string): unknown {
  const s = v.trim();
  if (s === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}
const textOrAbsent = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

/** "value | label | labelEn" per line. */
export function parseOptions(text: string): Json[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [value = "", label = "", labelEn = ""] = l.split("|").map((p) => p.trim());
      return { value, label: label || value, ...(labelEn ? { labelEn } : {}) };
    });
}
export function optionsText(options: unknown): string {
  return Array.isArray(options) ? options.map((o: Json) => [o.value, o.label, o.labelEn].filter((x) => typeof x === "string" && x).join(" | ")).join("\n") : "";
}

function setOrDelete(target: Json, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Applies the edit page's values to a field, by its type. */
function editField(field: Json, v: Record<string, string>): void {
  for (const k of ["label", "labelEn", "help", "helpEn", "name"] as const) if (k in v) setOrDelete(field, k, k === "name" || k === "label" ? (v[k] ?? "").trim() : textOrAbsent(v[k]));
  field.required = v.required === "on" || v.required === "true";
  const dep = textOrAbsent(v.requiredIfField);
  setOrDelete(field, "requiredIf", dep ? { field: dep, value: (v.requiredIfValue ?? "").trim() } : undefined);
  const type = field.type;
  if (type === "text" || type === "textarea") {
    setOrDelete(field, "minLength", numberOrText(v.minLength ?? ""));
    setOrDelete(field, "maxLength", numberOrText(v.maxLength ?? ""));
  }
  if (type === "number") {
    setOrDelete(field, "min", numberOrText(v.min ?? ""));
    setOrDelete(field, "max", numberOrText(v.max ?? ""));
    field.integer = v.integer === "on" || v.integer === "true";
  }
  if (type === "date") {
    setOrDelete(field, "min", textOrAbsent(v.min));
    setOrDelete(field, "max", textOrAbsent(v.max));
  }
  if (typeof type === "string" && WITH_OPTIONS.includes(type)) {
    const options = parseOptions(v.options ?? "");
    setOrDelete(field, "options", type === "checkbox" && options.length === 0 ? undefined : options);
  }
  if (type === "group") {
    field.itemLabel = (v.itemLabel ?? "").trim();
    setOrDelete(field, "minItems", numberOrText(v.minItems ?? ""));
    setOrDelete(field, "maxItems", numberOrText(v.maxItems ?? ""));
  }
}

function newField(type: FieldType, name: string, label: string): Json {
  const base: Json = { type, name, label, required: true };
  if (type === "select") base.options = [{ value: "1", label: "Lựa chọn 1" }];
  if (type === "radio") base.options = [{ value: "co", label: "Có", labelEn: "Yes" }, { value: "khong", label: "Không", labelEn: "No" }];
  if (type === "group") Object.assign(base, { itemLabel: label, fields: [{ type: "text", name: "ten", label: "Họ và tên", labelEn: "Full name" }] });
  return base;
}

/** A free field name ("text1", "text2", …) when the administrator leaves it empty. */
function freeName(form: DraftForm, type: string): string {
  const used = new Set<string>();
  const walk = (fields: Json[]) => fields.forEach((f) => (typeof f.name === "string" && used.add(f.name), Array.isArray(f.fields) && walk(f.fields as Json[])));
  form.sections.forEach((s) => walk(s.fields));
  for (let i = 1; ; i++) if (!used.has(`${type}${i}`)) return `${type}${i}`;
}

/** Applies one change; an address that does not exist leaves the form as it was. */
export function applyOp(input: DraftForm, op: BuilderOp): DraftForm {
  const form = clone(input);
  switch (op.op) {
    case "addSection":
      form.sections.push({ id: op.id || `section${form.sections.length + 1}`, title: op.title, fields: [] });
      break;
    case "editSection": {
      const s = form.sections[op.s];
      if (!s) break;
      s.id = (op.values.id ?? s.id) as string;
      s.title = (op.values.title ?? "").trim();
      for (const k of ["titleEn", "description", "descriptionEn"]) setOrDelete(s, k, textOrAbsent(op.values[k]));
      break;
    }
    case "moveSection":
      move(form.sections, op.s, op.dir);
      break;
    case "removeSection":
      if (form.sections[op.s]) form.sections.splice(op.s, 1);
      break;
    case "addField": {
      const list = fieldsOf(form, op.s, op.g);
      if (!list || (op.g !== undefined && op.type === "group")) break;
      list.push(newField(op.type, op.name || freeName(form, op.type), op.label));
      break;
    }
    case "editField": {
      const f = fieldsOf(form, op.s, op.g)?.[op.f];
      if (f) editField(f, op.values);
      break;
    }
    case "moveField": {
      const list = fieldsOf(form, op.s, op.g);
      if (list) move(list, op.f, op.dir);
      break;
    }
    case "removeField": {
      const list = fieldsOf(form, op.s, op.g);
      if (list?.[op.f]) list.splice(op.f, 1);
      break;
    }
  }
  return form;
}

export interface FormIssue {
  /** "s" (section), "s.f" (field) or "s.f.g" (a group's field); "" for the whole form. */
  at: string;
  code: string;
  /** The property concerned, e.g. "maxLength". */
  property: string;
  message: string;
}

/** The filing's parser's verdict on a draft, with each problem placed at its section or field. */
export function formIssues(form: DraftForm): FormIssue[] {
  const r = safeParseFormSchema(form);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const p = i.path;
    let at = "";
    let rest: PropertyKey[] = p;
    if (p[0] === "sections" && typeof p[1] === "number") {
      at = String(p[1]);
      rest = p.slice(2);
      if (rest[0] === "fields" && typeof rest[1] === "number") {
        at += `.${rest[1]}`;
        rest = rest.slice(2);
        if (rest[0] === "fields" && typeof rest[1] === "number") {
          at += `.${rest[1]}`;
          rest = rest.slice(2);
        }
      }
    }
    return { at, code: i.code, property: rest.map(String).join("."), message: i.message };
  });
}
