import { notFound, redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { currentAdminActor } from "@/lib/server/admin/session";
import { currentActor } from "@/lib/server/backoffice/actor";

/** Every administration page: administrators and inspectors only; everybody else: not found. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const who = await currentActor();
  if (!who) redirect("/sign-in?next=%2Fadmin");
  const actor = await currentAdminActor();
  if (!actor) notFound();
  const t = await getTranslations("office");
  const identity = t("signedInAs", { name: who.fullName, role: t(`roles.${actor.role}`), agency: who.agencyName ?? "—" });
  const all = await getMessages();
  // The administration's client components read these catalogs (the root layout sends fewer).
  const messages = Object.fromEntries(Object.entries(all).filter(([ns]) => ["common", "forms", "uploads", "admin"].includes(ns)));
  return (
    <NextIntlClientProvider messages={messages}>
      <AdminNav identity={identity} role={actor.role} />
      {children}
    </NextIntlClientProvider>
  );
}
