"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";

const input = z.object({ locale: z.enum(locales) });

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
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ locale: formData.get("locale") });
  if (parsed.success) {
    const store = await cookies();
    store.set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  const h = await headers();
  redirect(samePageFrom(h.get("referer"), h.get("host")));
}
