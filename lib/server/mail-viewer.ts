/**
 * The stored-email viewer (/dev/mail): on only outside production or with MAIL_VIEWER=1, and then only
 * for a signed-in administrator. In production it never shows a password-reset email sent to another
 * account (its link would open that account).
 */
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/auth/session";
import { getStoredMail } from "@/lib/server/notifications/templates";

const RESET_TEMPLATES = ["auth.reset-password"];

export interface MailViewer {
  /** Hide other accounts' reset emails. */
  hideOthersResets: boolean;
  ownEmail: string | null;
}

export function mailViewerFor(user: SessionUser | null): MailViewer | null {
  const c = config();
  const enabled = c.NODE_ENV !== "production" || c.MAIL_VIEWER === "1";
  if (!enabled || user?.role !== "ADMIN") return null;
  return { hideOthersResets: c.NODE_ENV === "production", ownEmail: user.email?.toLowerCase() ?? null };
}

function hidden(viewer: MailViewer, row: { template: string; recipient: string }): boolean {
  return viewer.hideOthersResets && RESET_TEMPLATES.includes(row.template) && row.recipient.toLowerCase() !== viewer.ownEmail;
}

export async function listMailFor(viewer: MailViewer, recipient?: string, take = 100) {
  return db().outbox.findMany({
    where: {
      channel: "email",
      ...(recipient ? { recipient: recipient.toLowerCase() } : {}),
      ...(viewer.hideOthersResets
        ? { NOT: { template: { in: RESET_TEMPLATES }, recipient: { not: viewer.ownEmail ?? "" } } }
        : {}),
    },
    orderBy: { id: "desc" },
    take,
    select: { id: true, recipient: true, template: true, locale: true, status: true, createdAt: true },
  });
}

export async function getMailFor(viewer: MailViewer, id: bigint) {
  const mail = await getStoredMail(id);
  if (!mail || hidden(viewer, mail)) return null;
  return mail;
}
