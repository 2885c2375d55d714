import { ClientMessages } from "@/components/i18n/client-messages";

/** The tracking form is a client component (same form and result with or without JavaScript). */
export default function TrackLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "tracking"]}>{children}</ClientMessages>;
}
