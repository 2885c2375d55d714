"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";
import { defineAction } from "@/lib/server/action";

const input = z.object({ locale: z.enum(locales).optional().catch(undefined) });

/** The page the form was posted from, on this site only; never a redirect elsewhere. */
function samePageFrom(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

/** Switches the interface language; works as a plain form post without JavaScript. */
export const switchLocale = defineAction({ name: "locale.switch", access: "anyone", input }, async ({ locale }) => {
  if (locale) {
    const store = await cookies();
    store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  const h = await headers();
  redirect(samePageFrom(h.get("referer"), h.get("host")));
});
