/** Error messages of form fields, from the "forms.errors" catalog (shared by server and browser). */
import type { ErrorKey, FormField, SimpleField } from "@/lib/domain/forms";
import { formatDate, issueParams, localized } from "@/lib/domain/forms";

type T = (key: string, values?: Record<string, string | number>) => string;

function lowerFirst(label: string, locale: string): string {
  if (locale !== "vi") return label;
  const [a, b] = [label.charAt(0), label.charAt(1)];
  return b && b === b.toUpperCase() && b !== b.toLowerCase() ? label : a.toLowerCase() + label.slice(1);
}

export function fieldErrorMessage(t: T, field: FormField | SimpleField | undefined, key: ErrorKey, locale: string, today: string): string {
  const label = field ? lowerFirst(localized(field.label, field.labelEn, locale), locale) : "";
  const params = issueParams(field);
  const show = (v: string | number) => (typeof v === "string" ? formatDate(v === "today" ? today : v) : v);
  const values = { label, min: show(params.min ?? ""), max: show(params.max ?? "") };
  if (key === "required" && field && (field.type === "select" || field.type === "radio" || field.type === "checkbox")) {
    return t("errors.requiredChoice", values);
  }
  if (key === "required" && field?.type === "group") return t("errors.tooFewItems", values);
  return t(`errors.${key}`, values);
}
