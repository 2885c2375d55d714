import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/server/auth/session";
import { listMyFeedback } from "@/lib/server/feedback/feedback";
import { reopenAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("mine"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const ERROR_KEYS = new Set(["feedback.errors.reasonShort", "feedback.errors.bodyLong", "feedback.errors.notAnswered", "feedback.errors.reopenedOnce"]);

export default async function MyFeedbackPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/feedback/mine");
  const t = await getTranslations("feedback");
  const tRoot = await getTranslations();
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const sp = await searchParams;
  const errorKey = typeof sp.error === "string" && ERROR_KEYS.has(sp.error) ? sp.error : null;
  const errorId = typeof sp.id === "string" ? sp.id : null;
  const items = await listMyFeedback(user.id);
  const now = new Date();
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("mine")}</h1>
      <p className="mt-4">
        <Link href="/feedback/new" className="btn btn-primary">{t("send")}</Link>
      </p>
      {sp.reopened === "1" ? (
        <p role="status" className="mt-6 rounded border-l-4 border-ok-700 bg-white p-3 font-semibold text-ok-700">{t("reopened")}</p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <ul className="mt-6 grid gap-4">
          {items.map((fb) => {
            const overdue = (fb.status === "OPEN" || fb.status === "REOPENED") && fb.dueAt < now;
            return (
              <li key={fb.id} id={`fb-${fb.id}`} className="rounded-lg border-2 border-line p-5">
                <h2 className="text-xl">{fb.subject}</h2>
                <dl className="mt-2 grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("code")}</dt>
                  <dd className="font-mono">{fb.code}</dd>
                  <dt className="font-semibold">{t("status")}</dt>
                  <dd>
                    {t(`statuses.${fb.status}`)}
                    {overdue ? <strong className="ml-2 text-accent-700">({t("overdue")})</strong> : null}
                  </dd>
                  <dt className="font-semibold">{t("agency")}</dt>
                  <dd>{en ? fb.agency.nameEn : fb.agency.name}</dd>
                  <dt className="font-semibold">{t("sentAt")}</dt>
                  <dd>{format.dateTime(fb.createdAt, { dateStyle: "medium" })}</dd>
                  <dt className="font-semibold">{t("dueAt")}</dt>
                  <dd>{format.dateTime(fb.dueAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                </dl>
                <p className="mt-3 whitespace-pre-line">{fb.body}</p>
                {fb.files.length > 0 ? (
                  <p className="mt-2 text-sm">
                    {t("attachments")}:{" "}
                    {fb.files.map((f, i) => (
                      <span key={f.id}>
                        {i > 0 ? ", " : ""}
                        <a href={`/api/feedback-files/${f.id}`}>{f.originalName}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
                {fb.answer ? (
                  <div className="mt-3 rounded bg-brand-50 p-3">
                    <h3 className="font-semibold">{t("answer")}</h3>
                    <p className="whitespace-pre-line">{fb.answer}</p>
                  </div>
                ) : null}
                {fb.status === "ANSWERED" && !fb.reopenedAt ? (
                  <form action={reopenAction} className="mt-4 grid gap-2">
                    <input type="hidden" name="id" value={fb.id} />
                    <label htmlFor={`reason-${fb.id}`} className="font-semibold">{t("reopenReason")}</label>
                    {errorKey && errorId === fb.id ? (
                      <p id={`reason-${fb.id}-error`} className="font-semibold text-accent-700" role="alert">{tRoot(errorKey)}</p>
                    ) : null}
                    <textarea
                      id={`reason-${fb.id}`}
                      name="reason"
                      rows={3}
                      maxLength={2000}
                      aria-describedby={errorKey && errorId === fb.id ? `reason-${fb.id}-error` : undefined}
                      aria-invalid={errorKey && errorId === fb.id ? true : undefined}
                      className="input"
                    />
                    <div>
                      <button type="submit" className="btn btn-secondary">{t("reopenSubmit")}</button>
                    </div>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
