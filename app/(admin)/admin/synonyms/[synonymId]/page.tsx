import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formStateOf } from "@/components/admin/agency-form";
import { SynonymForm } from "@/components/admin/synonym-form";
import { getSynonym } from "@/lib/server/admin/synonyms";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { removeSynonymAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.synonyms");
  return { title: t("edit") };
}

type Props = { params: Promise<{ synonymId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SynonymPage({ params, searchParams }: Props) {
  const { synonymId } = await params;
  const sp = await searchParams;
  const actor = await requireAdministration(`/admin/synonyms/${synonymId}`);
  if (actor.role !== "ADMIN") notFound();
  const row = await getSynonym(actor, synonymId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("admin");
  const { values, errors } = formStateOf(sp);
  const refused = Object.keys(errors).length > 0;
  return (
    <div className="container-page max-w-2xl py-6">
      <p>
        <Link href="/admin/synonyms">{t("synonyms.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("synonyms.editTitle", { term: row.term })}</h1>
      <SynonymForm id={row.id} term={refused ? (values.term ?? "") : row.term} expansions={refused ? (values.expansions ?? "") : row.expansions.join("\n")} errors={errors} />
      <form action={removeSynonymAction} className="mt-6">
        <input type="hidden" name="synonymId" value={row.id} />
        <button type="submit" className="btn btn-secondary">
          {t("synonyms.remove", { term: row.term })}
        </button>
      </form>
    </div>
  );
}
