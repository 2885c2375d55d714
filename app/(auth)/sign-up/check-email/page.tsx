import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResendForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { safeReturnPath } from "@/lib/server/auth/return-path";
import { resendAction } from "../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("checkEmail.title") };
}

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string; next?: string }> }) {
  const t = await getTranslations("auth");
  const { email = "", next } = await searchParams;
  // Where the person was going (a filing): a link sent again leads there too.
  const returnTo = safeReturnPath(next, "");
  const shown = email.slice(0, 254);
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("checkEmail.title")}</h1>
      <p className="mt-4">{t("checkEmail.body", { email: shown || t("checkEmail.yourEmail") })}</p>
      <p className="mt-2 text-muted">{t("checkEmail.hint")}</p>
      {shown ? (
        <div className="mt-6">
          <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <ResendForm action={resendAction} email={shown} next={returnTo} />
      </ClientMessages>
        </div>
      ) : null}
    </div>
  );
}
