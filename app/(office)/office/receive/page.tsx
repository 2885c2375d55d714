import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CounterForm, type CounterFormLabels, type CounterFormState } from "@/components/desk/counter-form";
import { vietnamToday } from "@/lib/domain/forms";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { applicantAnswersOf, counterProcedure, findApplicants, handledHere } from "@/lib/server/backoffice/counter";
import { searchProcedures } from "@/lib/server/catalog";
import { notFound } from "next/navigation";
import { receiveCounterDossier, refuseCounterDossier } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.receive");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FORM_KEYS: Record<string, string> = {
  ORIGINAL: "formOriginal",
  COPY: "formCopy",
  CERTIFIED_COPY: "formCertifiedCopy",
  ORIGINAL_OR_COPY: "formOriginalOrCopy",
  PRESENT_ORIGINAL: "formPresentOriginal",
};

export default async function ReceivePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOfficer("/office/receive");
  if (actor.role !== "RECEPTION") notFound();
  const raw = await searchParams;
  const one = (k: string) => {
    const v = raw[k];
    return (Array.isArray(v) ? v[0] : v)?.slice(0, 100) ?? "";
  };
  const t = await getTranslations("desk.receive");
  const te = await getTranslations("desk.errors");
  const code = one("procedure");
  const q = one("q").trim();
  const find = one("find").trim();
  const accountId = one("account");
  const procedure = code ? await counterProcedure(actor, code) : null;
  const hits = !procedure && q ? (await searchProcedures({ q, pageSize: 10 })).items : [];
  const matches = procedure && find ? await findApplicants(actor, find) : [];
  const prefill = procedure && accountId ? await applicantAnswersOf(actor, accountId) : null;

  const tforms = await getTranslations("forms");
  const labels: CounterFormLabels = {
    errorTitle: t("errorTitle"),
    messages: {
      "desk.errors.incomplete": te("incomplete"),
      "desk.errors.invalidInput": te("invalidInput"),
      "desk.errors.notHandledHere": te("notHandledHere"),
      "desk.errors.channel": te("channel"),
      "desk.errors.postmark": te("postmark"),
      "desk.errors.upload": te("upload"),
      "desk.errors.unexpected": te("unexpected"),
      "field.applicant": te("applicantFields"),
      "field.answers": te("answerFields"),
    },
    applicantHeading: t("applicantHeading"),
    componentsHeading: t("componentsHeading"),
    componentsHint: t("componentsHint"),
    component: t("component"),
    original: t("original"),
    copy: t("copy"),
    count: t("count"),
    scans: t("scans"),
    scansHint: t("scansHint"),
    required: t("required"),
    missingComponent: t("missingComponent"),
    questionsHeading: t("questionsHeading"),
    channelHeading: t("channelHeading"),
    channels: { COUNTER: t("channelCounter"), POST: t("channelPost") },
    postmark: t("postmark"),
    postmarkHint: t("postmarkHint"),
    dateWords: { day: tforms("day"), month: tforms("month"), year: tforms("year") },
    note: t("note"),
    submit: t("submit"),
    sending: t("sending"),
  };
  const initial: CounterFormState = { messageKey: null, fieldErrors: [], missingComponents: [], values: { applicant: prefill ?? {}, answers: {}, checklist: {} } };
  const refuseError = one("refuseError");
  const base = `/office/receive?procedure=${encodeURIComponent(code)}`;

  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("lead")}</p>

      {!procedure ? (
        <section aria-labelledby="procedure-heading" className="mt-6">
          <h2 id="procedure-heading" className="text-xl">
            {t("procedureHeading")}
          </h2>
          {code && <p className="font-semibold text-accent-700">{te("procedureNotFound")}</p>}
          <form method="get" action="/office/receive" className="mt-2 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="q" className="block font-semibold">
                {t("procedureSearch")}
              </label>
              <input id="q" name="q" type="search" defaultValue={q} className="input w-80 max-w-full" />
            </div>
            <button type="submit" className="btn btn-secondary">
              {t("search")}
            </button>
          </form>
          {q && (
            <ul className="mt-4 space-y-2">
              {hits.length === 0 && <li>{t("noProcedure")}</li>}
              {hits.map((h) => (
                <li key={h.code}>
                  <Link href={`/office/receive?procedure=${encodeURIComponent(h.code)}`} className="font-semibold">
                    {h.name}
                  </Link>{" "}
                  <span className="text-sm text-muted">
                    {h.code} · {h.timeLimitText}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="chosen-heading" className="mt-6 rounded border border-line p-4">
            <h2 id="chosen-heading" className="text-xl">
              {procedure.name}
            </h2>
            <p className="text-sm text-muted">
              {procedure.code} · {procedure.timeLimitText}
            </p>
            {!handledHere(actor, procedure) && <p className="mt-2 font-semibold text-accent-700">{te("notHandledHere")}</p>}
            <Link href="/office/receive" className="mt-2 inline-block">
              {t("changeProcedure")}
            </Link>
          </section>

          <section aria-labelledby="find-heading" className="mt-6">
            <h2 id="find-heading" className="text-xl">
              {t("findHeading")}
            </h2>
            <form method="get" action="/office/receive" className="mt-2 flex flex-wrap items-end gap-2">
              <input type="hidden" name="procedure" value={procedure.code} />
              <div>
                <label htmlFor="find" className="block font-semibold">
                  {t("findLabel")}
                </label>
                <p id="find-hint" className="text-sm text-muted">
                  {t("findHint")}
                </p>
                <input id="find" name="find" type="search" defaultValue={find} aria-describedby="find-hint" className="input w-80 max-w-full" />
              </div>
              <button type="submit" className="btn btn-secondary">
                {t("search")}
              </button>
            </form>
            {find && (
              <ul className="mt-3 space-y-2">
                {matches.length === 0 && <li>{t("noAccount")}</li>}
                {matches.map((m) => (
                  <li key={m.id}>
                    <Link href={`${base}&account=${m.id}`} className="font-semibold">
                      {m.fullName}
                    </Link>{" "}
                    <span className="text-sm text-muted">{[m.citizenId, m.phone, m.email].filter(Boolean).join(" · ")}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm">{prefill ? t("prefilled") : t("withoutAccount")}</p>
          </section>

          <CounterForm
            key={accountId || "new"}
            action={receiveCounterDossier}
            procedureCode={procedure.code}
            applicantForm={procedure.applicantForm}
            form={procedure.form}
            components={procedure.components.map((c) => ({
              id: c.id,
              name: c.name,
              formLabel: t(FORM_KEYS[c.form] ?? "formCopy"),
              count: c.count,
              required: c.required,
              accept: c.acceptedTypes.join(","),
            }))}
            channels={(["COUNTER", "POST"] as const).filter((c) => procedure.channels.includes(c))}
            initial={initial}
            today={vietnamToday()}
            labels={labels}
          />

          <section id="refuse" aria-labelledby="refuse-heading" className="mt-10 rounded border-2 border-accent-700 p-4">
            <h2 id="refuse-heading" className="text-xl">
              {t("refuseHeading")}
            </h2>
            <p className="text-sm text-muted">{t("refuseLead")}</p>
            {refuseError && (
              <p role="alert" className="mt-2 font-semibold text-accent-700">
                {te(["reason", "nameRequired"].includes(refuseError) ? refuseError : "invalidInput")}
              </p>
            )}
            <form action={refuseCounterDossier} className="mt-3 space-y-3">
              <input type="hidden" name="procedure" value={procedure.code} />
              <div>
                <label htmlFor="refuse-fullName" className="block font-semibold">
                  {t("refuseName")}
                </label>
                <input id="refuse-fullName" name="fullName" autoComplete="off" className="input w-80 max-w-full" />
              </div>
              <div>
                <label htmlFor="refuse-citizenId" className="block font-semibold">
                  {t("refuseCitizenId")}
                </label>
                <input id="refuse-citizenId" name="citizenId" inputMode="numeric" className="input w-48" />
              </div>
              <div>
                <label htmlFor="refuse-reason" className="block font-semibold">
                  {t("refuseReason")}
                </label>
                <p id="refuse-reason-hint" className="text-sm text-muted">
                  {t("refuseReasonHint")}
                </p>
                <textarea id="refuse-reason" name="reason" rows={3} aria-describedby="refuse-reason-hint" className="input w-full" />
              </div>
              <div>
                <label htmlFor="refuse-items" className="block font-semibold">
                  {t("refuseItems")}
                </label>
                <p id="refuse-items-hint" className="text-sm text-muted">
                  {t("refuseItemsHint")}
                </p>
                <textarea id="refuse-items" name="items" rows={3} aria-describedby="refuse-items-hint" className="input w-full" />
              </div>
              <button type="submit" className="btn btn-secondary">
                {t("refuseSubmit")}
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
