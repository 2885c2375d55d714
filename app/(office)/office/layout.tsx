import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AccountBar } from "@/components/layout/account-bar";
import { OfficeNav } from "@/components/office/office-nav";
import { requireOfficer } from "@/lib/server/backoffice/actor";

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireOfficer();
  const t = await getTranslations("office");
  const identity = t("signedInAs", { name: actor.fullName, role: t(`roles.${actor.role}`), agency: actor.agencyName ?? "—" });
  return (
    <>
      <AccountBar />
      <OfficeNav identity={identity} reception={actor.role === "RECEPTION"} leader={actor.role === "LEADER"} />
      {/* The desk's counter form reuses the filing form's client fields. */}
      <ClientMessages namespaces={["common", "forms", "uploads"]}>{children}</ClientMessages>
    </>
  );
}
