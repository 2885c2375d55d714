"use client";

/**
 * Renders the fields of a form schema as plain HTML inputs (so the form posts without
 * JavaScript); with JavaScript, each answer is checked when the field loses focus, with the
 * very zod schema the server uses.
 */
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ErrorKey, FieldError as FormFieldError, FormSchema, FormSection, SimpleField, GroupField, RawAnswers, RawSimple } from "@/lib/domain/forms";
import { applies, fieldAt, fieldDomId, inputName, localized, readRawAnswers, SHOWN_INPUT, validateAnswers } from "@/lib/domain/forms";
import { DateInput } from "@/components/ui/date-input";
import { FieldError, Hint } from "@/components/ui/field";
import { errorMessageAt } from "./messages";

type Errors = Record<string, ErrorKey>;

const pathKey = (path: Array<string | number>) => path.join(".");

export interface FormFieldsProps {
  form: FormSchema;
  values: RawAnswers;
  errors: FormFieldError[];
  today: string;
  /** Show each section's title as a heading (level 2). */
  sectionHeadings?: boolean;
}

export function FormFields({ form, values, errors, today, sectionHeadings = true }: FormFieldsProps) {
  const t = useTranslations("forms");
  const locale = useLocale();
  const [errs, setErrs] = useState<Errors>(() => Object.fromEntries(errors.map((e) => [pathKey(e.path), e.key])));
  // Answers changed on the page that a conditional question depends on (input name → value).
  const [live, setLive] = useState<Record<string, string>>({});
  const onChange = useCallback((e: React.ChangeEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    if (!target.name?.startsWith("a.")) return;
    const value = target.type === "checkbox" || target.type === "radio" ? (target.checked ? target.value : "") : target.value;
    setLive((prev) => (prev[target.name] === value ? prev : { ...prev, [target.name]: value }));
  }, []);
  const shows: Shows = (field, prefix, siblings) => {
    if (!field.requiredIf) return true;
    const dep = inputName([...prefix, field.requiredIf.field]);
    return applies(field, { [field.requiredIf.field]: dep in live ? live[dep] : siblings[field.requiredIf.field] });
  };

  // A field left by pressing on another control (a radio button, "Continue"): its message appears or
  // goes only once the press is over, or the page would move under the pointer between press and
  // release, and the control pressed would not get the click.
  const pressing = useRef(false);
  useEffect(() => {
    const down = () => {
      pressing.current = true;
    };
    const up = () => {
      pressing.current = false;
    };
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
    };
  }, []);

  const onBlur = useCallback(
    (e: React.FocusEvent<HTMLElement>) => {
      const target = e.target as HTMLInputElement;
      const formEl = target.form;
      if (!formEl || !target.name?.startsWith("a.")) return;
      const raw = readRawAnswers(form, new FormData(formEl));
      const result = validateAnswers(form, raw, { today });
      let path = target.name.slice(2).split(".");
      // A date's day and month: wait for the whole date (checked when the year is left).
      const last = path[path.length - 1];
      const parent = path.slice(0, -1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      if (path.length >= 2 && fieldAt(form, parent)?.type === "date") {
        if (last !== "year") return;
        path = path.slice(0, -1);
      }
      // Answers this input speaks for: itself, and for an address part the address as a whole.
      const own = new Set([path.join(".")]);
      if (path.length === 2) own.add(path[0]!);
      const show = () =>
        setErrs((prev) => {
          const next: Errors = { ...prev };
          for (const k of own) delete next[k];
          if (!result.ok) {
            for (const err of result.errors) {
              const k = pathKey(err.path);
              if (own.has(k)) next[k] = err.key;
            }
          }
          return next;
        });
      if (!pressing.current) return show();
      // After the release and the click it makes (dispatched with it, before this timer).
      const release = () => {
        document.removeEventListener("pointerup", release, true);
        document.removeEventListener("pointercancel", release, true);
        setTimeout(show, 0);
      };
      document.addEventListener("pointerup", release, true);
      document.addEventListener("pointercancel", release, true);
    },
    [form, today],
  );

  const repeated = repeatedLabels(form, locale);

  const message = (path: Array<string | number>) => {
    const key = errs[pathKey(path)];
    return key ? errorMessageAt(t, form, path, key, locale, today) : undefined;
  };

  return (
    <div onBlur={onBlur} onChange={onChange} className="space-y-8">
      {form.sections.map((section) => (
        <Section key={section.id} section={section} values={values} message={message} locale={locale} headings={sectionHeadings} t={t} repeated={repeated} shows={shows} />
      ))}
    </div>
  );
}

