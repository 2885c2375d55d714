import { AccountBar } from "@/components/layout/account-bar";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The steps of an online filing (signed in): the account bar, and the catalogs the form fields read. */
export default function DraftLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      <ClientMessages namespaces={["common", "forms", "uploads"]}>{children}</ClientMessages>
    </>
  );
}
