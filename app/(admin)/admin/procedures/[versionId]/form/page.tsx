import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FIELD_TYPES, formIssues, optionsText, toDraft, WITH_OPTIONS, type FormIssue } from "@/lib/domain/admin/form-builder";
import { getAdminVersion } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { formBuilderAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.builder");
  return { title: t("title") };
}

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Json = Record<string, unknown>;
type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

const s = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

function Hidden({ values }: { values: Record<string, string | number | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([k, v]) => (v === undefined ? null : <input key={k} type="hidden" name={k} value={String(v)} />))}
    </>
  );
}

function Issues({ list, t }: { list: FormIssue[]; t: T }) {
  if (list.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-6 font-semibold text-accent-700">
      {list.map((i, n) => (
        <li key={n}>
          {i.property ? `${i.property}: ` : ""}
          {t.has(`builder.zod.${i.code}`) ? t(`builder.zod.${i.code}` as "builder.zod.custom") : t("builder.zod.custom")}
          {i.code === "custom" ? ` (${i.message})` : ""}
        </li>
      ))}
    </ul>
  );
}

function Input({ id, name, label, value, hint }: { id: string; name: string; label: string; value: string; hint?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined} className="input mt-1 w-full" />
    </div>
  );
}

function MoveButtons({ base, label, t, first, last }: { base: Record<string, string | number | undefined>; label: string; t: T; first: boolean; last: boolean }) {
  const op = "f" in base ? "moveField" : "moveSection";
  const remove = "f" in base ? "removeField" : "removeSection";
  return (
    <div className="flex flex-wrap gap-2">
      {!first ? (
        <form action={formBuilderAction}>
          <Hidden values={{ ...base, op, dir: "up" }} />
          <button type="submit" className="btn btn-secondary">
            {t("builder.up", { label })}
          </button>
        </form>
      ) : null}
      {!last ? (
        <form action={formBuilderAction}>
          <Hidden values={{ ...base, op, dir: "down" }} />
          <button type="submit" className="btn btn-secondary">
            {t("builder.down", { label })}
          </button>
        </form>
      ) : null}
      <form action={formBuilderAction}>
        <Hidden values={{ ...base, op: remove }} />
        <button type="submit" className="btn btn-secondary">
          {t("builder.remove", { label })}
        </button>
      </form>
    </div>
  );
}

function FieldEditor({ field, base, domId, t, issues, editable }: { field: Json; base: Record<string, string | number | undefined>; domId: string; t: T; issues: FormIssue[]; editable: boolean }) {
  const type = s(field.type);
  const dep = (field.requiredIf ?? {}) as Json;
  const id = (k: string) => `${domId}-${k}`;
  return (
    <details className="mt-2" open={issues.length > 0}>
      <summary className="cursor-pointer font-semibold">{t("builder.editField", { label: s(field.label) || s(field.name) })}</summary>
      <form action={formBuilderAction} className="mt-2 grid gap-3 sm:grid-cols-2">
        <Hidden values={{ ...base, op: "editField" }} />
        <Input id={id("name")} name="name" label={t("builder.name")} value={s(field.name)} hint={t("builder.nameHint")} />
        <Input id={id("label")} name="label" label={t("builder.label")} value={s(field.label)} />
        <Input id={id("labelEn")} name="labelEn" label={t("builder.labelEn")} value={s(field.labelEn)} />
        <Input id={id("help")} name="help" label={t("builder.help")} value={s(field.help)} />
        <Input id={id("helpEn")} name="helpEn" label={t("builder.helpEn")} value={s(field.helpEn)} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="required" defaultChecked={field.required !== false} />
          {t("builder.required")}
        </label>
        <Input id={id("requiredIfField")} name="requiredIfField" label={t("builder.requiredIfField")} value={s(dep.field)} hint={t("builder.requiredIfHint")} />
        <Input id={id("requiredIfValue")} name="requiredIfValue" label={t("builder.requiredIfValue")} value={s(dep.value)} />
        {type === "text" || type === "textarea" ? (
          <>
            <Input id={id("minLength")} name="minLength" label={t("builder.minLength")} value={s(field.minLength)} />
            <Input id={id("maxLength")} name="maxLength" label={t("builder.maxLength")} value={s(field.maxLength)} />
          </>
        ) : null}
        {type === "number" || type === "date" ? (
          <>
            <Input id={id("min")} name="min" label={t("builder.min")} value={s(field.min)} hint={type === "date" ? t("builder.dateBoundHint") : undefined} />
            <Input id={id("max")} name="max" label={t("builder.max")} value={s(field.max)} hint={type === "date" ? t("builder.dateBoundHint") : undefined} />
          </>
        ) : null}
        {type === "number" ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="integer" defaultChecked={field.integer !== false} />
            {t("builder.integer")}
          </label>
        ) : null}
        {WITH_OPTIONS.includes(type) ? (
          <div className="sm:col-span-2">
            <label htmlFor={id("options")} className="block font-semibold">
              {t("builder.options")}
            </label>
            <p id={`${id("options")}-hint`} className="text-sm text-muted">
              {t("builder.optionsHint")}
            </p>
            <textarea id={id("options")} name="options" rows={4} defaultValue={optionsText(field.options)} aria-describedby={`${id("options")}-hint`} className="input mt-1 w-full font-mono text-sm" />
          </div>
        ) : null}
        {type === "group" ? (
          <>
            <Input id={id("itemLabel")} name="itemLabel" label={t("builder.itemLabel")} value={s(field.itemLabel)} />
            <Input id={id("minItems")} name="minItems" label={t("builder.minItems")} value={s(field.minItems)} />
            <Input id={id("maxItems")} name="maxItems" label={t("builder.maxItems")} value={s(field.maxItems)} />
          </>
        ) : null}
        {editable ? (
          <div className="sm:col-span-2">
            <button type="submit" className="btn btn-primary">
              {t("builder.saveField", { label: s(field.label) || s(field.name) })}
            </button>
          </div>
        ) : null}
      </form>
    </details>
  );
}

