import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/server/auth/session";
import { draftTtlDays, listDrafts, STEPS } from "@/lib/server/dossiers/drafts";
import { formatDateTime, formatDay } from "@/lib/server/dossiers/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("my");
  return { title: t("drafts.title") };
}

export default async function MyDraftsPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const user = await requireUser("/my/drafts");
  const t = await getTranslations("my");
  const sp = await searchParams;
  const [drafts, days] = await Promise.all([listDrafts(user.id), draftTtlDays()]);
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("drafts.title")}</h1>
      {sp.saved ? (
        <p role="status" className="mt-4 rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {t("drafts.saved", { days })}
        </p>
      ) : null}
      {sp.deleted ? (
        <p role="status" className="mt-4 rounded border-l-4 border-ok-700 bg-brand-50 p-3 font-semibold">
          {t("drafts.deleted")}
        </p>
      ) : null}
      <p className="mt-3 text-muted">{t("drafts.lead", { days })}</p>
      {drafts.length === 0 ? <p className="mt-6">{t("drafts.none")}</p> : null}
      <ul className="mt-6 space-y-4">
        {drafts.map((d) => {
          const next = STEPS.find((s) => !d.completedSteps.includes(s)) ?? "check";
          return (
            <li key={d.id} className="rounded-lg border-2 border-line p-4">
              <h2 className="text-lg">{d.procedureName}</h2>
              <p className="text-sm text-muted">
                {t("drafts.updated", { at: formatDateTime(d.updatedAt) })} · {t("drafts.expires", { on: formatDay(d.expiresAt) })}
              </p>
              <p className="mt-2">
                <Link href={`/file/${d.procedureCode}/${d.id}/${next}`} className="font-semibold">
                  {t("drafts.continue")}
                  <span className="sr-only"> {d.procedureName}</span>
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
      <p className="mt-8">
        <Link href="/my/dossiers">{t("drafts.toDossiers")}</Link>
      </p>
    </div>
  );
}
