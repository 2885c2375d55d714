/**
 * The pieces the account forms share (auth-forms.tsx, sign-in-form.tsx): a field, the error summary and
 * the form's notice. They take the translation function from the form, so that a form may read its
 * words from next-intl or from the few strings its page passed it (the sign-in form).
 */
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, Hint } from "@/components/ui/field";

/** The state the account actions (app/(auth)/actions.ts) return to their forms. */
export type { FormState as AuthFormState } from "@/app/(auth)/actions";
import type { FormState as AuthFormState } from "@/app/(auth)/actions";

export type AuthAction = (prev: AuthFormState, fd: FormData) => Promise<AuthFormState>;

export const empty = (values: Record<string, string> = {}): AuthFormState => ({ errors: {}, values });

/** Translates a key of the "auth" catalog, with values for its {placeholders}. */
export type AuthT = (key: string, values?: Record<string, string | number>) => string;

export function Input({
  t,
  name,
  label,
  hint,
  type = "text",
  state,
  autoComplete,
  inputMode,
}: {
  t: AuthT;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  state: AuthFormState;
  autoComplete?: string;
  inputMode?: "email" | "tel" | "text" | "numeric";
}) {
  const error = state.errors[name];
  const id = `f-${name}`;
  return (
    <div className={error ? "border-l-4 border-accent-700 pl-3" : ""}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      <FieldError id={`${id}-error`} message={error ? t(`errors.${error}`) : undefined} prefix={t("errorPrefix")} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : (state.values[name] ?? "")}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ")}
        className="input"
      />
    </div>
  );
}

export function Summary({ t, state, labels }: { t: AuthT; state: AuthFormState; labels: Record<string, string> }) {
  const errors = Object.entries(state.errors).map(([name, key]) => ({ href: `#f-${name}`, message: `${labels[name] ?? ""}: ${t(`errors.${key}`)}` }));
  return <ErrorSummary key={JSON.stringify(state.errors)} title={t("errorSummaryTitle")} errors={errors} />;
}

export function Notice({ t, state, tone }: { t: AuthT; state: AuthFormState; tone?: "ok" | "error" }) {
  if (!state.notice) return null;
  const ok = tone === "ok" || state.done;
  return (
    <div role={ok ? "status" : "alert"} className={`mb-6 rounded border-l-4 p-4 ${ok ? "border-ok-700 bg-brand-50" : "border-accent-700 bg-white"}`}>
      <p className="font-semibold">{t(state.notice.key, state.notice.values)}</p>
    </div>
  );
}

