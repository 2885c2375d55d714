import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { currentUser } from "@/lib/server/auth/session";

/** Header links for the account: sign in, or my dossiers, profile and sign out (a plain form). */
export async function AccountMenu() {
  const t = await getTranslations("auth");
  const user = await currentUser();
  const link = "rounded px-2 py-1.5 text-sm font-semibold text-white underline-offset-4 hover:bg-brand-700 hover:text-white";
  if (!user) {
    return (
      <Link href="/sign-in" className={link}>
        {t("menu.signIn")}
      </Link>
    );
  }
  return (
    <nav aria-label={t("menu.label")} className="no-print">
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/my/dossiers" className={link}>
            {t("menu.myDossiers")}
          </Link>
        </li>
        <li>
          <Link href="/profile" className={link}>
            <span className="sr-only">{t("menu.profileOf")} </span>
            {user.fullName}
          </Link>
        </li>
        <li>
          <form action={signOutAction}>
            <button type="submit" className="rounded border-2 border-white px-2 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-900">
              {t("menu.signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
