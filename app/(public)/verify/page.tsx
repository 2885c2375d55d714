import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findResultId } from "@/lib/server/e-results/verify";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eResults.verify");
  return { title: t("title"), description: t("lead") };
}

/** Find a result by its check code, its link or its number and symbol (a GET form: works without JavaScript). */
export default async function VerifyIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("eResults.verify");
  const sp = await searchParams;
  const code = typeof sp.code === "string" ? sp.code.slice(0, 200) : "";
  if (code.trim()) {
    const id = await findResultId(code);
    if (id) redirect(`/verify/${id}`);
  }
  const missing = code.trim() !== "";
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t("lead")}</p>
      <form method="get" action="/verify" className="mt-6 grid max-w-xl gap-3">
        <div className={missing ? "border-l-4 border-accent-700 pl-3" : ""}>
          <label htmlFor="verify-code" className="block font-semibold">{t("codeLabel")}</label>
          <p id="verify-code-hint" className="text-sm text-muted">{t("codeHint")}</p>
          {missing ? <p id="verify-code-error" role="alert" className="font-semibold text-accent-700">{t("notFound")}</p> : null}
          <input
            id="verify-code"
            name="code"
            defaultValue={code}
            required
            autoComplete="off"
            spellCheck={false}
            aria-invalid={missing ? true : undefined}
            aria-describedby={`verify-code-hint${missing ? " verify-code-error" : ""}`}
            className="input font-mono"
          />
        </div>
        <p>
          <button type="submit" className="btn btn-primary">{t("check")}</button>
        </p>
      </form>
    </div>
  );
}
