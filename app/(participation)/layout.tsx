import { AccountBar } from "@/components/layout/account-bar";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Feedback and ratings: the signed-in account bar, and the catalogs their client forms read. */
export default function ParticipationLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      <ClientMessages namespaces={["common", "rating", "feedback", "forms", "uploads"]}>{children}</ClientMessages>
    </>
  );
}
