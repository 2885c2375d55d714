import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/forms/profile-form";
import { getProfile } from "@/lib/server/auth/accounts";
import { requireUser } from "@/lib/server/auth/session";
import { communeLabel, listCommunes } from "@/lib/server/dossiers/procedures";
import { notFound } from "next/navigation";
import { saveProfileAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const t = await getTranslations("profile");
  const locale = await getLocale();
  const [profile, communes] = await Promise.all([getProfile(user.id), listCommunes()]);
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
    </div>
  );
}
