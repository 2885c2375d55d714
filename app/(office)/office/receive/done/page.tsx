import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/office/format";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { counterReceiptSummary, getCounterRefusal } from "@/lib/server/backoffice/counter";
import { AppError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.done");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReceiveDonePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOfficer("/office/receive");
  const raw = await searchParams;
  const id = typeof raw.id === "string" ? raw.id : "";
  const refusalId = typeof raw.refusal === "string" ? raw.refusal : "";
  const t = await getTranslations("desk.done");
  const locale = await getLocale();
  const safe = async <T,>(p: Promise<T>): Promise<T | null> => p.catch((e: unknown) => (e instanceof AppError ? null : Promise.reject(e)));

  if (refusalId) {
    const r = await safe(getCounterRefusal(actor, refusalId));
    if (!r) notFound();
    return (
      <div className="container-page py-6">
        <h1 className="text-3xl">{t("refusedTitle")}</h1>
        <p className="mt-2">{t("refusedLead", { code: r.code, name: r.applicantName })}</p>
        <p className="mt-4">
          <a href={`/office/receive/refusals/${r.id}`} className="btn btn-primary">
            {t("printRefusal")}
          </a>
        </p>
        <p className="mt-6">
          <Link href="/office/receive">{t("another")}</Link>
        </p>
      </div>
    );
  }

  const d = await safe(counterReceiptSummary(actor, id));
  if (!d) notFound();
  return (
    <div className="container-page py-6">
      <div className="rounded border-4 border-brand-700 p-4">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="mt-2 text-xl">
          {t("code")}: <strong>{d.code}</strong>
        </p>
        {d.pin && (
          <p className="mt-1 text-xl">
            {t("pin")}: <strong>{d.pin}</strong>
          </p>
        )}
      </div>
      <dl className="mt-4 grid gap-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("applicant")}</dt>
        <dd>{d.applicantName}</dd>
        <dt className="font-semibold">{t("procedure")}</dt>
        <dd>{d.procedureName}</dd>
        <dt className="font-semibold">{t("due")}</dt>
        <dd>{formatDateTime(d.dueAt, locale)}</dd>
        <dt className="font-semibold">{t("account")}</dt>
        <dd>{d.linkedAccount ? t("accountLinked") : t("accountNone")}</dd>
      </dl>
      <p className="mt-4 flex flex-wrap gap-3">
        <a href={`/office/dossiers/${d.id}/documents/receipt`} className="btn btn-primary">
          {t("printReceipt")}
        </a>
        <Link href={`/office/dossiers/${d.id}`} className="btn btn-secondary">
          {t("open")}
        </Link>
      </p>
      <p className="mt-6">
        <Link href="/office/receive">{t("another")}</Link>
      </p>
    </div>
  );
}
