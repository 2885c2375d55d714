import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormFields } from "@/components/forms/form-fields";
import { DEFAULT_FORM, safeParseFormSchema, vietnamToday } from "@/lib/domain/forms";
import { getAdminVersion } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.preview");
  return { title: t("title") };
}

type Props = { params: Promise<{ versionId: string }> };

/** The questions and documents of a version exactly as the filing wizard renders them. */
export default async function PreviewPage({ params }: Props) {
  const { versionId } = await params;
  const actor = await requireAdministration(`/admin/procedures/${versionId}/preview`);
  const view = await getAdminVersion(actor, versionId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("admin");
  const parsed = view.formSchema ? safeParseFormSchema(view.formSchema) : null;
  const form = parsed?.success ? parsed.data : view.formSchema ? null : DEFAULT_FORM;
  return (
    <div className="container-page max-w-3xl py-6">
      <p>
        <Link href={`/admin/procedures/${view.id}/form`}>{t("preview.back")}</Link>
      </p>
      <p className="mt-2 text-muted">{view.record.name}</p>
      <h1 className="text-3xl">{t("preview.title")}</h1>
      <p className="mt-1">{t("preview.lead")}</p>
      {form ? (
        <form className="mt-6 space-y-8" aria-label={t("preview.title")} noValidate>
          <FormFields form={form} values={{}} errors={[]} today={vietnamToday()} />
        </form>
      ) : (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t("preview.invalid")}
        </p>
      )}
      <section aria-labelledby="docs" className="mt-8">
        <h2 id="docs" className="text-2xl">
          {t("preview.documents")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {view.record.components.map((c, i) => (
            <li key={i}>
              {c.name} — {t(`enums.${c.form}`)}, {c.required ? t("preview.required") : t("preview.optional")}, {t("preview.limits", { types: c.acceptedTypes.join(", "), size: c.maxSizeMb })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
