/**
 * Sending one email: over SMTP (SMTP_URL, nodemailer), or — without SMTP_URL, in development —
 * not sent at all: the outbox row is kept and the development mail viewer shows it.
 */
import nodemailer from "nodemailer";
import { config } from "@/lib/config";
import { renderEmail } from "./templates";
import { renderBackofficeEmail } from "@/lib/server/backoffice/emails";

export interface OutgoingEmail {
  /**
   * The same for every attempt at one outbox row (`<outbox-…@host>`): when a worker dies after the
   * relay accepted the message but before the row was marked sent, the resent copy carries the same
   * Message-ID, and mail systems drop it as a duplicate.
   */
  messageId?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  readonly kind: "smtp" | "store";
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string, from = config().MAIL_FROM): Mailer {
  const transport = nodemailer.createTransport(url, {
    from,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  } as never);
  return {
    kind: "smtp",
    async send(email) {
      await transport.sendMail({ from, messageId: email.messageId, to: email.to, subject: email.subject, text: email.text, html: email.html });
    },
    close() {
      transport.close();
    },
  };
}

/** Keeps emails (the outbox rows) for the development viewer instead of sending them. */
export const storingMailer: Mailer = { kind: "store", async send() {}, close() {} };

export function configuredMailer(): Mailer {
  const url = config().SMTP_URL;
  return url ? smtpMailer(url) : storingMailer;
}

/** Any template: the back office's own (dossier.<action>), else the shared templates. */
export async function renderAny(template: string, locale: string, data: unknown) {
  return (await renderBackofficeEmail(template, locale, data)) ?? renderEmail(template, locale, data);
}
