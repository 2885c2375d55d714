"use client";

/**
 * Account forms. They post to server actions and work without JavaScript (the page is
 * rendered again with the action's answer); typed values come back, passwords never do.
 * The sign-in form is apart (sign-in-form.tsx): it needs no i18n runtime in the browser.
 */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type AuthAction as Action, empty, Input, Notice, Summary } from "./auth-fields";

export type { AuthFormState } from "./auth-fields";

export function SignUpForm({ action, next = "" }: { action: Action; next?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ next }));
  const labels = {
    fullName: t("signUp.fullName"),
    email: t("signUp.email"),
    phone: t("signUp.phone"),
    password: t("signUp.password"),
    confirm: t("signUp.confirm"),
  };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Input t={t} name="fullName" label={labels.fullName} state={state} autoComplete="name" />
      <Input t={t} name="email" label={labels.email} hint={t("signUp.emailHint")} type="email" state={state} autoComplete="email" inputMode="email" />
      <Input t={t} name="phone" label={labels.phone} hint={t("signUp.phoneHint")} type="tel" state={state} autoComplete="tel" inputMode="tel" />
      <Input t={t} name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input t={t} name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
      <SubmitButton pendingLabel={t("signUp.pending")}>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}

export function ResendForm({ action, email, next = "" }: { action: Action; email: string; next?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, empty({ email }));
  return (
    <form action={formAction} className="space-y-4">
      <Notice t={t} state={state} tone="ok" />
      <input type="hidden" name="email" value={email} />
      {next && <input type="hidden" name="next" value={next} />}
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
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      <Input t={t} name="identifier" label={labels.identifier} hint={t("signIn.identifierHint")} state={state} autoComplete="username" />
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
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      <input type="hidden" name="token" value={token} />
      <Input t={t} name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input t={t} name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
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
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="mode" value={mode} />
      <Input
        t={t}
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
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      <Input t={t} name="current" label={labels.current} type="password" state={state} autoComplete="current-password" />
      <Input t={t} name="password" label={labels.password} hint={t("signUp.passwordHint")} type="password" state={state} autoComplete="new-password" />
      <Input t={t} name="confirm" label={labels.confirm} type="password" state={state} autoComplete="new-password" />
      <SubmitButton>{t("account.changeSubmit")}</SubmitButton>
    </form>
  );
}