function AddField({ base, t, group, domId }: { base: Record<string, string | number | undefined>; t: T; group: boolean; domId: string }) {
  return (
    <form action={formBuilderAction} className="mt-3 flex flex-wrap items-end gap-3 rounded border border-dashed border-line p-3">
      <Hidden values={{ ...base, op: "addField" }} />
      <div>
        <label htmlFor={`${domId}-type`} className="block font-semibold">
          {t("builder.type")}
        </label>
        <select id={`${domId}-type`} name="type" className="input mt-1">
          {FIELD_TYPES.filter((x) => !group || x !== "group").map((x) => (
            <option key={x} value={x}>
              {t(`builder.types.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <Input id={`${domId}-label`} name="label" label={t("builder.label")} value="" />
      <Input id={`${domId}-name`} name="name" label={t("builder.name")} value="" />
      <button type="submit" className="btn btn-secondary">
        {group ? t("builder.addGroupField") : t("builder.addField")}
      </button>
    </form>
  );
}

export default async function FormBuilderPage({ params, searchParams }: Props) {
  const { versionId } = await params;
  const sp = await searchParams;
  const actor = await requireAdministration(`/admin/procedures/${versionId}/form`);
  const view = await getAdminVersion(actor, versionId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("admin");
  const editable = actor.role !== "INSPECTOR" && view.state === "draft";
  const form = toDraft(view.formSchema);
  const issues = formIssues(form);
  const at = (key: string) => issues.filter((i) => i.at === key);
  const error = typeof sp.error === "string" ? sp.error : "";
  return (
    <div className="container-page max-w-4xl py-6">
      <p>
        <Link href={`/admin/procedures/${view.id}`}>{t("builder.back", { name: view.record.name })}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("builder.title")}</h1>
      <p className="mt-1">{t("builder.lead")}</p>
      <p className="mt-1">
        <Link href={`/admin/procedures/${view.id}/preview`}>{t("version.preview")}</Link>
      </p>
      {typeof sp.saved === "string" ? (
        <p role="status" className="mt-3 rounded border-4 border-ok-700 p-3">
          {t("builder.saved")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-3 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}` as "errors.generic") : t("errors.generic")}
        </p>
      ) : null}
      <div role={issues.length ? "alert" : "status"} className={`mt-3 rounded border-4 p-3 ${issues.length ? "border-accent-700" : "border-ok-700"}`}>
        {issues.length ? t("builder.invalid", { count: issues.length }) : t("builder.valid")}
        <Issues list={at("")} t={t} />
      </div>

      {form.sections.map((section, si) => (
        <section key={si} id={`s${si}`} aria-labelledby={`s${si}-title`} className="mt-6 rounded border border-line p-4">
          <h2 id={`s${si}-title`} className="text-2xl">
            {t("builder.section", { n: si + 1, title: s(section.title) || "—" })}
          </h2>
          <Issues list={at(String(si))} t={t} />
          {editable ? (
            <>
              <MoveButtons base={{ versionId: view.id, s: si }} label={s(section.title)} t={t} first={si === 0} last={si === form.sections.length - 1} />
              <details className="mt-2" open={at(String(si)).length > 0}>
                <summary className="cursor-pointer font-semibold">{t("builder.editSection")}</summary>
                <form action={formBuilderAction} className="mt-2 grid gap-3 sm:grid-cols-2">
                  <Hidden values={{ versionId: view.id, s: si, op: "editSection" }} />
                  <Input id={`s${si}-id`} name="id" label={t("builder.sectionId")} value={s(section.id)} hint={t("builder.nameHint")} />
                  <Input id={`s${si}-t`} name="title" label={t("builder.sectionTitle")} value={s(section.title)} />
                  <Input id={`s${si}-te`} name="titleEn" label={t("builder.sectionTitleEn")} value={s(section.titleEn)} />
                  <Input id={`s${si}-d`} name="description" label={t("builder.description")} value={s(section.description)} />
                  <div className="sm:col-span-2">
                    <button type="submit" className="btn btn-primary">
                      {t("builder.saveSection")}
                    </button>
                  </div>
                </form>
              </details>
            </>
          ) : null}
          <ol className="mt-3 grid gap-3">
            {section.fields.map((field, fi) => {
              const key = `${si}.${fi}`;
              const sub = Array.isArray(field.fields) ? (field.fields as Json[]) : [];
              return (
                <li key={fi} id={`f${si}-${fi}`} className={`rounded border p-3 ${at(key).length ? "border-accent-700" : "border-line"}`}>
                  <h3 className="text-lg">
                    {fi + 1}. {s(field.label) || "—"} <span className="text-sm text-muted">({t(`builder.types.${s(field.type)}` as "builder.types.text")}, {s(field.name)})</span>
                  </h3>
                  <Issues list={at(key)} t={t} />
                  {editable ? <MoveButtons base={{ versionId: view.id, s: si, f: fi }} label={s(field.label)} t={t} first={fi === 0} last={fi === section.fields.length - 1} /> : null}
                  <FieldEditor field={field} base={{ versionId: view.id, s: si, f: fi }} domId={`f${si}-${fi}`} t={t} issues={at(key)} editable={editable} />
                  {field.type === "group" ? (
                    <div className="mt-3 border-l-4 border-line pl-3">
                      <ol className="grid gap-2">
                        {sub.map((g, gi) => {
                          const gkey = `${si}.${fi}.${gi}`;
                          return (
                            <li key={gi} id={`f${si}-${fi}-${gi}`} className={`rounded border p-2 ${at(gkey).length ? "border-accent-700" : "border-line"}`}>
                              <h4 className="font-semibold">
                                {s(g.label) || "—"} <span className="text-sm text-muted">({t(`builder.types.${s(g.type)}` as "builder.types.text")}, {s(g.name)})</span>
                              </h4>
                              <Issues list={at(gkey)} t={t} />
                              {editable ? <MoveButtons base={{ versionId: view.id, s: si, g: fi, f: gi }} label={s(g.label)} t={t} first={gi === 0} last={gi === sub.length - 1} /> : null}
                              <FieldEditor field={g} base={{ versionId: view.id, s: si, g: fi, f: gi }} domId={`f${si}-${fi}-${gi}`} t={t} issues={at(gkey)} editable={editable} />
                            </li>
                          );
                        })}
                      </ol>
                      {editable ? <AddField base={{ versionId: view.id, s: si, g: fi }} t={t} group domId={`add${si}-${fi}`} /> : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {editable ? <AddField base={{ versionId: view.id, s: si }} t={t} group={false} domId={`add${si}`} /> : null}
        </section>
      ))}

      {editable ? (
        <section aria-labelledby="add-section" className="mt-6 rounded border border-dashed border-line p-4">
          <h2 id="add-section" className="text-xl">
            {t("builder.addSection")}
          </h2>
          <form action={formBuilderAction} className="mt-2 flex flex-wrap items-end gap-3">
            <Hidden values={{ versionId: view.id, op: "addSection" }} />
            <Input id="new-section-title" name="title" label={t("builder.sectionTitle")} value="" />
            <Input id="new-section-id" name="id" label={t("builder.sectionId")} value="" hint={t("builder.nameHint")} />
            <button type="submit" className="btn btn-secondary">
              {t("builder.addSection")}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
