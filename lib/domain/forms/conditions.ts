/**
 * Questions that apply only to some answers (`requiredIf`: "the father's name" only when the father's
 * details are known). A question that does not apply is not shown, not asked and not listed; without
 * JavaScript it appears on the next step, after the answer it depends on was sent.
 */
import type { RawAnswers, RawSimple } from "./raw";
import { inputName } from "./raw";
import type { FormSchema, SimpleField } from "./schema";

/** Whether a question applies, given the answers next to it (the form's, or its group item's). */
export function applies(field: SimpleField, siblings: Record<string, unknown>): boolean {
  if (!field.requiredIf) return true;
  const v = siblings[field.requiredIf.field];
  return Array.isArray(v) ? v.includes(field.requiredIf.value) : v === field.requiredIf.value;
}

/**
 * The conditional questions that apply to these answers but were not on the page the applicant
 * answered (`shown`: the input names the page said it showed), first one first: the page is shown
 * again with them instead of going on.
 */
export function unseenQuestions(form: FormSchema, raw: RawAnswers, shown: ReadonlySet<string>): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  for (const section of form.sections) {
    for (const field of section.fields) {
      if (field.type === "group") {
        const items = Array.isArray(raw[field.name]) ? (raw[field.name] as Array<Record<string, RawSimple>>) : [];
        items.forEach((item, i) => {
          for (const sub of field.fields) {
            const path = [field.name, i, sub.name];
            if (sub.requiredIf && applies(sub, item) && !shown.has(inputName(path))) out.push(path);
          }
        });
      } else if (field.requiredIf && applies(field, raw) && !shown.has(inputName([field.name]))) {
        out.push([field.name]);
      }
    }
  }
  return out;
}

/** The name of the hidden input by which a page says which conditional questions it showed. */
export const SHOWN_INPUT = "shown";
