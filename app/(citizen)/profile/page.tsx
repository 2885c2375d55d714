import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/forms/auth-forms";
import { ProfileForm } from "@/components/forms/profile-form";
import { formatDateTime } from "@/lib/server/dossiers/i18n";
import { getProfile } from "@/lib/server/auth/accounts";
import { currentSession, requireUser } from "@/lib/server/auth/session";
import { listSessions } from "@/lib/server/auth/sessions";
import { communeLabel, listCommunes } from "@/lib/server/dossiers/procedures";
import { notFound } from "next/navigation";
import { changePasswordAction, saveProfileAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const t = await getTranslations("profile");
  const locale = await getLocale();
  const ta = await getTranslations("auth.account");
  const [profile, communes, sessions, session] = await Promise.all([getProfile(user.id), listCommunes(), listSessions(user.id), currentSession()]);
  if (!profile) notFound();
  const commune = communes.find((c) => profile.communeName && c.name.toLowerCase().endsWith(profile.communeName.toLowerCase()));
  const initial = {
    fullName: profile.fullName,
    dateOfBirth: profile.dateOfBirth ? profile.dateOfBirth.toISOString().slice(0, 10) : "",
    citizenId: profile.citizenId ?? "",
    phone: profile.phone ?? "",
    address: profile.address,
    communeCode: commune?.code ?? "",
    provinceName: profile.provinceName,
  };
  return (
    <div className="container-page max-w-2xl py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <dl className="my-6 grid gap-x-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{profile.email ?? "—"}</dd>
      </dl>
      <ProfileForm action={saveProfileAction} initial={initial} communes={communes.map((c) => ({ value: c.code, label: communeLabel(c, locale) }))} />
      <h2 className="mt-12 text-2xl">{ta("securityTitle")}</h2>
      <section aria-labelledby="sessions-title" className="mt-6">
        <h3 id="sessions-title" className="text-xl">
          {ta("sessionsTitle")}
        </h3>
        <p className="mt-1 text-muted">{ta("sessionsLead")}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{ta("client")}</th>
                <th scope="col">{ta("method")}</th>
                <th scope="col">{ta("started")}</th>
                <th scope="col">{ta("lastSeen")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.client || ta("unknownClient")}
                    {s.id === session?.id ? ` (${ta("thisSession")})` : ""}
                  </td>
                  <td>{ta(s.method === "oidc" ? "methods.oidc" : "methods.password")}</td>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{formatDateTime(s.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form action={signOutEverywhereAction} className="mt-4">
          <p className="text-muted">{ta("signOutEverywhereHint")}</p>
          <button type="submit" className="btn btn-secondary mt-2">
            {ta("signOutEverywhere")}
          </button>
        </form>
      </section>
      <section aria-labelledby="change-title" className="mt-10">
        <h3 id="change-title" className="text-xl">
          {ta("changeTitle")}
        </h3>
        {profile.hasPassword ? (
          <>
            <p className="mb-4 mt-1 text-muted">{ta("changeLead")}</p>
            <ChangePasswordForm action={changePasswordAction} />
          </>
        ) : (
          <p className="mt-1">{ta("noPassword")}</p>
        )}
      </section>
    </div>
  );
}