/** Labels that more than one answer of the form carries, outside repeated groups. */
function repeatedLabels(form: FormSchema, locale: string): Set<string> {
  const seen = new Map<string, number>();
  for (const section of form.sections) {
    for (const f of section.fields) {
      if (f.type === "group") continue;
      const l = localized(f.label, f.labelEn, locale);
      seen.set(l, (seen.get(l) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([l]) => l));
}

type Msg = (path: Array<string | number>) => string | undefined;
/** Whether a question is on the page: a conditional one only when the answer it depends on says so. */
type Shows = (field: SimpleField, prefix: Array<string | number>, siblings: Record<string, unknown>) => boolean;

/** Tells the server which conditional question the page showed (see unseenQuestions). */
function ShownMark({ field, path }: { field: SimpleField; path: Array<string | number> }) {
  return field.requiredIf ? <input type="hidden" name={SHOWN_INPUT} value={inputName(path)} /> : null;
}
type Tr = ReturnType<typeof useTranslations>;

function Section({ section, values, message, locale, headings, t, repeated, shows }: { section: FormSection; values: RawAnswers; message: Msg; locale: string; headings: boolean; t: Tr; repeated: Set<string>; shows: Shows }) {
  const title = localized(section.title, section.titleEn, locale);
  const description = section.description ? localized(section.description, section.descriptionEn, locale) : null;
  return (
    <section aria-labelledby={headings ? `s-${section.id}` : undefined} className="space-y-6">
      {headings ? (
        <h2 id={`s-${section.id}`} className="text-2xl">
          {localized(section.title, section.titleEn, locale)}
        </h2>
      ) : null}
      {description ? <p className="text-muted">{description}</p> : null}
      {section.fields.map((field) =>
        field.type === "group" ? (
          <Group key={field.name} field={field} values={values} message={message} locale={locale} t={t} shows={shows} />
        ) : !shows(field, [], values) ? null : (
          <Field
            key={field.name}
            field={field}
            path={[field.name]}
            value={values[field.name] as RawSimple | undefined}
            message={message}
            locale={locale}
            t={t}
            context={repeated.has(localized(field.label, field.labelEn, locale)) ? title : undefined}
          />
        ),
      )}
    </section>
  );
}

function Group({ field, values, message, locale, t, shows }: { field: GroupField; values: RawAnswers; message: Msg; locale: string; t: Tr; shows: Shows }) {
  const items = Array.isArray(values[field.name]) ? (values[field.name] as Array<Record<string, RawSimple>>) : [];
  const shown = items.length === 0 && field.required ? [{}] : items;
  const error = message([field.name]);
  const itemLabel = localized(field.itemLabel, field.itemLabelEn, locale);
  return (
    <fieldset className={error ? "border-l-4 border-accent-700 pl-3" : ""} aria-describedby={`${fieldDomId([field.name])}-error`}>
      <legend className="text-lg font-semibold">{localized(field.label, field.labelEn, locale)}</legend>
      {field.help ? <Hint id={`${fieldDomId([field.name])}-hint`}>{localized(field.help, field.helpEn, locale)}</Hint> : null}
      <FieldError id={`${fieldDomId([field.name])}-error`} message={error} prefix={t("errorPrefix")} />
      <input type="hidden" name={`${inputName([field.name])}.count`} value={shown.length} />
      <span id={fieldDomId([field.name])} tabIndex={-1} />
      {shown.length === 0 ? <p className="mt-2 text-muted">{t("groupEmpty")}</p> : null}
      {shown.map((item, i) => (
        <fieldset key={i} className="mt-4 space-y-4 rounded border-2 border-line p-4">
          <legend className="px-1 font-semibold">
            {itemLabel} {i + 1}
          </legend>
          {field.fields.map((sub) =>
            shows(sub, [field.name, i], item) ? (
              <Field key={sub.name} field={sub} path={[field.name, i, sub.name]} value={item[sub.name]} message={message} locale={locale} t={t} context={`${itemLabel} ${i + 1}`} />
            ) : null,
          )}
          <button type="submit" name="intent" value={`remove:${field.name}:${i}`} className="btn btn-secondary" formNoValidate>
            {t("removeItem", { item: `${itemLabel} ${i + 1}` })}
          </button>
        </fieldset>
      ))}
      {shown.length < field.maxItems ? (
        <button type="submit" name="intent" value={`add:${field.name}`} className="btn btn-secondary mt-4" formNoValidate>
          {t("addItem", { item: itemLabel.toLowerCase() })}
        </button>
      ) : null}
    </fieldset>
  );
}

const asString = (v: RawSimple | undefined): string => (typeof v === "string" ? v : "");

function describedBy(id: string, hasHint: boolean): string {
  return [hasHint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
}

/**
 * (A select is keyed by its value: React does not carry a changed defaultValue to a select, so after a
 * refused post re-renders the form with what was chosen, the choice would otherwise be reset.)
 *
 * One answer. `context` names its group (the section or the repeated item) for screen readers when
 * the same label appears more than once ("Dân tộc" of the child, the mother and the father).
 */
function Field(props: FieldProps) {
  return (
    <>
      <ShownMark field={props.field} path={props.path} />
      <Question {...props} />
    </>
  );
}

interface FieldProps {
  field: SimpleField;
  path: Array<string | number>;
  value: RawSimple | undefined;
  message: Msg;
  locale: string;
  t: Tr;
  context?: string;
}

function Question({ field, path, value, message, locale, t, context }: FieldProps) {
  const id = fieldDomId(path);
  const name = inputName(path);
  const ctx = context ? <span className="sr-only">{context}: </span> : null;
  const label = (
    <>
      {ctx}
      {localized(field.label, field.labelEn, locale)}
    </>
  );
  const help = field.help ? localized(field.help, field.helpEn, locale) : null;
  const optional = !field.required || field.requiredIf ? ` (${field.requiredIf ? t("conditional") : t("optional")})` : "";
  const error = message(path);
  const wrap = error ? "border-l-4 border-accent-700 pl-3" : "";

  if (field.type === "radio" || (field.type === "checkbox" && field.options)) {
    const selected = field.type === "checkbox" ? (Array.isArray(value) ? value : []) : [asString(value)];
    return (
      <fieldset className={wrap} aria-describedby={describedBy(id, Boolean(help))}>
        <legend className="font-semibold">
          {label}
          {optional}
        </legend>
        {help ? <Hint id={`${id}-hint`}>{help}</Hint> : null}
        <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
        <div className="mt-2 space-y-2">
          {field.options!.map((o, i) => (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={i === 0 ? id : `${id}-${i}`}
                type={field.type}
                name={name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
              />
              <label htmlFor={i === 0 ? id : `${id}-${i}`}>{localized(o.label, o.labelEn, locale)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  if (field.type === "checkbox") {
    return (
      <div className={wrap}>
        <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
        <div className="flex items-start gap-3">
          <input
            id={id}
            type="checkbox"
            name={name}
            value="on"
            defaultChecked={value === "on" || value === "true"}
            aria-describedby={describedBy(id, Boolean(help))}
            aria-invalid={error ? true : undefined}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          />
          <label htmlFor={id} className="font-semibold">
            {label}
            {optional}
          </label>
        </div>
        {help ? <Hint id={`${id}-hint`}>{help}</Hint> : null}
      </div>
    );
  }

  if (field.type === "date") {
    return (
      <fieldset className={wrap} aria-describedby={describedBy(id, true)}>
        <legend className="font-semibold">
          {label}
          {optional}
        </legend>
        <Hint id={`${id}-hint`}>{help ?? t("dateHint")}</Hint>
        <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
        <DateInput id={id} name={name} value={asString(value)} words={{ day: t("day"), month: t("month"), year: t("year") }} invalid={Boolean(error)} />
      </fieldset>
    );
  }

  if (field.type === "address") {
    const v = (value && typeof value === "object" && !Array.isArray(value) ? value : {}) as Record<string, string>;
    const sub = (part: "street" | "commune" | "province") => {
      const p = [...path, part];
      return { id: fieldDomId(p), name: inputName(p), error: message(p) ?? (part === "street" ? message(path) : undefined) };
    };
    const street = sub("street");
    const commune = sub("commune");
    const province = sub("province");
    return (
      <fieldset className={wrap}>
        <legend className="font-semibold">
          {label}
          {optional}
        </legend>
        {help ? <Hint id={`${id}-hint`}>{help}</Hint> : null}
        <div className="mt-2 space-y-4">
          {[
            { ...street, label: t("street"), input: <input id={street.id} name={street.name} defaultValue={v.street ?? ""} className="input" autoComplete="street-address" aria-invalid={street.error ? true : undefined} aria-describedby={`${street.id}-error`} /> },
            {
              ...commune,
              label: t("commune"),
              input: field.communeOptions ? (
                <select key={`${commune.name}:${v.commune ?? ""}`} id={commune.id} name={commune.name} defaultValue={v.commune ?? ""} className="input" aria-invalid={commune.error ? true : undefined} aria-describedby={`${commune.id}-error`}>
                  <option value="">{t("choose")}</option>
                  {field.communeOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {localized(o.label, o.labelEn, locale)}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={commune.id} name={commune.name} defaultValue={v.commune ?? ""} className="input" aria-invalid={commune.error ? true : undefined} aria-describedby={`${commune.id}-error`} />
              ),
            },
            { ...province, label: t("province"), input: <input id={province.id} name={province.name} defaultValue={v.province ?? ""} className="input" autoComplete="address-level1" aria-invalid={province.error ? true : undefined} aria-describedby={`${province.id}-error`} /> },
          ].map((part) => (
            <div key={part.id} className={part.error ? "border-l-4 border-accent-700 pl-3" : ""}>
              <label htmlFor={part.id} className="block">
                {ctx}
                {part.label}
              </label>
              <FieldError id={`${part.id}-error`} message={part.error} prefix={t("errorPrefix")} />
              {part.input}
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  const common = {
    id,
    name,
    "aria-describedby": describedBy(id, Boolean(help)),
    "aria-invalid": error ? true : undefined,
    className: "input",
  } as const;
  let control: React.ReactNode;
  switch (field.type) {
    case "textarea":
      control = <textarea {...common} rows={5} defaultValue={asString(value)} />;
      break;
    case "select":
      control = (
        <select key={`${name}:${asString(value)}`} {...common} defaultValue={asString(value)}>
          <option value="">{t("choose")}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {localized(o.label, o.labelEn, locale)}
            </option>
          ))}
        </select>
      );
      break;
    case "number":
      control = <input {...common} type="text" inputMode={field.integer ? "numeric" : "decimal"} defaultValue={asString(value)} className="input max-w-xs" />;
      break;
    case "citizenId":
      control = <input {...common} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} defaultValue={asString(value)} className="input max-w-xs" />;
      break;
    case "phone":
      control = <input {...common} type="tel" autoComplete="tel" defaultValue={asString(value)} className="input max-w-xs" />;
      break;
    case "email":
      control = <input {...common} type="email" autoComplete="email" spellCheck={false} defaultValue={asString(value)} />;
      break;
    default:
      control = <input {...common} type="text" autoComplete={field.type === "text" ? field.autocomplete : undefined} defaultValue={asString(value)} />;
  }
  return (
    <div className={wrap}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional}
      </label>
      {help ? <Hint id={`${id}-hint`}>{help}</Hint> : null}
      <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
      {control}
    </div>
  );
}
