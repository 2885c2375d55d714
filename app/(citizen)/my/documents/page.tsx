import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/server/auth/session";
import { removeStoredDocumentAction } from "@/lib/server/document-store/actions";
import { listStoredDocuments } from "@/lib/server/document-store/store";
import { formatDay } from "@/lib/server/dossiers/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("store");
  return { title: t("title") };
}

/** The citizen's document store (kho dữ liệu): what the administration holds for them, to reuse when filing. */
export default async function MyDocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/my/documents");
  const sp = await searchParams;
  const t = await getTranslations("store");
  const docs = user.role === "CITIZEN" ? await listStoredDocuments(user.id) : [];
  const error = typeof sp.error === "string" ? sp.error : null;
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("lead")}</p>
      {sp.removed === "1" ? (
        <p role="status" className="mt-4 rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {t("removed")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded border-l-4 border-accent-700 p-3 font-semibold text-accent-700">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.generic")}
        </p>
      ) : null}
      {docs.length === 0 ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {docs.map((d) => (
            <li key={d.id} className="rounded-lg border-2 border-line p-4" data-stored-kind={d.kind}>
              <h2 className="text-xl">{d.title}</h2>
              <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("kind")}</dt>
                <dd>{t(`kinds.${d.kind}`)}</dd>
                <dt className="font-semibold">{t("issuer")}</dt>
                <dd>{d.issuer}</dd>
                <dt className="font-semibold">{t("number")}</dt>
                <dd>{d.number || "—"}</dd>
                <dt className="font-semibold">{t("issuedOn")}</dt>
                <dd>{d.issuedOn ? formatDay(d.issuedOn) : "—"}</dd>
                <dt className="font-semibold">{t("source")}</dt>
                <dd>
                  {t(`sources.${d.source}`)}
                  {d.dossier ? (
                    <>
                      {" "}
                      (<Link href={`/my/dossiers/${d.dossier.id}`}>{d.dossier.code}</Link>)
                    </>
                  ) : null}
                </dd>
              </dl>
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <a href={`/my/documents/${d.id}/file`} className="btn btn-secondary">
                  {t("download")}
                  <span className="sr-only"> {d.title}</span>
                </a>
                {d.removable ? (
                  <form action={removeStoredDocumentAction}>
                    <input type="hidden" name="id" value={d.id} />
                    <button type="submit" className="btn btn-secondary">
                      {t("remove")}
                      <span className="sr-only"> {d.title}</span>
                    </button>
                  </form>
                ) : (
                  <p className="text-sm text-muted">{t("issuedKept")}</p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
