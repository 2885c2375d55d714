import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/office/format";
import { inspectDossier } from "@/lib/server/admin/inspection";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.inspect");
  return { title: t("dossier") };
}

/** One dossier with its full history, read-only. */
export default async function InspectDossierPage({ params }: { params: Promise<{ dossierId: string }> }) {
  const { dossierId } = await params;
  const actor = await requireAdministration(`/admin/inspect/${dossierId}`);
  const d = await inspectDossier(actor, dossierId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const [t, office, locale] = await Promise.all([getTranslations("admin"), getTranslations("office"), getLocale()]);
  const dt = (x: Date | null) => (x ? formatDateTime(x, locale) : "—");
  const facts: Array<[string, string]> = [
    [t("inspect.procedure"), `${d.procedureVersion.name} (${d.procedureVersion.procedure.code}, ${t("inspect.versionN", { n: d.procedureVersion.version })})`],
    [t("inspect.applicant"), `${d.applicantName}${d.applicantCitizenId ? ` — ${d.applicantCitizenId}` : ""}`],
    [t("inspect.status"), office(`statuses.${d.status}`)],
    [t("inspect.receivingAgency"), `${d.receivingAgency.name} (${d.receivingAgency.code})`],
    [t("inspect.currentAgency"), `${d.currentAgency.name} (${d.currentAgency.code})`],
    [t("inspect.assignee"), d.assignee ? `${d.assignee.fullName}${d.assignee.active ? "" : ` (${t("users.inactive")})`}` : "—"],
    [t("inspect.submittedAt"), dt(d.submittedAt)],
    [t("inspect.receivedAt"), dt(d.receivedAt)],
    [t("inspect.dueAt"), dt(d.extendedDueAt ?? d.dueAt)],
    [t("inspect.finishedAt"), dt(d.finishedAt)],
  ];
  return (
    <div className="container-page max-w-4xl py-6">
      <p>
        <Link href="/admin/inspect">{t("inspect.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {t("inspect.dossier")} <span className="font-mono">{d.code}</span>
      </h1>
      <dl className="mt-4 grid gap-2 sm:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt className="font-semibold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="text-xl">
          {t("inspect.history")}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">{t("inspect.when")}</th>
                <th scope="col" className="p-2">{t("inspect.what")}</th>
                <th scope="col" className="p-2">{t("inspect.who")}</th>
                <th scope="col" className="p-2">{t("inspect.where")}</th>
                <th scope="col" className="p-2">{t("inspect.why")}</th>
              </tr>
            </thead>
            <tbody>
              {d.events.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="p-2">{dt(e.createdAt)}</td>
                  <td className="p-2">
                    {office.has(`actions.${e.action}`) ? office(`actions.${e.action}` as "actions.receive") : e.action}
                    {" → "}
                    {office(`statuses.${e.toStatus}`)}
                  </td>
                  <td className="p-2">
                    {e.actor?.fullName ?? "—"}
                    {e.actorRole ? ` (${office(`roles.${e.actorRole}`)})` : ""}
                  </td>
                  <td className="p-2">{e.agency?.name ?? "—"}</td>
                  <td className="p-2">{e.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="files" className="mt-6">
        <h2 id="files" className="text-xl">
          {t("inspect.files")}
        </h2>
        {d.files.length === 0 ? (
          <p className="mt-1">—</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {d.files.map((f) => (
              <li key={f.id}>
                {f.originalName} — {f.kind} — {dt(f.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
