import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CatalogImportForm } from "@/components/admin/catalog-import-form";
import { requireAdministration } from "@/lib/server/admin/session";
import { importCatalogAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.catalog");
  return { title: t("title") };
}

export default async function CatalogTransferPage() {
  const actor = await requireAdministration("/admin/catalog");
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") notFound();
  const t = await getTranslations("admin.catalog");
  return (
    <div className="container-page max-w-3xl py-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-1">{t("lead")}</p>
      <section aria-labelledby="export" className="mt-6 rounded border border-line p-4">
        <h2 id="export" className="text-xl">
          {t("exportTitle")}
        </h2>
        <p className="mt-1">{t("exportLead")}</p>
        <p className="mt-3">
          <a href="/admin/catalog/export" className="btn btn-secondary" download>
            {t("export")}
          </a>
        </p>
      </section>
      {actor.role === "ADMIN" ? (
        <section aria-labelledby="import" className="mt-6 rounded border border-line p-4">
          <h2 id="import" className="text-xl">
            {t("importTitle")}
          </h2>
          <p className="mt-1">{t("importLead")}</p>
          <CatalogImportForm action={importCatalogAction} />
        </section>
      ) : null}
    </div>
  );
}
