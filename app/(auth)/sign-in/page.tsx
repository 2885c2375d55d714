import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/forms/sign-in-form";
import { plainMessages } from "@/lib/i18n/plain-messages";
import { landingPath } from "@/lib/server/auth/landing";
import { oidcConfigured, oidcName } from "@/lib/server/auth/options";
import { safeReturnPath } from "@/lib/server/auth/return-path";
import { currentSession } from "@/lib/server/auth/session";
import { signInAction } from "../actions";

export const dynamic = "force-dynamic";

/** The strings of the "auth" catalog the sign-in form shows or its action may answer with (sign-in-form.tsx). */
const FORM_KEYS = [
  "auth.signIn.identifier",
  "auth.signIn.identifierHint",
  "auth.signIn.password",
  "auth.signIn.pending",
  "auth.signIn.submit",
  "auth.signIn.forgot",
  "auth.signIn.resetDone",
  "auth.signIn.verifiedDone",
  "auth.errorSummaryTitle",
  "auth.errorPrefix",
  "auth.errors.badRequest",
  "auth.errors.identifierRequired",
  "auth.errors.passwordRequired",
  "auth.errors.invalidCredentials",
  "auth.errors.unverified",
  "auth.errors.throttled",
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth");
  const sp = await searchParams;
  // Only a path on this site is kept (return-path.ts); anything else is dropped, never followed.
  const asked = typeof sp.next === "string" ? sp.next : typeof sp.callbackUrl === "string" ? sp.callbackUrl : "";
  const next = asked ? safeReturnPath(asked, "") : "";
  const session = await currentSession();
  if (session && !session.verified) redirect(`/sign-in/second-factor?next=${encodeURIComponent(landingPath(session.user.role, next))}`);
  if (session) redirect(landingPath(session.user.role, next));
  const notice = sp.reset ? "signIn.resetDone" : sp.verified ? "signIn.verifiedDone" : undefined;
  const oidcError = typeof sp.error === "string" ? (sp.error === "oidc-staff" ? "errors.oidcStaff" : "errors.oidcFailed") : null;
  const oidc = oidcConfigured();
  const formMessages = await plainMessages(FORM_KEYS);
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("signIn.title")}</h1>
      <p className="mt-2 text-muted">{t("signIn.lead")}</p>
      {oidcError ? (
        <div role="alert" className="mt-6 rounded border-l-4 border-accent-700 p-4 font-semibold">
          {t(oidcError)}
        </div>
      ) : null}
      {oidc ? (
        <section aria-labelledby="oidc-title" className="mt-6 rounded-lg border-2 border-line p-5">
          <h2 id="oidc-title" className="text-xl">
            {t("signIn.oidcTitle", { name: oidcName() })}
          </h2>
          <p className="mt-1 text-muted">{t("signIn.oidcBody")}</p>
          <a href={`/api/auth/oidc?next=${encodeURIComponent(next || "/my/dossiers")}`} className="btn btn-primary mt-3">
            {t("signIn.oidcButton", { name: oidcName() })}
          </a>
        </section>
      ) : null}
      <section aria-labelledby={oidc ? "password-title" : undefined} aria-label={oidc ? undefined : t("signIn.passwordTitleOnly")} className="mt-8">
        {oidc ? (
          <h2 id="password-title" className="mb-4 text-xl">
            {t("signIn.passwordTitle")}
          </h2>
        ) : null}
        <SignInForm action={signInAction} next={next} initialNotice={notice} messages={formMessages} />
      </section>
      <p className="mt-8">
        {t("signIn.noAccount")} <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>{t("signIn.signUpLink")}</Link>
      </p>
    </div>
  );
}
