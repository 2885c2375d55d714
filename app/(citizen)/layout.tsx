import { AccountBar } from "@/components/layout/account-bar";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The citizen's own area: the signed-in account bar, and the catalogs its client forms read. */
export default function CitizenLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      <ClientMessages namespaces={["common", "profile", "forms", "uploads", "auth"]}>{children}</ClientMessages>
    </>
  );
}
