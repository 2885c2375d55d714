import { formatDateTime } from "@/lib/domain/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { AppError } from "@/lib/server/errors";
import { getFeedbackForOfficer, suggestedPublicText } from "@/lib/server/feedback/feedback";
import { answerAction, publishAction, unpublishAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.office");
  return { title: t("answerTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OfficeFeedbackDetail({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireOfficer(`/office/feedback/${id}`);
  const t = await getTranslations("feedback");
  const tRoot = await getTranslations();
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  let fb;
  try {
    fb = await getFeedbackForOfficer(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  }
  const errorKey = typeof sp.error === "string" && /^feedback\.errors\.[a-zA-Z]+$/.test(sp.error) && tRoot.has(sp.error) ? sp.error : null;
  const suggested = suggestedPublicText(fb);
  const open = fb.status === "OPEN" || fb.status === "REOPENED";
  return (
    <div className="container-page max-w-4xl py-8">
      <p><Link href="/office/feedback">{t("office.back")}</Link></p>
      <h1 className="mt-4 text-3xl">{fb.subject}</h1>
      {errorKey ? <p role="alert" className="mt-4 rounded border-l-4 border-accent-700 bg-white p-3 font-semibold text-accent-700">{tRoot(errorKey)}</p> : null}
      {sp.done === "answered" ? <p role="status" className="mt-4 rounded border-l-4 border-ok-700 p-3 font-semibold text-ok-700">{t("office.answered")}</p> : null}
      {sp.done === "published" ? <p role="status" className="mt-4 rounded border-l-4 border-ok-700 p-3 font-semibold text-ok-700">{t("office.published")}</p> : null}
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("code")}</dt>
        <dd className="font-mono">{fb.code}</dd>
        <dt className="font-semibold">{t("office.sender")}</dt>
        <dd>{fb.sender.fullName}{fb.sender.email ? ` · ${fb.sender.email}` : ""}</dd>
        <dt className="font-semibold">{t("office.about")}</dt>
        <dd>
          {t(`targets.${fb.target}`)}
          {fb.procedure ? ` · ${fb.procedure.code} ${fb.procedure.currentVersion?.name ?? ""}` : ""}
          {fb.dossier ? ` · ${fb.dossier.code}` : ""}
        </dd>
        <dt className="font-semibold">{t("agency")}</dt>
        <dd>{en ? fb.agency.nameEn : fb.agency.name}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statuses.${fb.status}`)}</dd>
        <dt className="font-semibold">{t("dueAt")}</dt>
        <dd>{formatDateTime(fb.dueAt)}</dd>
      </dl>
      <h2 className="mt-6 text-xl">{t("question")}</h2>
      <p className="mt-2 whitespace-pre-line">{fb.body}</p>
      {fb.reopenReason ? <p className="mt-2 rounded bg-brand-50 p-3"><strong>{t("reopenReason")}:</strong> {fb.reopenReason}</p> : null}
      {fb.files.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {fb.files.map((f) => (
            <li key={f.id}><a href={`/api/feedback-files/${f.id}`}>{f.originalName}</a></li>
          ))}
        </ul>
      ) : null}
      {fb.answer ? (
        <div className="mt-4 rounded bg-brand-50 p-3">
          <h2 className="font-semibold">{t("answer")}</h2>
          <p className="whitespace-pre-line">{fb.answer}</p>
        </div>
      ) : null}

      {open ? (
        <form action={answerAction} className="mt-8 grid gap-2 rounded-lg border-2 border-line p-4">
          <h2 className="text-xl">{t("office.answerTitle")}</h2>
          <input type="hidden" name="id" value={fb.id} />
          <label htmlFor="fb-answer" className="font-semibold">{t("office.answer")}</label>
          <textarea id="fb-answer" name="answer" rows={6} maxLength={5000} className="input" />
          <div><button type="submit" className="btn btn-primary">{t("office.answerSubmit")}</button></div>
        </form>
      ) : null}

      {fb.status === "ANSWERED" ? (
        <form action={publishAction} className="mt-8 grid gap-3 rounded-lg border-2 border-line p-4">
          <h2 className="text-xl">{t("office.publishTitle")}</h2>
          <p className="text-muted">{t("office.publishLead")}</p>
          <input type="hidden" name="id" value={fb.id} />
          <label htmlFor="fb-ps" className="font-semibold">{t("office.publicSubject")}</label>
          <input id="fb-ps" name="publicSubject" defaultValue={fb.publicSubject ?? suggested.publicSubject} className="input" />
          <label htmlFor="fb-pb" className="font-semibold">{t("office.publicBody")}</label>
          <textarea id="fb-pb" name="publicBody" rows={5} defaultValue={fb.publicBody ?? suggested.publicBody} className="input" />
          <label htmlFor="fb-pa" className="font-semibold">{t("office.publicAnswer")}</label>
          <textarea id="fb-pa" name="publicAnswer" rows={5} defaultValue={fb.publicAnswer ?? suggested.publicAnswer} className="input" />
          <div><button type="submit" className="btn btn-primary">{t("office.publish")}</button></div>
        </form>
      ) : null}
      {fb.published ? (
        <form action={unpublishAction} className="mt-4">
          <input type="hidden" name="id" value={fb.id} />
          <button type="submit" className="btn btn-secondary">{t("office.unpublish")}</button>
        </form>
      ) : null}
    </div>
  );
}
