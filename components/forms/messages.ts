/** Error messages of form fields, from the "forms.errors" catalog (shared by server and browser). */
import type { ErrorKey, FormField, FormSchema, SimpleField } from "@/lib/domain/forms";
import { fieldAt, formatDate, issueParams, localized } from "@/lib/domain/forms";

type T = (key: string, values?: Record<string, string | number>) => string;

function lowerFirst(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  return b && b === b.toUpperCase() && b !== b.toLowerCase() ? label : a.toLowerCase() + label.slice(1);
}

/** A message that opens with a field's label ("ngày sinh phải là…") still starts a sentence. */
function upperFirst(message: string, locale: string): string {
  return message.charAt(0).toLocaleUpperCase(locale) + message.slice(1);
}

const ADDRESS_PARTS: Record<string, { max: number }> = { street: { max: 200 }, commune: { max: 120 }, province: { max: 120 } };

/**
 * The message of the answer at `path`; an address's street, commune and province each by its own
 * label ("Hãy chọn xã, phường"), not the whole address's, so two parts in error read differently.
 */
export function errorMessageAt(t: T, form: FormSchema, path: Array<string | number>, key: ErrorKey, locale: string, today: string): string {
  const field = fieldAt(form, path);
  const part = path[path.length - 1];
  const limits = typeof part === "string" ? ADDRESS_PARTS[part] : undefined;
  if (field?.type === "address" && path.length >= 2 && typeof part === "string" && limits) {
    const values = { label: lowerFirst(t(part)), min: 0, max: limits.max };
    const choice = part === "commune" && field.communeOptions !== undefined;
    const messageKey = key === "required" && choice ? "requiredChoice" : key;
    return upperFirst(t(`errors.${messageKey}`, values), locale);
  }
  return fieldErrorMessage(t, field, key, locale, today);
}

export function fieldErrorMessage(t: T, field: FormField | SimpleField | undefined, key: ErrorKey, locale: string, today: string): string {
  return upperFirst(fieldMessage(t, field, key, locale, today), locale);
}

function fieldMessage(t: T, field: FormField | SimpleField | undefined, key: ErrorKey, locale: string, today: string): string {
  const label = field ? lowerFirst(localized(field.label, field.labelEn, locale)) : "";
  const params = issueParams(field);
  const show = (v: string | number) => (typeof v === "string" ? formatDate(v === "today" ? today : v) : v);
  const values = { label, min: show(params.min ?? ""), max: show(params.max ?? "") };
  if (key === "required" && field && (field.type === "select" || field.type === "radio" || field.type === "checkbox")) {
    // A question for a label ("Có thông tin về người mẹ không?") is asked again as it stands, not
    // folded into "Hãy chọn có thông tin … không?".
    const asked = localized(field.label, field.labelEn, locale).trim();
    if (asked.endsWith("?")) return t("errors.requiredAnswer", { ...values, label: asked });
    return t("errors.requiredChoice", values);
  }
  if (key === "required" && field?.type === "group") return t("errors.tooFewItems", values);
  return t(`errors.${key}`, values);
}
