import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/participation/feedback-form";
import { requireUser } from "@/lib/server/auth/session";
import { feedbackFormOptions } from "@/lib/server/feedback/options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("newTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 60) : undefined);

export default async function NewFeedbackPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/feedback/new");
  const t = await getTranslations("feedback");
  const sp = await searchParams;
  const options = await feedbackFormOptions(user.id);
  const initial = { procedureCode: one(sp.procedure), agencyCode: one(sp.agency), dossierId: one(sp.dossier), target: sp.dossier ? "DOSSIER" : sp.procedure ? "PROCEDURE" : sp.agency ? "AGENCY" : undefined };
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t("newLead")}</p>
      <FeedbackForm options={options} initial={initial} />
    </div>
  );
}
