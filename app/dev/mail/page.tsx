import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formatDateTime } from "@/lib/server/dossiers/i18n";
import { currentUser } from "@/lib/server/auth/session";
import { listMailFor, mailViewerFor } from "@/lib/server/mail-viewer";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("devMail");
  return { title: t("title"), robots: { index: false } };
}

/** Development (or MAIL_VIEWER=1), administrators only: the emails the portal queued. */
export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const viewer = mailViewerFor(await currentUser());
  if (!viewer) notFound();
  const t = await getTranslations("devMail");
  const to = z.string().max(254).catch("").parse((await searchParams).to ?? "");
  const mails = await listMailFor(viewer, to || undefined);
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <form method="get" className="mt-4 flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="to" className="block font-semibold">
            {t("filter")}
          </label>
          <input id="to" name="to" type="email" defaultValue={to} className="input" />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("filterButton")}
        </button>
      </form>
      {mails.length === 0 ? <p className="mt-6">{t("none")}</p> : null}
      <ul className="mt-6 divide-y divide-line border-y border-line">
        {mails.map((m) => (
          <li key={String(m.id)} className="py-3">
            <Link href={`/dev/mail/${m.id}`} className="font-semibold">
              {m.template} → {m.recipient}
            </Link>
            <p className="text-sm text-muted">
              {formatDateTime(m.createdAt)} · {m.status}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
