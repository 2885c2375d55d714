import { ClientMessages } from "@/components/i18n/client-messages";

/** The copy check is a client component (the same form and answer with or without JavaScript). */
export default function VerifyLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "eResults"]}>{children}</ClientMessages>;
}
