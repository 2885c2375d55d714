import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/server/dossiers/i18n";
import { currentUser } from "@/lib/server/auth/session";
import { getMailFor, mailViewerFor } from "@/lib/server/mail-viewer";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("devMail");
  return { title: t("title"), robots: { index: false } };
}

export default async function DevMailMessage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = mailViewerFor(await currentUser());
  if (!viewer) notFound();
  const { id } = await params;
  if (!/^\d{1,18}$/.test(id)) notFound();
  const mail = await getMailFor(viewer, BigInt(id));
  if (!mail) notFound();
  const t = await getTranslations("devMail");
  // Links in the text become links here, so a developer can follow them.
  const parts = mail.rendered.text.split(/(https?:\/\/\S+)/g);
  return (
    <div className="container-page max-w-3xl py-8">
      <p>
        <Link href="/dev/mail">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-2xl">{mail.rendered.subject}</h1>
      <dl className="mt-3 grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("to")}</dt>
        <dd>{mail.recipient}</dd>
        <dt className="font-semibold">{t("at")}</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
      </dl>
      <div className="mt-6 rounded border-2 border-line p-4 whitespace-pre-wrap break-words">
        {parts.map((p, i) =>
          /^https?:\/\//.test(p) ? (
            <a key={i} href={p}>
              {p}
            </a>
          ) : (
            <span key={i}>{p}</span>
          ),
        )}
      </div>
    </div>
  );
}
