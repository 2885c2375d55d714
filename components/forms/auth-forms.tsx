"use client";

/**
 * Account forms. They post to server actions and work without JavaScript (the page is
 * rendered again with the action's answer); typed values come back, passwords never do.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, Hint } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface AuthFormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  notice?: { key: string; values?: Record<string, string | number> };
  done?: boolean;
  codes?: string[];
  continueTo?: string;
}

type Action = (prev: AuthFormState, fd: FormData) => Promise<AuthFormState>;

const empty = (values: Record<string, string> = {}): AuthFormState => ({ errors: {}, values });

function Input({
  name,
  label,
  hint,
  type = "text",
  state,
  autoComplete,
  inputMode,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: string;
  state: AuthFormState;
  autoComplete?: string;
  inputMode?: "email" | "tel" | "text" | "numeric";
}) {
  const t = useTranslations("auth");
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

function Summary({ state, labels }: { state: AuthFormState; labels: Record<string, string> }) {
  const t = useTranslations("auth");
  const errors = Object.entries(state.errors).map(([name, key]) => ({ href: `#f-${name}`, message: `${labels[name] ?? ""}: ${t(`errors.${key}`)}` }));
  return <ErrorSummary key={JSON.stringify(state.errors)} title={t("errorSummaryTitle")} errors={errors} />;
}

function Notice({ state, tone }: { state: AuthFormState; tone?: "ok" | "error" }) {
  const t = useTranslations("auth");
  if (!state.notice) return null;
  const ok = tone === "ok" || state.done;
  return (
    <div role={ok ? "status" : "alert"} className={`mb-6 rounded border-l-4 p-4 ${ok ? "border-ok-700 bg-brand-50" : "border-accent-700 bg-white"}`}>
      <p className="font-semibold">{t(state.notice.key, state.notice.values)}</p>
    </div>
  );
}

export function SignInForm({ action, next, initialNotice }: { action: Action; next: string; initialNotice?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ next }));
  const labels = { identifier: t("signIn.identifier"), password: t("signIn.password") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      {initialNotice && !state.notice ? (
        <div role="status" className="rounded border-l-4 border-ok-700 bg-brand-50 p-4">
          <p className="font-semibold">{t(initialNotice)}</p>
        </div>
      ) : null}
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <input type="hidden" name="next" value={next} />
      <Input name="identifier" label={labels.identifier} hint={t("signIn.identifierHint")} state={state} autoComplete="username" />
      <Input name="password" label={labels.password} type="password" state={state} autoComplete="current-password" />
      <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
      <p>
        <Link href="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
    </form>
  );
}

export function SignUpForm({ action }: { action: Action }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty());
  const labels = {
    fullName: t("signUp.fullName"),
    email: t("signUp.email"),
    phone: t("signUp.phone"),
    password: t("signUp.password"),
    confirm: t("signUp.confirm"),
  };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <Input name="fullName" label={labels.fullName} state={state} autoComplete="name" />
      <Input name="email" label={labels.email} hint={t("signUp.emailHint")} type="email" state={state} autoComplete="email" inputMode="email" />
      <Input name="phone" label={labels.phone} hint={t("signUp.phoneHint")} type="tel" state={state} autoComplete="tel" inputMode="tel" />
      <Input name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
      <SubmitButton pendingLabel={t("signUp.pending")}>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}

export function ResendForm({ action, email }: { action: Action; email: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ email }));
  return (
    <form action={formAction} className="space-y-4">
      <Notice state={state} tone="ok" />
      <input type="hidden" name="email" value={email} />
      <SubmitButton className="btn btn-secondary">{t("checkEmail.resend")}</SubmitButton>
    </form>
  );
}

export function ForgotForm({ action }: { action: Action }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty());
  const labels = { identifier: t("forgot.identifier") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <Input name="identifier" label={labels.identifier} hint={t("signIn.identifierHint")} state={state} autoComplete="username" />
      <SubmitButton>{t("forgot.submit")}</SubmitButton>
    </form>
  );
}

export function ResetForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ token }));
  const labels = { password: t("reset.password"), confirm: t("reset.confirm") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <input type="hidden" name="token" value={token} />
      <Input name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
      <SubmitButton>{t("reset.submit")}</SubmitButton>
    </form>
  );
}

export function SecondFactorForm({ action, next, mode }: { action: Action; next: string; mode: "enroll" | "verify" }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ next }));
  const labels = { code: t("secondFactor.code") };
  if (state.codes && state.continueTo) {
    return (
      <section aria-labelledby="codes-title" role="status">
        <h2 id="codes-title" className="text-xl">
          {t("secondFactor.codesTitle")}
        </h2>
        <p className="mt-2">{t("secondFactor.codesLead")}</p>
        <ul className="mt-4 grid grid-cols-2 gap-2 font-mono text-lg" data-testid="recovery-codes">
          {state.codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <a href={state.continueTo} className="btn btn-primary mt-6">
          {t("secondFactor.continue")}
        </a>
      </section>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="mode" value={mode} />
      <Input
        name="code"
        label={labels.code}
        hint={mode === "enroll" ? t("secondFactor.enrollCodeHint") : t("secondFactor.codeHint")}
        state={{ ...state, values: {} }}
        autoComplete="one-time-code"
        inputMode={mode === "enroll" ? "numeric" : "text"}
      />
      <SubmitButton>{t("secondFactor.submit")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty());
  const labels = { current: t("account.current"), password: t("account.password"), confirm: t("account.confirm") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice state={state} />
      <Summary state={state} labels={labels} />
      <Input name="current" label={labels.current} type="password" state={state} autoComplete="current-password" />
      <Input name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
      <SubmitButton>{t("account.changeSubmit")}</SubmitButton>
    </form>
  );
}
