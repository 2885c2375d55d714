import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/forms/auth-forms";
import { oidcConfigured, oidcName } from "@/lib/server/auth/options";
import { currentUser, safeNext } from "@/lib/server/auth/session";
import { signInAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth");
  const sp = await searchParams;
  const next = safeNext(typeof sp.next === "string" ? sp.next : typeof sp.callbackUrl === "string" ? new URL(sp.callbackUrl, "http://x").pathname : undefined);
  if (await currentUser()) redirect(next);
  const notice = sp.reset ? "signIn.resetDone" : sp.verified ? "signIn.verifiedDone" : undefined;
  const oidcError = typeof sp.error === "string";
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("signIn.title")}</h1>
      <p className="mt-2 text-muted">{t("signIn.lead")}</p>
      {oidcError ? (
        <div role="alert" className="mt-6 rounded border-l-4 border-accent-700 p-4 font-semibold">
          {t("errors.oidcFailed")}
        </div>
      ) : null}
      {oidcConfigured() ? (
        <section aria-labelledby="oidc-title" className="mt-6 rounded-lg border-2 border-line p-5">
          <h2 id="oidc-title" className="text-xl">
            {t("signIn.oidcTitle", { name: oidcName() })}
          </h2>
          <p className="mt-1 text-muted">{t("signIn.oidcBody")}</p>
          <a href={`/api/auth/oidc?next=${encodeURIComponent(next)}`} className="btn btn-primary mt-3">
            {t("signIn.oidcButton", { name: oidcName() })}
          </a>
        </section>
      ) : null}
      <section aria-labelledby="password-title" className="mt-8">
        <h2 id="password-title" className="mb-4 text-xl">
          {t("signIn.passwordTitle")}
        </h2>
        <SignInForm action={signInAction} next={next} initialNotice={notice} />
      </section>
      <p className="mt-8">
        {t("signIn.noAccount")} <Link href="/sign-up">{t("signIn.signUpLink")}</Link>
      </p>
    </div>
  );
}
