import { AccountBar } from "@/components/layout/account-bar";

/** Administration: the signed-in account bar (the site header never reads the session). */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AccountBar />
      {children}
    </>
  );
}
