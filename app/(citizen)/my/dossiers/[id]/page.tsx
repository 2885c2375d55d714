import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { applicantForm, describeAnswers } from "@/lib/domain/forms";
import { formatResultNumber } from "@/lib/domain/result-number";
import { isFinal, reasonIsForApplicant } from "@/lib/domain/workflow";
import { requireUser } from "@/lib/server/auth/session";
import { formatDateTime, formatDay } from "@/lib/server/dossiers/i18n";
import { getMyDossier } from "@/lib/server/dossiers/mine";
import { communeOptions, listCommunes } from "@/lib/server/dossiers/procedures";
import { RATEABLE_STATUSES } from "@/lib/server/ratings/rate-dossier";
import { SupplementRequest } from "@/components/office/supplement-request";
import { WithdrawalRequest } from "@/components/desk/withdrawal-request";
import { DossierPayments } from "@/components/payments/dossier-payments";
import { myResults } from "@/lib/server/e-results/mine";

export const dynamic = "force-dynamic";

/** The signed-in citizen's dossier, or null: read once per request by the title and the page. */
const mineFor = cache(async (id: string) => {
  const user = await requireUser(`/my/dossiers/${id}`);
  return { user, mine: await getMyDossier(user.id, id) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { mine } = await mineFor((await params).id);
  // Someone else's dossier, or none: the tab says "not found", as the page does (for any id alike).
  if (!mine) return { title: (await getTranslations("common"))("notFoundTitle") };
  const t = await getTranslations("my");
  return { title: t("detail.title") };
}

export default async function MyDossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const supplementError = typeof sp.supplementError === "string" ? sp.supplementError.slice(0, 40) : undefined;
  const { user, mine } = await mineFor(id);
  if (!mine) notFound();
  const t = await getTranslations("my");
  const tf = await getTranslations("filing");
  const ts = await getTranslations("dossierStatus");
  const tr = await getTranslations("rating");
  const tfb = await getTranslations("feedback");
  const td = await getTranslations("desk.citizen");
  const tt = await getTranslations("tracking");
  const locale = await getLocale();
  const { dossier, form, timeline } = mine;
  const te = await getTranslations("eResults.my");
  // Electronic results (signed, checkable at /verify), by the file they were handed over as.
  const issued = new Map((await myResults(user.id, dossier.id)).map((r) => [r.fileId, r]));
  const words = { yes: tf("yes"), no: tf("no"), item: (label: string, n: number) => `${label} ${n}` };
  const applicant = dossier.applicant as Record<string, unknown>;
  const person = describeAnswers(applicantForm({ communes: communeOptions(await listCommunes()) }), applicant, locale, words).flatMap((s) => s.rows).filter((r) => r.value);
  const sections = describeAnswers(form, dossier.answers as Record<string, unknown>, locale, words);
  // The result apart from what the applicant handed in; it is listed (and numbered) only once returned.
  const returned = dossier.status === "RESULT_RETURNED";
  const results = returned ? dossier.files.filter((f) => f.kind === "RESULT") : [];
  const submitted = dossier.files.filter((f) => f.kind !== "RESULT");
  const resultNumber = returned ? formatResultNumber(dossier) : null;
  const finished = isFinal(dossier.status);
  // What the applicant has just sent in answer to a supplement request: the last batch of supplement files.
  const supplements = dossier.files.filter((f) => f.kind === "SUPPLEMENT");
  const lastBatch = supplements.length ? supplements[supplements.length - 1]!.createdAt.getTime() : 0;
  const justSent = sp.supplemented === "1" ? supplements.filter((f) => lastBatch - f.createdAt.getTime() < 60_000) : [];
  return (
    <div className="container-page max-w-4xl py-8">
      <p className="text-muted">{dossier.procedureVersion.name}</p>
      <h1 className="text-3xl break-all">{t("detail.heading", { code: dossier.code })}</h1>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("dossiers.status")}</dt>
        <dd>{ts(dossier.status)}</dd>
        <dt className="font-semibold">{t("detail.agency")}</dt>
        <dd>{locale === "en" ? dossier.receivingAgency.nameEn : dossier.receivingAgency.name}</dd>
        <dt className="font-semibold">{t("dossiers.submittedAt")}</dt>
        <dd>{formatDateTime(dossier.submittedAt)}</dd>
        {dossier.status === "NEW" ? (
          <>
            <dt className="font-semibold">{t("detail.receptionBy")}</dt>
            <dd>{formatDateTime(timeline.receptionBy)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("dossiers.dueAt")}</dt>
        <dd>{dossier.dueAt ? formatDateTime(dossier.dueAt) : "—"}</dd>
        {dossier.extendedDueAt && !dossier.finishedAt ? (
          <>
            <dt className="font-semibold">{t("detail.extendedDueAt")}</dt>
            <dd>
              <strong>{formatDateTime(dossier.extendedDueAt)}</strong>
            </dd>
          </>
        ) : null}
        {dossier.finishedAt ? (
          <>
            <dt className="font-semibold">{t("detail.finishedAt")}</dt>
            <dd>{formatDateTime(dossier.finishedAt)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={`/my/dossiers/${dossier.id}/receipt`}>{t("detail.receipt")}</a>
        {(RATEABLE_STATUSES as readonly string[]).includes(dossier.status) ? <Link href={`/rate/${dossier.id}`}>{tr("title")}</Link> : null}
        <Link href={`/feedback/new?dossier=${dossier.id}`}>{tfb("send")}</Link>
      </p>
      {sp.supplemented === "1" && (
        <p role="status" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          {td("supplementSent")}
          {justSent.length > 0 ? (
            <>
              <span className="mt-2 block font-semibold">{td("supplementSentFiles")}</span>
              <span className="block">{justSent.map((f) => f.originalName).join("; ")}</span>
            </>
          ) : null}
        </p>
      )}
      <SupplementRequest dossierId={dossier.id} error={supplementError} />
      <WithdrawalRequest
        dossierId={dossier.id}
        status={typeof sp.withdrawal === "string" ? sp.withdrawal : undefined}
        error={typeof sp.withdrawalError === "string" ? sp.withdrawalError.slice(0, 20) : undefined}
      />
      <DossierPayments dossierId={dossier.id} error={typeof sp.payError === "string" ? sp.payError.slice(0, 40) : undefined} />
      {finished ? null : <p className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">{t("detail.readOnly")}</p>}

      {results.length > 0 || resultNumber ? (
        <section aria-labelledby="result" className="mt-8 rounded border-2 border-ok-700 p-4">
          <h2 id="result" className="text-2xl">
            {t("detail.result")}
          </h2>
          {issued.size > 0 ? <p className="mt-1">{te("lead")}</p> : null}
          {resultNumber ? (
            <p className="mt-2">
              {t("detail.resultNumber")}: <strong>{resultNumber}</strong>
            </p>
          ) : null}
          {results.length === 0 ? <p className="mt-2">{t("detail.resultAtDesk")}</p> : null}
          <ul className="mt-2 space-y-2">
            {results.map((f) => {
              const r = issued.get(f.id);
              return (
                <li key={f.id} data-testid={r ? "e-result" : undefined}>
                  <a href={`/api/files/${f.id}`} className="font-semibold">
                    {r ? te("download", { reference: r.reference }) : f.originalName}
                  </a>{" "}
                  <span className="text-sm text-muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
                  {r ? (
                    <p className="text-sm">
                      {r.signed && r.signedAt ? te("signedBy", { signer: r.signerName ?? "", time: formatDateTime(r.signedAt) }) : te("unsigned")}
                      {r.revokedAt ? ` · ${te("revoked", { date: formatDay(r.revokedAt) })}` : ""}
                      {" · "}
                      <Link href={`/verify/${r.id}`}>{te("verify")}</Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <h2 className="mt-8 text-2xl">{t("detail.applicant")}</h2>
      <dl className="mt-3 divide-y divide-line border-y border-line">
        {person.map((r) => (
          <div key={r.domId} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="break-words">{r.value}</dd>
          </div>
        ))}
        {dossier.onBehalf ? (
          <div className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
            <dt className="font-semibold">{t("detail.filedBy")}</dt>
            <dd>{String((applicant.filedBy as { fullName?: string } | undefined)?.fullName ?? "")}</dd>
          </div>
        ) : null}
      </dl>

      {sections.map((s) => (
        <section key={s.id} aria-label={s.title}>
          <h2 className="mt-8 text-2xl">{s.title}</h2>
          <dl className="mt-3 divide-y divide-line border-y border-line">
            {s.rows.map((r) => (
              <div key={r.domId + r.label} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
                <dt className="font-semibold">{r.label}</dt>
                <dd className="break-words">{r.value || "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <h2 className="mt-8 text-2xl">{t("detail.files")}</h2>
      {submitted.length === 0 ? <p className="mt-2">{t("detail.noFiles")}</p> : null}
      <ul className="mt-3 space-y-2">
        {submitted.map((f) => (
          <li key={f.id}>
            <span className="font-semibold">{f.component?.name ?? t("detail.otherFile")}</span>:{" "}
            <a href={`/api/files/${f.id}`}>{f.originalName}</a> <span className="text-sm text-muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl">{t("detail.history")}</h2>
      <ol className="mt-3 space-y-3 border-l-4 border-brand-100 pl-4">
        {dossier.events.map((e) => (
          <li key={String(e.id)}>
            {/* Each step named as tracking names it, then the status it led to. */}
            <p className="font-semibold">{tt.has(`actions.${e.action}`) ? tt(`actions.${e.action}`) : tt("actions.other")}</p>
            <p className="text-sm text-muted">
              {ts(e.toStatus)} · {formatDateTime(e.createdAt)}
              {e.agency ? ` · ${locale === "en" ? e.agency.nameEn : e.agency.name}` : ""}
            </p>
            {e.reason && reasonIsForApplicant(e.action) ? <p>{e.reason}</p> : null}
          </li>
        ))}
      </ol>
      <p className="mt-8">
        <Link href="/my/dossiers">{t("detail.back")}</Link>
      </p>
    </div>
  );
}
