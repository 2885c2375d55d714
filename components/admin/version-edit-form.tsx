"use client";

/**
 * The whole record of a draft procedure version, one form. Posts to a server action and works
 * without JavaScript (the page is rendered again with the answer); problems are shown in place,
 * with what was typed kept.
 */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, Hint } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUDIENCES, CHANNELS, LEVELS, ONLINE_LEVELS, TIME_UNITS, type RecordIssue } from "@/lib/domain/admin/procedure-record";

interface EditState {
  issues: RecordIssue[];
  values: Record<string, string | string[]>;
  saved: boolean;
}

type Action = (prev: EditState, fd: FormData) => Promise<EditState>;

export function VersionEditForm({
  action,
  versionId,
  initial,
  lifeEvents,
}: {
  action: Action;
  versionId: string;
  initial: Record<string, string | string[]>;
  lifeEvents: Array<{ code: string; name: string }>;
}) {
  const t = useTranslations("admin");
  const [state, formAction] = useActionState(action, { issues: [], values: initial, saved: false });
  const v = (k: string) => {
    const x = state.values[k];
    return Array.isArray(x) ? x.join("\n") : (x ?? "");
  };
  const many = (k: string) => {
    const x = state.values[k];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const issueOf = (k: string) => state.issues.filter((i) => i.field === k);
  const message = (i: RecordIssue) => (i.line ? t("issues.line", { line: i.line, message: t(`issues.${i.key}`) }) : t(`issues.${i.key}`));
  const err = (k: string) => {
    const list = issueOf(k);
    return list.length ? list.map(message).join(" ") : undefined;
  };

  const text = (name: string, opts: { area?: boolean; rows?: number; hint?: boolean; type?: string } = {}) => {
    const id = `e-${name}`;
    const error = err(name);
    const describedBy = [opts.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
    return (
      <div className={error ? "border-l-4 border-accent-700 pl-3" : ""}>
        <label htmlFor={id} className="block font-semibold">
          {t(`edit.${name}`)}
        </label>
        {opts.hint ? <Hint id={`${id}-hint`}>{t(`edit.${name}Hint`)}</Hint> : null}
        <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
        {opts.area ? (
          <textarea id={id} name={name} rows={opts.rows ?? 4} defaultValue={v(name)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="input mt-1 w-full font-mono text-sm" />
        ) : (
          <input id={id} name={name} type={opts.type ?? "text"} defaultValue={v(name)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="input mt-1 w-full" />
        )}
      </div>
    );
  };

  const select = (name: string, options: readonly string[]) => {
    const id = `e-${name}`;
    const error = err(name);
    return (
      <div className={error ? "border-l-4 border-accent-700 pl-3" : ""}>
        <label htmlFor={id} className="block font-semibold">
          {t(`edit.${name}`)}
        </label>
        <FieldError id={`${id}-error`} message={error} prefix={t("errorPrefix")} />
        {/* Keyed by its value: React applies a select's defaultValue only when it mounts, and resets the form
            after every action, so without a new mount a refused save would put back the value the page opened
            with (and the next save would store it). */}
        <select key={`${id}:${v(name)}`} id={id} name={name} defaultValue={v(name)} aria-describedby={`${id}-error`} className="input mt-1">
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`enums.${o}`)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const summary = state.issues.map((i) => ({ href: `#e-${i.field}`, message: `${t(`edit.${i.field}`)}: ${message(i)}` }));
  return (
    <form action={formAction} className="grid gap-5" noValidate>
      {summary.length ? <ErrorSummary title={t("issues.title")} errors={summary} /> : null}
      {state.saved ? (
        <p role="status" className="rounded border-4 border-ok-700 p-3">
          {t("edit.saved")}
        </p>
      ) : null}
      <input type="hidden" name="versionId" value={versionId} />
      {text("name")}
      <div className="grid gap-4 sm:grid-cols-3">
        {select("level", LEVELS)}
        {select("audience", AUDIENCES)}
        {select("onlineLevel", ONLINE_LEVELS)}
      </div>
      <fieldset aria-describedby="e-channels-error">
        <legend className="font-semibold">{t("edit.channels")}</legend>
        <FieldError id="e-channels-error" message={err("channels")} prefix={t("errorPrefix")} />
        <div id="e-channels" className="flex flex-wrap gap-4">
          {CHANNELS.map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input type="checkbox" name="channels" value={c} defaultChecked={many("channels").includes(c)} />
              {t(`enums.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="locationIndependent" defaultChecked={v("locationIndependent") === "on"} />
        {t("edit.locationIndependent")}
      </label>
      {text("implementingCodes", { area: true, rows: 2, hint: true })}
      {text("decidingCode", { hint: true })}
      {text("conditions", { area: true, rows: 3 })}
      {text("steps", { area: true, rows: 5, hint: true })}
      {text("components", { area: true, rows: 5, hint: true })}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("numberOfSets", { type: "text" })}
        {text("timeLimitValue", { type: "text" })}
        {select("timeLimitUnit", TIME_UNITS)}
      </div>
      {text("timeLimitText")}
      {text("fees", { area: true, rows: 3, hint: true })}
      {text("result")}
      {text("legalBasis", { area: true, rows: 3, hint: true })}
      {text("route", { area: true, rows: 3, hint: true })}
      <fieldset>
        <legend className="font-semibold">{t("edit.lifeEventCodes")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {lifeEvents.map((l) => (
            <label key={l.code} className="flex items-center gap-2">
              <input type="checkbox" name="lifeEventCodes" value={l.code} defaultChecked={many("lifeEventCodes").includes(l.code)} />
              {l.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <SubmitButton>{t("edit.save")}</SubmitButton>
      </div>
    </form>
  );
}
