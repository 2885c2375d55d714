import { AccountBar } from "@/components/layout/account-bar";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Administration: the signed-in account bar (the site header never reads the session), and the catalogs its client forms read. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      <ClientMessages namespaces={["common", "admin", "forms", "uploads"]}>{children}</ClientMessages>
    </>
  );
}
