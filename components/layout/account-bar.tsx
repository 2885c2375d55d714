import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { currentUser } from "@/lib/server/auth/session";

/**
 * The signed-in account: name (to the profile), my dossiers, the back office for staff (every role that
 * is not a citizen), sign out (a plain form). It reads the session, so it sits in the layouts of the
 * signed-in areas only; the public pages' header has a static account link instead and stays the same
 * for everyone (docs/performance.md).
 */
export async function AccountBar() {
  const user = await currentUser();
  if (!user) return null;
  const t = await getTranslations("layout");
  const link = "font-semibold text-brand-900 underline-offset-4";
  return (
    <nav aria-label={t("accountBar")} className="no-print border-b border-line bg-brand-50">
      <ul className="container-page flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
        <li className="min-w-0 break-words">
          <Link href="/profile" className={link}>
            <span className="sr-only">{t("profileOf")} </span>
            {user.fullName}
          </Link>
        </li>
        <li>
          <Link href="/my/dossiers" className={link}>
            {t("myDossiers")}
          </Link>
        </li>
        {user.role === "CITIZEN" ? (
          <li>
            <Link href="/my/documents" className={link}>
              {t("myDocuments")}
            </Link>
          </li>
        ) : null}
        {user.role !== "CITIZEN" ? (
          <li>
            <Link href="/office" className={link}>
              {t("office")}
            </Link>
          </li>
        ) : null}
        <li className="ms-auto">
          <form action={signOutAction}>
            <button type="submit" className="rounded border-2 border-brand-800 px-2 py-0.5 font-semibold text-brand-900 hover:bg-brand-800 hover:text-white">
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
