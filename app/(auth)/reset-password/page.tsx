import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { resetAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("reset.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("auth");
  const { token = "" } = await searchParams;
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("reset.title")}</h1>
      <p className="mt-2 mb-6 text-muted">{t("reset.lead")}</p>
      <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <ResetForm action={resetAction} token={token.slice(0, 200)} />
      </ClientMessages>
    </div>
  );
}
