import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { SecondFactorForm } from "@/components/forms/auth-forms";
import { AUTH_FORM_NAMESPACES, ClientMessages } from "@/components/i18n/client-messages";
import { landingPath } from "@/lib/server/auth/landing";
import { safeReturnPath } from "@/lib/server/auth/return-path";
import { enrollmentFor, hasSecondFactor, justEnrolled } from "@/lib/server/auth/second-factor";
import { currentSession } from "@/lib/server/auth/session";
import { secondFactorAction, signOutAction } from "../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("secondFactor.title") };
}

/** The second step of a staff sign-in: enrol an authenticator app the first time, then give its code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth");
  const sp = await searchParams;
  const session = await currentSession();
  if (!session) redirect("/sign-in");
  const next = safeReturnPath(typeof sp.next === "string" ? sp.next : "", landingPath(session.user.role, ""));
  if (session.verified && !(await justEnrolled(session.id, session.user.id))) redirect(next);
  const enrolled = await hasSecondFactor(session.user.id);
  const enrollment = enrolled ? null : enrollmentFor(session.id, session.user.email ?? session.user.fullName);
  const qr = enrollment ? await QRCode.toDataURL(enrollment.uri, { margin: 1, width: 220 }) : null;
  return (
    <div className="container-page max-w-xl py-10">
      <h1 className="text-3xl">{t("secondFactor.title")}</h1>
      <p className="mt-2">{enrolled ? t("secondFactor.verifyLead") : t("secondFactor.enrollLead")}</p>
      {enrollment && qr ? (
        <div className="mt-6 space-y-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img src={qr} alt={t("secondFactor.qrAlt")} width={220} height={220} className="border border-line" />
          <p className="font-semibold">{t("secondFactor.secretLabel")}</p>
          <p>
            <code className="break-all text-lg" data-testid="totp-secret">
              {enrollment.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </p>
        </div>
      ) : null}
      <div className="mt-6">
        <ClientMessages namespaces={AUTH_FORM_NAMESPACES}>
        <SecondFactorForm action={secondFactorAction} next={next} mode={enrolled ? "verify" : "enroll"} />
      </ClientMessages>
      </div>
      <form action={signOutAction} className="mt-8">
        <button type="submit" className="btn btn-secondary">
          {t("secondFactor.signOut")}
        </button>
      </form>
    </div>
  );
}
