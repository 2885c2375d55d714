import type { Metadata } from "next";
import { DossierPayments } from "@/components/payments/dossier-payments";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Countdown } from "@/components/office/countdown";
import { formatDate, formatDateTime } from "@/components/office/format";
import { StatusBadge } from "@/components/office/status-badge";
import { ActionForm } from "@/components/office/action-form";
import { OfficeResults } from "@/components/e-results/office-results";
import { toLocalDate } from "@/lib/domain/calendar";
import { applicantForm, describeAnswers } from "@/lib/domain/forms";
import { formatResultNumber } from "@/lib/domain/result-number";
import { isAction } from "@/lib/domain/workflow";
import { componentKind, DOCUMENT_KINDS, isDocumentKind } from "@/lib/domain/document-store";
import { digitiseAction } from "@/lib/server/document-store/actions";
import { DateInput } from "@/components/ui/date-input";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { getDossierForOfficer } from "@/lib/server/backoffice/view";
import { AppError } from "@/lib/server/errors";
import { communeOptions, listCommunes } from "@/lib/server/dossiers/procedures";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(id: string) {
  const actor = await requireOfficer(`/office/dossiers/${id}`);
  try {
    return { actor, view: await getDossierForOfficer(actor, id) };
  } catch (e) {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const { view } = await load(id);
  return { title: view.dossier.code, robots: { index: false } };
}

export default async function DossierPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const { actor, view } = await load(id);
  const t = await getTranslations("office");
  const tstore = await getTranslations("store");
  const locale = await getLocale();
  const d = view.dossier;
  const str = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const tforms = await getTranslations("forms");
  const dateWords = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const done = str("done");
  const errorKey = str("error");
  const errorFor = str("for");
  const issue = str("issue");
  const storeError = str("storeError");
  /** What was typed in a file's digitising form that was refused. */
  const back = (fileId: string, k: string) => (str("file") === fileId && storeError ? (str(k) ?? "").slice(0, 200) : "");
  const errorText =
    errorKey === "unexpected"
      ? t("errors.unexpected", { id: str("errorId") ?? "?" })
      : errorKey && t.has(`errors.${errorKey}`)
        ? t(`errors.${errorKey}`)
        : errorKey
          ? t("errors.invalidInput")
          : null;
  const issueText = issue && issue.startsWith("office.validation.") && t.has(issue.slice(7)) ? t(issue.slice(7)) : null;
  const dl = view.deadline;
  const tf = await getTranslations("filing");
  const words = { yes: tf("yes"), no: tf("no"), item: (label: string, n: number) => `${label} ${n}` };
  const person = describeAnswers(applicantForm({ communes: communeOptions(await listCommunes()) }), view.applicant, locale, words)
    .flatMap((s) => s.rows)
    .filter((r) => r.value);
  const sections = describeAnswers(view.form, view.answers, locale, words);
  const nextWorkingDay = toLocalDate(new Date(view.now.getTime() + 86400_000));

  return (
    <div className="container-page py-6">
      <p className="no-print">
        <Link href="/office">← {t("dossier.back")}</Link>
      </p>
      {errorText && (
        <div role="alert" className="mt-4 rounded border-4 border-accent-700 p-4" aria-labelledby="error-title">
          <h2 id="error-title" className="text-xl">
            {t("dossier.errorTitle")}
          </h2>
          <p className="mt-1">
            {errorFor && isAction(errorFor) ? <a href={`#action-${errorFor}`}>{errorText}</a> : errorText}
          </p>
          {issueText && <p className="mt-1">{issueText}</p>}
        </div>
      )}
      {done && isAction(done) && !errorText && (
        <div role="status" className="mt-4 rounded border-4 border-ok-700 p-4">
          {t("dossier.done", { action: t(`actions.${done}`) })}
        </div>
      )}

      <h1 className="mt-4 text-3xl break-all">{d.code}</h1>
      <p className="mt-1 text-lg">{view.procedure.name}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={d.status} />
        {d.step && <span className="text-muted">{t(`steps.${d.step}`)}</span>}
      </div>
      <DossierPayments dossierId={d.id} error={str("payError")?.slice(0, 40)} paid={str("paid") === "1"} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="deadline">
            <h2 id="deadline" className="text-2xl">
              {t("dossier.deadline")}
            </h2>
            {d.finishedAt ? (
              // A finished dossier has no time left to count: when it finished, and whether on time.
              <p className="mt-2 text-lg">
                {t("dossier.finishedOn", { date: formatDateTime(d.finishedAt, locale) })}
                {view.onTime !== null && <strong className={view.onTime ? "" : "text-accent-700"}> · {t(view.onTime ? "dossier.onTime" : "dossier.late")}</strong>}
              </p>
            ) : (
              <p className={`mt-2 text-lg ${dl.late ? "text-accent-700" : ""}`}>
                <Countdown minutes={dl.remainingMinutes} perDay={dl.workingMinutesPerDay} paused={dl.paused} />
              </p>
            )}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("dossier.submittedAt")}</dt>
              <dd>{formatDateTime(d.submittedAt, locale)}</dd>
              <dt className="font-semibold">{t("dossier.receivedAt")}</dt>
              <dd>{formatDateTime(d.receivedAt, locale)}</dd>
              {dl.receptionDueAt && (
                <>
                  <dt className="font-semibold">{t("dossier.receptionDueAt")}</dt>
                  <dd>{formatDateTime(dl.receptionDueAt, locale)}</dd>
                </>
              )}
              <dt className="font-semibold">{t("dossier.dueAt")}</dt>
              <dd>{formatDateTime(d.dueAt, locale)}</dd>
              {dl.extendedDueAt && (
                <>
                  <dt className="font-semibold">{t("dossier.extendedDueAt")}</dt>
                  <dd>{formatDateTime(dl.extendedDueAt, locale)}</dd>
                </>
              )}
              {dl.stageDueAt && (
                <>
                  <dt className="font-semibold">{t("dossier.stageDueAt")}</dt>
                  <dd>{formatDateTime(dl.stageDueAt, locale)}</dd>
                </>
              )}
              {formatResultNumber(d) && (
                <>
                  <dt className="font-semibold">{t("dossier.resultNumber")}</dt>
                  <dd>{formatResultNumber(d)}</dd>
                </>
              )}
              <dt className="font-semibold">{t("dossier.currentAgency")}</dt>
              <dd>{d.currentAgency.name}</dd>
              <dt className="font-semibold">{t("dossier.assignee")}</dt>
              <dd>{view.assigneeName ?? "—"}</dd>
              <dt className="font-semibold">{t("dossier.channel")}</dt>
              <dd>{t(`dossier.channels.${d.channel}`)}</dd>
              {view.procedure.field && (
                <>
                  <dt className="font-semibold">{t("dossier.field")}</dt>
                  <dd>{locale === "en" ? view.procedure.field.nameEn : view.procedure.field.name}</dd>
                </>
              )}
            </dl>
          </section>

          {view.legs.length > 1 && (
            <section aria-labelledby="route">
              <h2 id="route" className="text-2xl">
                {t("dossier.route")}
              </h2>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {view.legs.map((leg, i) => (
                  <li key={i} aria-current={leg.current ? "step" : undefined} className={leg.current ? "font-semibold" : ""}>
                    {leg.agencyName ?? leg.agencyKind} — {leg.description} ({t("dossier.legLimit", { value: leg.timeLimit, unit: t(`dossier.units.${leg.timeUnit}`) })})
                    {leg.current && <span> · {t("dossier.current")}</span>}
                  </li>
                ))}
              </ol>
            </section>
          )}

          {view.proposal && (
            <section aria-labelledby="proposal" className="rounded border-2 border-brand-700 p-4">
              <h2 id="proposal" className="text-2xl">
                {t("dossier.proposal")}
              </h2>
              <p className="mt-2 font-semibold">{t(`dossier.outcomes.${view.proposal.data.outcome === "REFUSE" ? "REFUSE" : "GRANT"}`)}</p>
              <p className="mt-1 whitespace-pre-line">{String(view.proposal.data.examination ?? "")}</p>
              <p className="mt-1 text-sm text-muted">
                {view.proposal.actorName} · {formatDateTime(view.proposal.at, locale)}
              </p>
            </section>
          )}

          {view.supplementRequest && (
            <section aria-labelledby="supplement">
              <h2 id="supplement" className="text-2xl">
                {t("dossier.supplementItems")}
              </h2>
              <ul className="mt-2 list-disc pl-6">
                {((view.supplementRequest.data.items as Array<{ name: string }> | undefined) ?? []).map((it, i) => (
                  <li key={i}>{it.name}</li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="applicant">
            <h2 id="applicant" className="text-2xl">
              {t("dossier.applicant")}
            </h2>
            <dl className="mt-2 divide-y divide-line border-y border-line">
              {person.map((r) => (
                <div key={r.domId} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
                  <dt className="font-semibold">{r.label}</dt>
                  <dd className="break-words">{r.value}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="answers">
            <h2 id="answers" className="text-2xl">
              {t("dossier.answers")}
            </h2>
            {sections.map((sec) => (
              <div key={sec.id}>
                <h3 className="mt-3 text-lg">{sec.title}</h3>
                <dl className="mt-1 divide-y divide-line border-y border-line">
                  {sec.rows.map((r) => (
                    <div key={r.domId + r.label} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr]">
                      <dt className="font-semibold">{r.label}</dt>
                      <dd className="break-words">{r.value || "—"}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </section>

          <section aria-labelledby="documents">
            <h2 id="documents" className="text-2xl">
              {t("dossier.documents")}
            </h2>
            {str("digitised") === "1" ? (
              <p role="status" className="mt-2 font-semibold">
                {tstore("office.done")}
              </p>
            ) : null}
            {storeError ? (
              <p role="alert" className="mt-2 font-semibold text-accent-700">
                {tstore.has(`errors.${storeError}`) ? tstore(`errors.${storeError}`) : tstore("errors.generic")}
              </p>
            ) : null}
            {view.files.length === 0 ? (
              <p className="mt-2">{t("dossier.noDocuments")}</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {view.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/office/dossiers/${d.id}/files/${f.id}`} target="_blank" rel="noopener">
                      {t("dossier.view", { name: f.componentName ?? f.name })}
                    </a>{" "}
                    <span className="text-sm text-muted">
                      ({t(`dossier.fileKinds.${f.kind}`)} · {f.name} · {Math.max(1, Math.round(f.size / 1024))} KB)
                    </span>
                    {f.fromStore ? (
                      <p className="mt-1 inline-block rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold" data-verified="store">
                        ✓{" "}
                        {tstore("office.verified", { kind: tstore(`kinds.${isDocumentKind(f.fromStore.kind) ? f.fromStore.kind : "OTHER"}`), number: f.fromStore.number || "—", issuer: f.fromStore.issuer })}
                        {f.fromStore.issuedOn ? ` (${formatDate(f.fromStore.issuedOn, locale)})` : ""}
                      </p>
                    ) : null}
                    {f.digitised ? <p className="mt-1 text-sm font-semibold">{tstore("office.digitised")}</p> : null}
                    {view.canDigitise && !f.digitised && !f.fromStore && (f.kind === "SUBMISSION" || f.kind === "SUPPLEMENT") ? (
                      <details className="mt-1" open={str("file") === f.id}>
                        <summary className="cursor-pointer text-sm font-semibold">
                          {tstore("office.digitise")}
                          <span className="sr-only">: {f.componentName ?? f.name}</span>
                        </summary>
                        <form action={digitiseAction} className="mt-2 grid max-w-xl gap-2 rounded border-2 border-line p-3">
                          {/* A refused form comes back with what was typed (lib/server/document-store/actions.ts). */}
                          <input type="hidden" name="dossierId" value={d.id} />
                          <input type="hidden" name="fileId" value={f.id} />
                          <label className="font-semibold" htmlFor={`kind-${f.id}`}>{tstore("office.kind")}</label>
                          <select id={`kind-${f.id}`} name="kind" defaultValue={(back(f.id, "kind") || componentKind(f.componentName ?? "")) ?? "OTHER"} className="input">
                            {DOCUMENT_KINDS.map((k) => (
                              <option key={k} value={k}>
                                {tstore(`kinds.${k}`)}
                              </option>
                            ))}
                          </select>
                          <label className="font-semibold" htmlFor={`title-${f.id}`}>{tstore("office.title")}</label>
                          <input id={`title-${f.id}`} name="title" defaultValue={back(f.id, "title") || (f.componentName ?? "")} maxLength={200} className="input" />
                          <label className="font-semibold" htmlFor={`issuer-${f.id}`}>{tstore("office.issuer")}</label>
                          <input id={`issuer-${f.id}`} name="issuer" required maxLength={200} defaultValue={back(f.id, "issuer")} className="input" />
                          <label className="font-semibold" htmlFor={`number-${f.id}`}>{tstore("office.number")}</label>
                          <input id={`number-${f.id}`} name="number" maxLength={60} defaultValue={back(f.id, "number")} className="input" />
                          <fieldset>
                            <legend className="font-semibold">{tstore("office.issuedOn")}</legend>
                            <DateInput id={`issuedOn-${f.id}`} name="issuedOn" value={back(f.id, "issuedOn")} words={dateWords} invalid={str("file") === f.id && storeError === "issuedOn"} />
                          </fieldset>
                          <label className="flex items-start gap-2">
                            <input type="checkbox" name="matchesOriginal" required className="mt-1" />
                            <span>{tstore("office.matchesOriginal")}</span>
                          </label>
                          <button type="submit" className="btn btn-primary justify-self-start">
                            {tstore("office.submit")}
                          </button>
                        </form>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <OfficeResults dossierId={d.id} canRevoke={actor.role === "LEADER"} revoked={str("resultRevoked") === "1"} revokeError={str("revokeError") === "1"} />

          <section aria-labelledby="history">
            <h2 id="history" className="text-2xl">
              {t("dossier.history")}
            </h2>
            <ol className="mt-2 space-y-3 border-l-4 border-brand-100 pl-4">
              {view.history.map((h) => (
                <li key={h.id}>
                  <p className="font-semibold">
                    {t.has(`actions.${h.action}`) ? t(`actions.${h.action}`) : h.action} → {t(`statuses.${h.to}`)}
                  </p>
                  <p className="text-sm text-muted">
                    <time dateTime={h.at.toISOString()}>{formatDateTime(h.at, locale)}</time> ·{" "}
                    {h.actorName ? t("dossier.by", { name: h.actorName, role: h.actorRole ? t(`roles.${h.actorRole}`) : "—" }) : t("dossier.system")}
                    {h.agencyName && <> · {t("dossier.at", { agency: h.agencyName })}</>}
                  </p>
                  {h.reason && <p className="whitespace-pre-line">{h.reason}</p>}
                  {Array.isArray(h.data.items) && (
                    <ul className="list-disc pl-6">
                      {(h.data.items as Array<{ name: string }>).map((it, i) => (
                        <li key={i}>{it.name}</li>
                      ))}
                    </ul>
                  )}
                  {typeof h.data.newDueAt === "string" && (
                    <p>
                      {t("dossier.extendedDueAt")}: {formatDate(h.data.newDueAt, locale)}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="min-w-0 space-y-8" aria-label={t("dossier.actions")}>
          <section aria-labelledby="actions">
            <h2 id="actions" className="text-2xl">
              {t("dossier.actions")}
            </h2>
            {view.actions.length === 0 ? (
              <p className="mt-2">{t("dossier.noActions")}</p>
            ) : (
              <div className="mt-2 space-y-3">
                {view.actions.map((a) => (
                  <ActionForm
                    key={a}
                    action={a}
                    dossierId={d.id}
                    version={d.version}
                    open={errorFor === a || view.actions.length === 1}
                    specialists={view.specialists}
                    redirectAgencies={view.redirectAgencies}
                    returnMethod={view.returnMethod}
                    proposedResult={view.proposedResult}
                    minDate={nextWorkingDay}
                  />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="forms">
            <h2 id="forms" className="text-2xl">
              {t("dossier.forms")}
            </h2>
            <ul className="mt-2 space-y-2">
              {view.documents.map((k) => (
                <li key={k}>
                  <a href={`/office/dossiers/${d.id}/documents/${k}`}>{t("documentKinds.pdf", { name: t(`documentKinds.${k}`) })}</a>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
