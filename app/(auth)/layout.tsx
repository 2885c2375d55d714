import { ClientMessages } from "@/components/i18n/client-messages";

/** The account forms are client components: they get their catalogs here, not from the root layout. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "auth", "forms"]}>{children}</ClientMessages>;
}
