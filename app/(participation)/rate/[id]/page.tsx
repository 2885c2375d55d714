import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RatingForm } from "@/components/participation/rating-form";
import { requireUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { getRateableDossier, RATEABLE_STATUSES } from "@/lib/server/ratings/rate-dossier";
import { rateAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rating");
  return { title: t("title"), robots: { index: false } };
}

export default async function RatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/rate/${encodeURIComponent(id)}`);
  const t = await getTranslations("rating");
  let dossier;
  try {
    dossier = await getRateableDossier(user.id, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  }
  const finished = (RATEABLE_STATUSES as readonly string[]).includes(dossier.status);
  return (
    <div className="container-page max-w-3xl py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 text-lg">{t("lead", { code: dossier.code, procedure: dossier.procedureName })}</p>
      {dossier.rated || !finished ? (
        <div className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4">
          <p className="font-semibold">{dossier.rated ? t("already") : t("notFinished")}</p>
          <p className="mt-2">
            <Link href="/my/dossiers">{t("back")}</Link>
          </p>
        </div>
      ) : (
        <RatingForm action={rateAction} dossierId={dossier.id} code={dossier.code} />
      )}
    </div>
  );
}
