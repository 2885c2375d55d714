"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, Hint } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

interface State {
  errors: Record<string, string>;
  values: Record<string, string>;
  saved?: boolean;
}

/** The citizen's profile, used to prefill applications. Works without JavaScript. */
export function ProfileForm({ action, initial, communes }: { action: (s: State, fd: FormData) => Promise<State>; initial: Record<string, string>; communes: Array<{ value: string; label: string }> }) {
  const t = useTranslations("profile");
  const tf = useTranslations("forms");
  const [state, formAction] = useActionState(action, { errors: {}, values: initial });
  const field = (name: string, opts: { type?: string; hint?: string; autoComplete?: string; inputMode?: "numeric" | "tel" } = {}) => {
    const error = state.errors[name];
    const id = `f-${name}`;
    return (
      <div className={error ? "border-l-4 border-accent-700 pl-3" : ""}>
        <label htmlFor={id} className="block font-semibold">
          {t(name)}
        </label>
        {opts.hint ? <Hint id={`${id}-hint`}>{opts.hint}</Hint> : null}
        <FieldError id={`${id}-error`} message={error ? tf(`errors.${error}`, { label: t(name).toLowerCase(), min: "", max: "" }) : undefined} prefix={tf("errorPrefix")} />
        {name === "communeCode" ? (
          <select id={id} name={name} defaultValue={state.values[name] ?? ""} className="input" aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined}>
            <option value="">{tf("choose")}</option>
            {communes.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            name={name}
            type={opts.type ?? "text"}
            defaultValue={state.values[name] ?? ""}
            autoComplete={opts.autoComplete}
            inputMode={opts.inputMode}
            className="input"
            aria-describedby={[opts.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
          />
        )}
      </div>
    );
  };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        key={JSON.stringify(state.errors)}
        title={tf("errorSummaryTitle")}
        errors={Object.entries(state.errors).map(([k, v]) => ({ href: `#f-${k}`, message: `${t(k)}: ${tf(`errors.${v}`, { label: t(k).toLowerCase(), min: "", max: "" })}` }))}
      />
      {state.saved ? (
        <p role="status" className="rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {t("saved")}
        </p>
      ) : null}
      {field("fullName", { autoComplete: "name" })}
      {field("dateOfBirth", { type: "date", autoComplete: "bday" })}
      {field("citizenId", { hint: t("citizenIdHint"), inputMode: "numeric" })}
      {field("phone", { type: "tel", autoComplete: "tel" })}
      {field("address", { hint: t("addressHint"), autoComplete: "street-address" })}
      {field("communeCode")}
      {field("provinceName", { autoComplete: "address-level1" })}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
