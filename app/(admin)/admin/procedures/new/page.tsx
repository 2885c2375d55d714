import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { catalogChoices } from "@/lib/server/admin/procedures";
import { requireAdministration } from "@/lib/server/admin/session";
import { createProcedureAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.procedures");
  return { title: t("new") };
}

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function NewProcedurePage({ searchParams }: { searchParams: SP }) {
  const actor = await requireAdministration("/admin/procedures/new");
  if (actor.role === "INSPECTOR") notFound();
  const sp = await searchParams;
  const v = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const [t, choices] = await Promise.all([getTranslations("admin"), catalogChoices()]);
  const error = v("error");
  return (
    <div className="container-page max-w-2xl py-6">
      <h1 className="text-3xl">{t("procedures.new")}</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.generic")}
        </p>
      ) : null}
      <form action={createProcedureAction} className="mt-4 grid gap-4">
        <div>
          <label htmlFor="code" className="block font-semibold">
            {t("edit.code")}
          </label>
          <p id="code-hint" className="text-sm text-muted">
            {t("edit.codeHint")}
          </p>
          <input id="code" name="code" required defaultValue={v("code")} aria-describedby="code-hint" className="input mt-1 w-60" />
        </div>
        <div>
          <label htmlFor="name" className="block font-semibold">
            {t("edit.name")}
          </label>
          <input id="name" name="name" required minLength={5} defaultValue={v("name")} className="input mt-1 w-full" />
        </div>
        <div>
          <label htmlFor="fieldCode" className="block font-semibold">
            {t("edit.field")}
          </label>
          <select id="fieldCode" name="fieldCode" defaultValue={v("fieldCode")} className="input mt-1">
            {choices.fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="level" className="block font-semibold">
            {t("edit.level")}
          </label>
          <select id="level" name="level" defaultValue={v("level") || "COMMUNE"} className="input mt-1">
            {(["COMMUNE", "PROVINCE"] as const).map((l) => (
              <option key={l} value={l}>
                {t(`enums.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="btn btn-primary">
            {t("procedures.create")}
          </button>
        </div>
      </form>
    </div>
  );
}
