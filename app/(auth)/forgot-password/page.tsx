import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { forgotAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgot.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("forgot.title")}</h1>
      <p className="mt-2 mb-6 text-muted">{t("forgot.lead")}</p>
      <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <ForgotForm action={forgotAction} />
      </ClientMessages>
    </div>
  );
}
