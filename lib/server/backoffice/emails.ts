/**
 * The applicant's emails for back-office steps (templates "dossier.<action>", queued by
 * transitionDossier), in the recipient's language from the "officeEmails" catalog.
 */
import { config } from "@/lib/config";
import { isAction } from "@/lib/domain/workflow";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { formatDateTime, translatorFor } from "@/lib/server/dossiers/i18n";
import type { RenderedEmail } from "@/lib/server/notifications/templates";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? v.toLocaleString("vi-VN") : "");
const when = (v: unknown) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? formatDateTime(new Date(v)) : "—");

const BODIES = new Set([
  "receive", "refuse", "requestSupplement", "resubmitSupplement", "approve", "transfer", "requestFinancialObligation",
  "confirmFinancialObligation", "stop", "requestWithdrawal", "acceptWithdrawal", "rejectWithdrawal", "apologize", "returnResult",
]);

/** The email of a back-office template, or null when the template is not one of ours. */
const ENDED = new Set(["returnResult", "refuse", "stop"]);

export async function renderBackofficeEmail(template: string, locale: string, data: unknown): Promise<RenderedEmail | null> {
  if (template === "digest.officer" || template === "digest.leader") return renderDigest(template, locale, data);
  const m = /^dossier\.(\w+)$/.exec(template);
  if (!m || !isAction(m[1])) return null;
  const action = m[1];
  const lang: Locale = isLocale(locale) ? locale : "vi";
  const t = await translatorFor(lang, "officeEmails");
  const actions = await translatorFor(lang, "office.actions");
  const d = (data ?? {}) as Record<string, unknown>;
  const values = {
    code: str(d.code),
    procedure: str(d.procedureName),
    agency: str(d.agencyName),
    reason: str(d.reason),
    dueAt: when(d.dueAt),
    newDueAt: when(d.newDueAt),
    amount: str(d.amount),
    action: actions(action),
  };
  const body = t(`body.${BODIES.has(action) ? action : "other"}`, values);
  const items = Array.isArray(d.items) ? (d.items as Array<{ name?: string }>).map((i) => str(i.name)).filter(Boolean) : [];
  const url = `${config().APP_URL}/track?code=${encodeURIComponent(str(d.code))}`;
  // A dossier that has ended invites its applicant to rate the service, once.
  const rateUrl = ENDED.has(action) && /^[0-9a-f-]{36}$/.test(str(d.dossierId)) ? `${config().APP_URL}/rate/${str(d.dossierId)}` : null;
  const greeting = t("greeting", { name: str(d.applicantName) || "—" });
  const subject = t("subject", values);
  const text = [greeting, "", body, ...(items.length ? ["", t("itemsTitle"), ...items.map((i) => `- ${i}`)] : []), "", `${t("trackLink")}: ${url}`, ...(rateUrl ? ["", `${t("rateInvite")} ${rateUrl}`] : []), "", "—", t("footer")].join("\n");
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;color:#1b1f24;line-height:1.5">
<p>${esc(greeting)}</p><p>${esc(body)}</p>
${items.length ? `<p>${esc(t("itemsTitle"))}</p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : ""}
<p><a href="${esc(url)}" style="color:#124a8f">${esc(t("trackLink"))}</a></p>
${rateUrl ? `<p>${esc(t("rateInvite"))} <a href="${esc(rateUrl)}" style="color:#124a8f">${esc(t("rateLink"))}</a></p>` : ""}
<hr><p style="color:#4a5361;font-size:13px">${esc(t("footer"))}</p></body></html>`;
  return { subject, text, html };
}

type DigestLine = { code?: string; procedureName?: string; applicantName?: string; dueAt?: string };

/** The officers' morning digest and the leaders' overdue list (lib/server/backoffice/digest.ts). */
async function renderDigest(template: "digest.officer" | "digest.leader", locale: string, data: unknown): Promise<RenderedEmail> {
  const lang: Locale = isLocale(locale) ? locale : "vi";
  const t = await translatorFor(lang, "desk.digest");
  const d = (data ?? {}) as { name?: string; day?: string; agency?: string; overdue?: DigestLine[]; dueSoon?: DigestLine[] };
  const line = (x: DigestLine) => `${str(x.code)} — ${str(x.procedureName)} — ${str(x.applicantName)} — ${t("due")}: ${when(x.dueAt)}`;
  const groups: Array<[string, DigestLine[]]> = [
    [t("overdue"), Array.isArray(d.overdue) ? d.overdue : []],
    ...(template === "digest.officer" ? ([[t("dueSoon"), Array.isArray(d.dueSoon) ? d.dueSoon : []]] as Array<[string, DigestLine[]]>) : []),
  ];
  const subject = template === "digest.leader" ? t("leaderSubject", { agency: str(d.agency) }) : t("officerSubject");
  const greeting = t("greeting", { name: str(d.name) || "—" });
  const queue = `${config().APP_URL}/office`;
  const text = [greeting, "", ...groups.flatMap(([title, rows]) => (rows.length ? [title, ...rows.map((r) => `- ${line(r)}`), ""] : [])), `${t("open")}: ${queue}`].join("\n");
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;color:#1b1f24;line-height:1.5">
<p>${esc(greeting)}</p>${groups.map(([title, rows]) => (rows.length ? `<h2 style="font-size:16px">${esc(title)}</h2><ul>${rows.map((r) => `<li>${esc(line(r))}</li>`).join("")}</ul>` : "")).join("")}
<p><a href="${esc(queue)}" style="color:#124a8f">${esc(t("open"))}</a></p></body></html>`;
  return { subject, text, html };
}
