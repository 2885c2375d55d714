import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { safeReturnPath } from "@/lib/server/auth/return-path";
import { signUpAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUp.title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth");
  // Where the person was going when asked to sign in (a filing's first step): kept through the
  // verification email, so confirming the address and signing in lead back there.
  const sp = await searchParams;
  const next = typeof sp.next === "string" ? safeReturnPath(sp.next, "") : "";
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("signUp.title")}</h1>
      <p className="mt-2 mb-6 text-muted">{t("signUp.lead")}</p>
      <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <SignUpForm action={signUpAction} next={next} />
      </ClientMessages>
      <p className="mt-8">
        {t("signUp.haveAccount")} <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>{t("signUp.signInLink")}</Link>
      </p>
      <p className="mt-4 text-sm text-muted">{t("signUp.privacy")}</p>
    </div>
  );
}
