import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Countdown } from "@/components/office/countdown";
import { ReassignmentPanel } from "@/components/office/reassignment-panel";
import { formatDateTime } from "@/components/office/format";
import { StatusBadge } from "@/components/office/status-badge";
import { isAction, OPEN_STATUSES, STATUSES } from "@/lib/domain/workflow";
import { requireOfficer } from "@/lib/server/backoffice/actor";
import { listQueue, queueCounts, queueFilterOptions, queueFilterSchema } from "@/lib/server/backoffice/queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.queue");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOfficer();
  const raw = await searchParams;
  const one = (k: string) => (Array.isArray(raw[k]) ? raw[k]![0] : raw[k]) as string | undefined;
  const filter = queueFilterSchema.parse({
    status: one("status") || undefined,
    procedureId: one("procedureId"),
    fieldId: one("fieldId"),
    dueWithin: one("dueWithin") || undefined,
    overdue: one("overdue"),
    mine: one("mine"),
    q: one("q"),
    page: one("page") ?? 1,
  });
  const [t, td, locale, list, counts, options] = await Promise.all([
    getTranslations("office"),
    getTranslations("desk"),
    getLocale(),
    listQueue(actor, filter),
    queueCounts(actor),
    queueFilterOptions(),
  ]);
  const pageHref = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v && k !== "page") p.set(k, v);
    p.set("page", String(page));
    return `/office?${p.toString()}`;
  };

  return (
    <div className="container-page py-6">
      {one("done") && isAction(one("done")) && (
        <div role="status" className="mb-4 rounded border-4 border-ok-700 p-4">
          {t("dossier.done", { action: t(`actions.${one("done")}`) })}
        </div>
      )}
      {one("notFound") === "1" && (
        <div role="alert" className="mb-4 rounded border-4 border-accent-700 p-4">
          {t("errors.notFound")}
        </div>
      )}
      <h1 className="text-3xl">{t("queue.title")}</h1>
      <p className="mt-1 text-muted">{t("queue.intro", { agency: actor.agencyName ?? "—" })}</p>
      <ReassignmentPanel actor={actor} />

      <section aria-labelledby="counts" className="mt-4">
        <h2 id="counts" className="sr-only">
          {t("queue.counts")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          <li className="rounded border border-line px-3 py-2">
            {t("queue.total")}: <strong>{counts.total}</strong>
          </li>
          <li className="rounded border-2 border-accent-700 px-3 py-2 text-accent-700">
            {t("queue.overdue")}: <strong>{counts.overdue}</strong>
          </li>
          <li className="rounded border-2 border-warn-700 px-3 py-2 text-warn-700">
            {t("queue.nearlyLate")}: <strong>{counts.nearlyLate}</strong>
          </li>
          <li className="rounded border-2 border-accent-700 px-3 py-2 text-accent-700">
            <Link href="/office?status=NEW&overdue=1">
              {td("receptionOverdue")}: <strong>{counts.receptionOverdue}</strong>
            </Link>
          </li>
          {OPEN_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/office?status=${s}`} className="block rounded border border-line px-3 py-2">
                {t(`statuses.${s}`)}: <strong>{counts.byStatus[s] ?? 0}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <form method="get" action="/office" className="mt-6 grid gap-4 rounded border border-line p-4 sm:grid-cols-2 lg:grid-cols-3" aria-labelledby="filters">
        <h2 id="filters" className="text-xl sm:col-span-2 lg:col-span-3">
          {t("queue.filters")}
        </h2>
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="q" className="block font-semibold">
            {t("queue.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className="input mt-1" />
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">
            {t("queue.status")}
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className="input mt-1">
            <option value="">{t("queue.allOpen")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="procedureId" className="block font-semibold">
            {t("queue.procedure")}
          </label>
          <select id="procedureId" name="procedureId" defaultValue={filter.procedureId ?? ""} className="input mt-1">
            <option value="">{t("queue.any")}</option>
            {options.procedures.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fieldId" className="block font-semibold">
            {t("queue.field")}
          </label>
          <select id="fieldId" name="fieldId" defaultValue={filter.fieldId ?? ""} className="input mt-1">
            <option value="">{t("queue.any")}</option>
            {options.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {locale === "en" ? f.nameEn : f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dueWithin" className="block font-semibold">
            {t("queue.dueWithin")}
          </label>
          <input id="dueWithin" name="dueWithin" type="number" min={0} max={60} inputMode="numeric" defaultValue={filter.dueWithin ?? ""} className="input mt-1" />
        </div>
        <div className="flex flex-col justify-end gap-2">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} className="h-5 w-5" />
            {t("queue.onlyOverdue")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} className="h-5 w-5" />
            {t("queue.mine")}
          </label>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className="btn btn-primary">
            {t("queue.apply")}
          </button>
          <Link href="/office" className="btn btn-secondary">
            {t("queue.reset")}
          </Link>
        </div>
      </form>

      <section aria-labelledby="results" className="mt-6">
        <h2 id="results" className="text-xl">
          {t("queue.results")} — {t("queue.page", { page: list.page })}
        </h2>
        {list.rows.length === 0 ? (
          <p className="mt-2">{t("queue.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {list.rows.map((r) => (
              <li
                key={r.id}
                className={`grid gap-1 px-2 py-3 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_minmax(0,2fr)] ${r.late ? "border-l-4 border-l-accent-700 bg-[#fdf1f0]" : r.nearlyLate ? "border-l-4 border-l-warn-700 bg-[#fff8ec]" : ""}`}
              >
                <div>
                  <Link href={`/office/dossiers/${r.id}`} className="font-semibold break-all">
                    {r.code}
                  </Link>
                  <div className="mt-1">
                    <StatusBadge status={r.status} />
                    {r.step && <span className="ml-1 text-sm text-muted">{t(`steps.${r.step}`)}</span>}
                  </div>
                </div>
                <div className="min-w-0">
                  <div>{r.applicantName}</div>
                  <div className="text-sm text-muted">{r.procedureName}</div>
                  {r.assigneeName && (
                    <div className="text-sm">
                      {t("queue.assignee")}: {r.assigneeName}
                    </div>
                  )}
                </div>
                <div>
                  <div className="text-sm">
                    {r.receptionDueAt ? t("queue.receptionDue") : t("queue.due")}: {formatDateTime(r.receptionDueAt ?? r.dueAt, locale)}
                  </div>
                  {r.nearlyLate && <strong className="text-warn-700">{t("queue.nearly")} · </strong>}
                  <Countdown minutes={r.remainingMinutes} perDay={480} paused={r.dueAt === null && ["SUPPLEMENT_REQUESTED", "FINANCIAL_OBLIGATION_REQUESTED", "WITHDRAWAL_REQUESTED"].includes(r.status)} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label={t("queue.results")} className="mt-4 flex gap-4">
          {list.page > 1 && <Link href={pageHref(list.page - 1)}>{t("queue.previous")}</Link>}
          {list.hasMore && <Link href={pageHref(list.page + 1)}>{t("queue.next")}</Link>}
        </nav>
      </section>
    </div>
  );
}
