/**
 * Email templates: what the outbox's rows look like as emails, in the recipient's language.
 * The sending worker and the development mail viewer (/dev/mail) both render through here.
 *
 * Templates (data fields):
 * - auth.verify-email      { name, url, hours }
 * - auth.reset-password    { name, url, minutes }
 * - auth.account-exists    { name, signInUrl, resetUrl }
 * - dossier.submitted      { name, code, procedureName, agencyName, submittedAt, receptionBy, resultBy|null, dossierUrl, trackUrl }
 * - feedback.answered      { name, code, subject }
 * - admin.invitation       { name, url, hours }   (an officer invited by an administrator)
 * (dossier.<action> emails of the back office: lib/server/backoffice/emails.ts.)
 */
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { formatDateTime, translatorFor } from "@/lib/server/dossiers/i18n";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export const TEMPLATES = ["auth.verify-email", "auth.reset-password", "auth.account-exists", "dossier.submitted", "feedback.answered", "admin.invitation"] as const;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const when = (v: unknown) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? formatDateTime(new Date(v)) : "");

interface Block {
  paragraphs: string[];
  link?: { label: string; url: string };
  after?: string[];
}

function build(subject: string, greeting: string, block: Block, footer: string): RenderedEmail {
  const textParts = [greeting, "", ...block.paragraphs, ...(block.link ? ["", `${block.link.label}: ${block.link.url}`] : []), ...(block.after ? ["", ...block.after] : []), "", "—", footer];
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1b1f24;line-height:1.5">
<p>${esc(greeting)}</p>
${block.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
${block.link ? `<p><a href="${esc(block.link.url)}" style="color:#124a8f">${esc(block.link.label)}</a></p>` : ""}
${(block.after ?? []).map((p) => `<p>${esc(p)}</p>`).join("\n")}
<hr><p style="color:#4a5361;font-size:13px">${esc(footer)}</p>
</body></html>`;
  return { subject, text: textParts.join("\n"), html };
}

export async function renderEmail(template: string, locale: string, data: unknown): Promise<RenderedEmail> {
  const lang: Locale = isLocale(locale) ? locale : "vi";
  const t = await translatorFor(lang, "emails");
  const d = (data ?? {}) as Record<string, unknown>;
  const greeting = t("greeting", { name: str(d.name) || t("citizen") });
  const footer = t("footer");
  switch (template) {
    case "auth.verify-email":
      return build(t("verifySubject"), greeting, { paragraphs: [t("verifyBody", { hours: str(d.hours) || "24" })], link: { label: t("verifyLink"), url: str(d.url) }, after: [t("notYou")] }, footer);
    case "auth.reset-password":
      return build(t("resetSubject"), greeting, { paragraphs: [t("resetBody", { minutes: str(d.minutes) || "30" })], link: { label: t("resetLink"), url: str(d.url) }, after: [t("notYou")] }, footer);
    case "auth.account-exists":
      return build(t("existsSubject"), greeting, { paragraphs: [t("existsBody")], link: { label: t("existsLink"), url: str(d.resetUrl) }, after: [t("notYou")] }, footer);
    case "dossier.submitted":
      return build(
        t("submittedSubject", { code: str(d.code) }),
        greeting,
        {
          paragraphs: [
            t("submittedBody", { procedure: str(d.procedureName), code: str(d.code), agency: str(d.agencyName), at: when(d.submittedAt) }),
            t("submittedNext", { receptionBy: when(d.receptionBy) }),
            ...(d.resultBy ? [t("submittedResult", { resultBy: when(d.resultBy) })] : []),
          ],
          link: { label: t("submittedLink"), url: str(d.dossierUrl) },
          after: [t("submittedPin")],
        },
        footer,
      );
    case "feedback.answered": {
      const f = await translatorFor(lang, "feedback");
      const { config } = await import("@/lib/config");
      return build(
        f("emailAnsweredSubject", { code: str(d.code) }),
        greeting,
        { paragraphs: [f("emailAnsweredBody", { subject: str(d.subject), code: str(d.code) })], link: { label: f("emailLink"), url: `${config().APP_URL}/feedback/mine` } },
        footer,
      );
    }
    case "admin.invitation": {
      const a = await translatorFor(lang, "admin.email");
      return build(a("inviteSubject"), greeting, { paragraphs: [a("inviteBody", { hours: str(d.hours) || "72" })], link: { label: a("inviteLink"), url: str(d.url) }, after: [a("inviteAfter")] }, footer);
    }
    default:
      return build(template, greeting, { paragraphs: [JSON.stringify(d)] }, footer);
  }
}

// ── Development mail viewer (/dev/mail) ──────────────────────────────────────────────

/** One stored email, rendered as the worker sends it (the viewer is lib/server/mail-viewer.ts). */
export async function getStoredMail(id: bigint) {
  const { db } = await import("@/lib/db");
  const row = await db().outbox.findUnique({ where: { id } });
  if (!row || row.channel !== "email") return null;
  // The same rendering as the worker's, so back-office emails read here as they are sent.
  const { renderAny } = await import("./mailer");
  return { ...row, rendered: await renderAny(row.template, row.locale, row.data) };
}
