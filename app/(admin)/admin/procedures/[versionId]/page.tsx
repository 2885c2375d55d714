import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VersionEditForm } from "@/components/admin/version-edit-form";
import { DateInput } from "@/components/ui/date-input";
import { catalogChoices, getAdminVersion } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { createDraftAction, deleteDraftAction, endAction, publishAction, saveDraftAction, unscheduleAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.version");
  return { title: t("title") };
}

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VersionPage({ params, searchParams }: Props) {
  const { versionId } = await params;
  const sp = await searchParams;
  const actor = await requireAdministration(`/admin/procedures/${versionId}`);
  const view = await getAdminVersion(actor, versionId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const [t, tforms, choices] = await Promise.all([getTranslations("admin"), getTranslations("forms"), catalogChoices()]);
  const dateWords = { day: tforms("day"), month: tforms("month"), year: tforms("year") };
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const canChange = actor.role !== "INSPECTOR";
  const isAdmin = actor.role === "ADMIN";
  const editable = canChange && view.state === "draft";
  const latest = view.versions[0];
  const hasDraft = view.versions.some((x) => x.state === "draft" || x.state === "scheduled");
  const error = one("error");
  const saved = one("saved");
  const bad = one("bad").split(",").filter(Boolean);
  const other = view.versions.find((x) => x.id !== view.id);
  return (
    <div className="container-page max-w-4xl py-6">
      <p>
        <Link href="/admin/procedures">{t("version.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {view.record.name} <span className="text-lg text-muted">({view.code})</span>
      </h1>
      <p className="mt-1">{t("version.summary", { version: view.version, state: t(`procedures.states.${view.state}`) })}</p>
      {view.state === "scheduled" && view.scheduledAt ? <p className="mt-1">{t("version.scheduledFor", { at: view.scheduledAt.toISOString().slice(0, 10) })}</p> : null}
      {view.state === "ended" ? <p className="mt-1">{t("version.ended", { successor: view.successorCode ?? "—" })}</p> : null}
      {saved ? (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t(`version.saved.${saved}` as "version.saved.draft")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.generic")}
        </p>
      ) : null}

      <nav aria-label={t("version.versions")} className="mt-4">
        <h2 className="text-xl">{t("version.versions")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {view.versions.map((x) => (
            <li key={x.id}>
              {x.id === view.id ? (
                <strong>{t("version.item", { version: x.version, state: t(`procedures.states.${x.state}`) })}</strong>
              ) : (
                <Link href={`/admin/procedures/${x.id}`}>{t("version.item", { version: x.version, state: t(`procedures.states.${x.state}`) })}</Link>
              )}
            </li>
          ))}
        </ul>
        {other ? (
          <p className="mt-1">
            <Link href={`/admin/procedures/compare?a=${other.id}&b=${view.id}`}>{t("version.compareWith", { version: other.version })}</Link>
          </p>
        ) : null}
      </nav>

      <ul className="mt-4 flex flex-wrap gap-4">
        <li>
          <Link href={`/admin/procedures/${view.id}/form`}>{editable ? t("version.editForm") : t("version.viewForm")}</Link>
        </li>
        <li>
          <Link href={`/admin/procedures/${view.id}/preview`}>{t("version.preview")}</Link>
        </li>
      </ul>

      {canChange && !hasDraft && latest?.id === view.id && view.state !== "draft" ? (
        <form action={createDraftAction} className="mt-4">
          <input type="hidden" name="versionId" value={view.id} />
          <button type="submit" className="btn btn-primary">
            {t("version.newDraft")}
          </button>
        </form>
      ) : null}

      {editable ? (
        <section aria-labelledby="edit-title" className="mt-6">
          <h2 id="edit-title" className="text-2xl">
            {t("version.edit")}
          </h2>
          <div className="mt-3">
            <VersionEditForm action={saveDraftAction} versionId={view.id} initial={view.inputs} lifeEvents={choices.lifeEvents} />
          </div>
        </section>
      ) : (
        <section aria-labelledby="record-title" className="mt-6">
          <h2 id="record-title" className="text-2xl">
            {t("version.record")}
          </h2>
          <dl className="mt-2 grid gap-2">
            {Object.entries(view.inputs).map(([k, val]) => (
              <div key={k} className="border-b border-line pb-1">
                <dt className="font-semibold">{t(`edit.${k}` as "edit.name")}</dt>
                <dd className="whitespace-pre-wrap">{Array.isArray(val) ? val.join(", ") : val || "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {view.state === "draft" ? (
        <section aria-labelledby="check-title" className="mt-6 rounded border border-line p-4">
          <h2 id="check-title" className="text-xl">
            {t("version.check")}
          </h2>
          {view.issues.length === 0 ? (
            <p className="mt-1">{t("version.ready")}</p>
          ) : (
            <ul className="mt-1 list-disc pl-6">
              {view.issues.map((i) => (
                <li key={i.field + i.key}>
                  {t(`edit.${i.field}` as "edit.name")}: {t(`issues.${i.key}` as "issues.required")}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {isAdmin && view.state === "draft" ? (
        <section aria-labelledby="publish-title" className="mt-6 rounded border border-line p-4">
          <h2 id="publish-title" className="text-xl">
            {t("publish.title")}
          </h2>
          {one("publish") === "refused" ? (
            <p role="alert" className="mt-2 font-semibold text-accent-700">
              {t("publish.refused", { fields: bad.map((f) => (t.has(`edit.${f}`) ? t(`edit.${f}` as "edit.name") : t(`publish.${f}` as "publish.signer"))).join(", ") })}
            </p>
          ) : null}
          <form action={publishAction} className="mt-2 grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="versionId" value={view.id} />
            <div>
              <label htmlFor="decisionNumber" className="block font-semibold">
                {t("publish.decisionNumber")}
              </label>
              <input id="decisionNumber" name="decisionNumber" defaultValue={one("decisionNumber")} className="input mt-1 w-full" />
            </div>
            <fieldset>
              <legend className="font-semibold">{t("publish.decisionDate")}</legend>
              <DateInput id="decisionDate" name="decisionDate" value={one("decisionDate")} words={dateWords} invalid={bad.includes("decisionDate")} />
            </fieldset>
            <div>
              <label htmlFor="signer" className="block font-semibold">
                {t("publish.signer")}
              </label>
              <input id="signer" name="signer" defaultValue={one("signer")} className="input mt-1 w-full" />
            </div>
            <fieldset aria-describedby="effectiveOn-hint">
              <legend className="font-semibold">{t("publish.effectiveOn")}</legend>
              <p id="effectiveOn-hint" className="text-sm text-muted">
                {t("publish.effectiveOnHint")}
              </p>
              <DateInput id="effectiveOn" name="effectiveOn" value={one("effectiveOn")} words={dateWords} invalid={bad.includes("effectiveOn")} />
            </fieldset>
            <div>
              <button type="submit" className="btn btn-primary">
                {t("publish.submit")}
              </button>
            </div>
          </form>
        </section>
      ) : null}

      {isAdmin && view.state === "scheduled" ? (
        <form action={unscheduleAction} className="mt-6">
          <input type="hidden" name="versionId" value={view.id} />
          <button type="submit" className="btn btn-secondary">
            {t("publish.unschedule")}
          </button>
        </form>
      ) : null}

      {canChange && view.state === "draft" ? (
        <form action={deleteDraftAction} className="mt-6">
          <input type="hidden" name="versionId" value={view.id} />
          <button type="submit" className="btn btn-secondary">
            {t("version.deleteDraft")}
          </button>
        </form>
      ) : null}

      {isAdmin && view.state === "published" ? (
        <section aria-labelledby="end-title" className="mt-6 rounded border border-line p-4">
          <h2 id="end-title" className="text-xl">
            {t("end.title")}
          </h2>
          <p className="mt-1">{t("end.lead")}</p>
          <form action={endAction} className="mt-2 flex flex-wrap items-end gap-3">
            <input type="hidden" name="versionId" value={view.id} />
            <input type="hidden" name="procedureId" value={view.procedureId} />
            <div>
              <label htmlFor="successorCode" className="block font-semibold">
                {t("end.successor")}
              </label>
              <input id="successorCode" name="successorCode" defaultValue={one("successorCode")} className="input mt-1" />
            </div>
            <button type="submit" className="btn btn-secondary">
              {t("end.submit")}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
