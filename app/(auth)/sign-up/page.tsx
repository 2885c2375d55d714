import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { signUpAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUp.title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("signUp.title")}</h1>
      <p className="mt-2 mb-6 text-muted">{t("signUp.lead")}</p>
      <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <SignUpForm action={signUpAction} />
      </ClientMessages>
      <p className="mt-8">
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("signUp.signInLink")}</Link>
      </p>
      <p className="mt-4 text-sm text-muted">{t("signUp.privacy")}</p>
    </div>
  );
}
