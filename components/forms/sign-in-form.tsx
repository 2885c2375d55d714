"use client";

/**
 * The sign-in form. Unlike the other account forms it reads no message catalog in the browser: its page
 * passes the few strings it shows and its action may answer with (lib/i18n/plain.ts), so the sign-in page loads no i18n runtime and carries
 * no catalog in its HTML (docs/performance.md). It posts to a server action and works without JavaScript.
 */
import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type PlainMessages, plainTranslator } from "@/lib/i18n/plain";
import { type AuthAction, type AuthT, empty, Input, Notice, Summary } from "./auth-fields";

/** `messages`: the "auth" strings the page passed (plainMessages), by their full keys ("auth.signIn.submit"). */
export function SignInForm({ action, next, initialNotice, messages }: { action: AuthAction; next: string; initialNotice?: string; messages: PlainMessages }) {
  const plain = plainTranslator(messages);
  const t: AuthT = (key, values) => plain(`auth.${key}`, values);
  const [state, formAction] = useActionState(action, empty({ next }));
  const labels = { identifier: t("signIn.identifier"), password: t("signIn.password") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      {initialNotice && !state.notice ? (
        <div role="status" className="rounded border-l-4 border-ok-700 bg-brand-50 p-4">
          <p className="font-semibold">{t(initialNotice)}</p>
        </div>
      ) : null}
      <Notice t={t} state={state} />
      <Summary t={t} state={state} labels={labels} />
      <input type="hidden" name="next" value={next} />
      <Input t={t} name="identifier" label={labels.identifier} hint={t("signIn.identifierHint")} state={state} autoComplete="username" />
      <Input t={t} name="password" label={labels.password} type="password" state={state} autoComplete="current-password" />
      <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
      <p>
        <Link href="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
    </form>
  );
}

