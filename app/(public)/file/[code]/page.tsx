import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/server/auth/session";
import { getFilingProcedure } from "@/lib/server/dossiers/procedures";
import { startDraftAction } from "./actions";

export const dynamic = "force-dynamic";

const NAME_MARK = "\u2063";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const t = await getTranslations("filing");
  const p = await getFilingProcedure((await params).code);
  return { title: p ? t("start.title", { name: p.name }) : t("index.title") };
}

/** Start page (GOV.UK): what you will need, then "Start now". */
export default async function StartPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("filing");
  const procedure = await getFilingProcedure(code);
  if (!procedure) notFound();
  const user = await currentUser();
  const formatter = new Intl.NumberFormat("vi-VN");
  // The procedure's name (published in Vietnamese only) marked as Vietnamese inside the title.
  const [titleBefore = "", titleAfter = ""] = t("start.title", { name: NAME_MARK }).split(NAME_MARK);
  return (
    <div className="container-page max-w-3xl py-10">
      <p className="text-muted">{t("start.caption", { code: procedure.code })}</p>
      <h1 className="text-3xl">
        {titleBefore}
        <span lang="vi">{procedure.name}</span>
        {titleAfter}
      </h1>
      <p className="mt-3">{procedure.onlineLevel === "FULL" ? t("start.full") : t("start.partial")}</p>
      <h2 className="mt-8 text-2xl">{t("start.needTitle")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {procedure.components.map((c) => (
          <li key={c.id}>
            <span lang="vi">{c.name}</span>
            {c.required ? "" : ` (${t("optional")})`}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-muted">{t("start.formats")}</p>
      <h2 className="mt-8 text-2xl">{t("start.timeTitle")}</h2>
      <p className="mt-2">{procedure.timeLimitText}</p>
      {procedure.fees.length > 0 ? (
        <>
          <h2 className="mt-8 text-2xl">{t("start.feesTitle")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {procedure.fees.map((f) => (
              <li key={f.name}>
                {f.name}: {f.amount > 0 ? `${formatter.format(f.amount)} đ` : t("start.free")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-8">{user ? t("start.signedIn", { name: user.fullName }) : t("start.signInFirst")}</p>
      <form action={startDraftAction} className="mt-4">
        <input type="hidden" name="code" value={procedure.code} />
        <button type="submit" className="btn btn-primary text-lg">
          {t("start.button")} <span aria-hidden="true">→</span>
        </button>
      </form>
      <p className="mt-6">
        <Link href={`/procedures/${procedure.code}`}>{t("start.details")}</Link>
      </p>
    </div>
  );
}
