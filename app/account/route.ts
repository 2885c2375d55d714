import { currentUser } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

/**
 * The public header's static "Account" link: signed out → sign in; a citizen → my dossiers; staff
 * (every role that is not a citizen) → the back office. The header itself never reads the session, so
 * public pages stay the same for everyone.
 */
export async function GET() {
  const user = await currentUser();
  const to = !user ? "/sign-in" : user.role === "CITIZEN" ? "/my/dossiers" : "/office";
  // A relative Location: right behind any proxy, never another site.
  return new Response(null, { status: 303, headers: { Location: to, "Cache-Control": "private, no-store" } });
}
