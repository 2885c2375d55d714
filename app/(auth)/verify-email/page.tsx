import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { verifyEmailAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("verify.title") };
}

/**
 * The link in the email opens this page; a button confirms (a GET never uses up the token,
 * so mail scanners that follow links do not spend it).
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string; failed?: string; next?: string }> }) {
  const t = await getTranslations("auth");
  const { token = "", failed, next = "" } = await searchParams;
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("verify.title")}</h1>
      {failed ? (
        <div role="alert" className="mt-6 rounded border-l-4 border-accent-700 p-4">
          <p className="font-semibold">{t("verify.failed")}</p>
          <p className="mt-2">
            <Link href="/sign-in">{t("verify.toSignIn")}</Link>
          </p>
        </div>
      ) : (
        <form action={verifyEmailAction} className="mt-6 space-y-4">
          <p>{t("verify.body")}</p>
          <input type="hidden" name="token" value={token.slice(0, 200)} />
          {next ? <input type="hidden" name="next" value={next.slice(0, 1000)} /> : null}
          <button type="submit" className="btn btn-primary">
            {t("verify.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
