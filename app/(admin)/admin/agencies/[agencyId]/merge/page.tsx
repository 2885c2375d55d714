import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { planMerge, type MergePlan } from "@/lib/server/admin/agencies";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { mergeAgencyAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.agencies");
  return { title: t("dryRunTitle") };
}

type Props = { params: Promise<{ agencyId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The dry run of a merge: what would move; the officers' choices; then the merge itself. */
export default async function MergePage({ params, searchParams }: Props) {
  const { agencyId } = await params;
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const actor = await requireAdministration(`/admin/agencies/${agencyId}/merge`);
  if (actor.role !== "ADMIN") notFound();
  const [t, office] = await Promise.all([getTranslations("admin"), getTranslations("office")]);
  let plan: MergePlan | null = null;
  let problem = one("error");
  if (!problem) {
    try {
      plan = await planMerge(actor, agencyId, { intoCode: one("intoCode"), resolution: one("resolution") });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (e.kind === "not_found") notFound();
      problem = e.messageKey.replace(/^admin\.errors\./, "");
    }
  }
  return (
    <div className="container-page max-w-3xl py-6">
      <p>
        <Link href={`/admin/agencies/${agencyId}`}>{t("agencies.backToAgency")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("agencies.dryRunTitle")}</h1>
      {problem || !plan ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${problem}`) ? t(`errors.${problem}` as "errors.generic") : t("errors.generic")}{" "}
          <Link href={`/admin/agencies/${agencyId}#merge`}>{t("agencies.mergeAgain")}</Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-lg">{t("agencies.dryRunLead", { from: plan.from.name, fromCode: plan.from.code, into: plan.into.name, intoCode: plan.into.code })}</p>
          <p className="mt-1">{t("agencies.resolutionIs", { resolution: one("resolution") })}</p>
          <form action={mergeAgencyAction} className="mt-4 grid gap-6">
            <input type="hidden" name="agencyId" value={plan.from.id} />
            <input type="hidden" name="intoCode" value={plan.into.code} />
            <input type="hidden" name="resolution" value={one("resolution")} />
            <section aria-labelledby="dossiers">
              <h2 id="dossiers" className="text-xl">
                {t("agencies.dossiersToMove", { count: plan.dossiers.length })}
              </h2>
              {plan.dossiers.length > 0 ? (
                <ul className="mt-2 list-disc pl-6">
                  {plan.dossiers.map((d) => (
                    <li key={d.id}>
                      <span className="font-mono">{d.code}</span> — {office(`statuses.${d.status}`)}
                      {d.assignee ? ` — ${d.assignee}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="mt-1 text-sm text-muted">{t("agencies.dossiersNote")}</p>
            </section>
            <section aria-labelledby="officers">
              <h2 id="officers" className="text-xl">
                {t("agencies.officersToMove", { count: plan.officers.length })}
              </h2>
              {plan.officers.map((o) => (
                <fieldset key={o.id} className="mt-3 rounded border border-line p-3">
                  <legend className="font-semibold">
                    {o.fullName} — {office(`roles.${o.role}`)}
                  </legend>
                  <div className="flex flex-wrap gap-4">
                    <label className="flex items-center gap-2">
                      <input type="radio" name={`officer.${o.id}`} value="move" defaultChecked />
                      {t("agencies.officerMove", { into: plan.into.name })}
                    </label>
                    <label className="flex items-center gap-2">
                      <input type="radio" name={`officer.${o.id}`} value="deactivate" />
                      {t("agencies.officerDeactivate")}
                    </label>
                  </div>
                </fieldset>
              ))}
            </section>
            {plan.children.length > 0 ? (
              <section aria-labelledby="children">
                <h2 id="children" className="text-xl">
                  {t("agencies.childrenToMove", { count: plan.children.length })}
                </h2>
                <ul className="mt-2 list-disc pl-6">
                  {plan.children.map((c) => (
                    <li key={c.id}>
                      {c.name} (<span className="font-mono">{c.code}</span>)
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {plan.procedureVersions > 0 ? <p>{t("agencies.proceduresNote", { count: plan.procedureVersions })}</p> : null}
            <div>
              <button type="submit" className="btn btn-primary">
                {t("agencies.mergeButton", { from: plan.from.name, into: plan.into.name })}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
