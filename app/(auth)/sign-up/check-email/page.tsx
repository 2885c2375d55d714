import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResendForm } from "@/components/forms/auth-forms";
import { resendAction } from "../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("checkEmail.title") };
}

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const t = await getTranslations("auth");
  const { email = "" } = await searchParams;
  const shown = email.slice(0, 254);
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("checkEmail.title")}</h1>
      <p className="mt-4">{t("checkEmail.body", { email: shown || t("checkEmail.yourEmail") })}</p>
      <p className="mt-2 text-muted">{t("checkEmail.hint")}</p>
      {shown ? (
        <div className="mt-6">
          <ResendForm action={resendAction} email={shown} />
        </div>
      ) : null}
    </div>
  );
}
