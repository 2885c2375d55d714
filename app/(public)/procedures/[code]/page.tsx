import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { OnlineBadge } from "@/components/catalog/badges";
import { PrintButton } from "@/components/catalog/print-button";
import { AppError } from "@/lib/server/errors";
import { getProcedure, templateFileName, type ProcedureRecord } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

/** One database read per request, shared by the metadata and the page. */
const load = cache(async (rawCode: string): Promise<ProcedureRecord | null> => {
  let code: string;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    return null;
  }
  try {
    return await getProcedure(code);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await load((await params).code);
  // The tab says what the page says: no such procedure (not the portal's home title).
  if (!p) return { title: (await getTranslations("common"))("notFoundTitle") };
  const description = `${p.field.name} · ${p.timeLimit.text}`.slice(0, 200);
  return {
    title: `${p.name} (${p.code})`,
    description,
    alternates: { canonical: p.url },
    openGraph: { title: p.name, description, type: "article", url: p.url },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 break-inside-avoid-page">
      <h2 id={id} className="border-b-2 border-line pb-1 text-2xl">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export default async function ProcedurePage({ params }: { params: Params }) {
  const p = await load((await params).code);
  if (!p) notFound();
  const t = await getTranslations("catalog");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const name = (o: { name: string; nameEn: string }) => (en ? o.nameEn : o.name);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: "2-digit", month: "2-digit", year: "numeric" });
  const communes = p.level === "commune" && p.implementingAgencies.length > 3;
  const online = p.fileOnlineUrl !== null;

  const facts: Array<[string, React.ReactNode]> = [
    [t("code"), p.code],
    [t("field"), name(p.field)],
    [t("level.label"), t(`level.${p.level}`)],
    [t("online.label"), <OnlineBadge key="o" level={p.onlineLevel} label={t(`online.${p.onlineLevel}`)} />],
    [t("audience.label"), t(`audience.${p.audience}`)],
    [t("timeLimit"), <span key="tl" lang="vi">{p.timeLimit.text}</span>],
    [t("detail.numberOfSets"), t("detail.sets", { count: p.numberOfSets })],
    [t("detail.effect.label"), t(`detail.effect.${p.effectStatus}`)],
  ];
  if (p.lifeEvents.length > 0) {
    facts.push([
      t("detail.lifeEvents"),
      <ul key="le" className="flex flex-wrap gap-x-4">
        {p.lifeEvents.map((e) => (
          <li key={e.code}>
            <Link href={`/procedures?lifeEvent=${encodeURIComponent(e.code)}`}>{name(e)}</Link>
          </li>
        ))}
      </ul>,
    ]);
  }

  const desk = (
    <div>
      {p.locationIndependent && <p className="font-semibold">{t("detail.locationIndependent")}</p>}
      {communes ? (
        <>
          <p className="mt-2">{p.locationIndependent ? t("detail.anyCommune") : t("detail.ownCommune")}</p>
          <details className="mt-2">
            <summary className="cursor-pointer font-semibold text-brand-700">{t("detail.communeList", { count: p.implementingAgencies.length })}</summary>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {p.implementingAgencies.map((a) => (
                <li key={a.code}>
                  <span className="font-semibold">{name(a)}</span>
                  {a.address && (
                    <span className="block text-sm" lang="vi">
                      {a.address}
                    </span>
                  )}
                  {a.phone && <span className="block text-sm">{t("detail.phone")}: {a.phone}</span>}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <ul className="mt-2 grid gap-3">
          {p.implementingAgencies.map((a) => (
            <li key={a.code}>
              <span className="font-semibold">{name(a)}</span>
              {a.address && (
                <span className="block">
                  {t("detail.address")}: <span lang="vi">{a.address}</span>
                </span>
              )}
              {a.phone && (
                <span className="block">
                  {t("detail.phone")}: {a.phone}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <article className="container-page py-8 print:py-0">
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/">{t("home")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href="/procedures">{t("title")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li aria-current="page">{p.code}</li>
        </ol>
      </nav>

      <h1 className="mt-3 text-3xl" lang="vi">
        {p.name}
      </h1>
      {en && <p className="mt-2 text-muted">{t("detail.contentLanguage")}</p>}

      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
        {/* First in the page, as a phone shows it: a box placed first by CSS but sent after the details
            would push them down when it arrives (a layout shift on a slow line). */}
        <aside className="lg:order-last" aria-labelledby="how-to-file">
          <div className="rounded-lg border-2 border-brand-700 p-5 lg:sticky lg:top-4">
            {online ? (
              <>
                <h2 id="how-to-file" className="sr-only">
                  {t("detail.fileOnline")}
                </h2>
                <a href={p.fileOnlineUrl!} className="btn btn-primary w-full text-lg print:hidden">
                  {t("detail.fileOnline")}
                </a>
                <p className="mt-2 text-sm">{t("detail.fileOnlineHint")}</p>
                <p className="mt-4 font-semibold">{t("detail.inPersonAlso")}</p>
              </>
            ) : (
              <>
                <h2 id="how-to-file" className="text-lg">
                  {t("detail.inPerson")}
                </h2>
                <p className="mt-1">{t("detail.inPersonHint")}</p>
              </>
            )}
            <div className="mt-3">{desk}</div>
            {p.decidingAgency && (
              <p className="mt-4 text-sm">
                <span className="font-semibold">{t("detail.decidingAgency")}:</span> {name(p.decidingAgency)}
              </p>
            )}
            {/* The button's room is kept before it appears (it needs JavaScript), so nothing moves then. */}
            <div className="mt-4 min-h-11 print:hidden">
              <PrintButton label={t("detail.print")} />
            </div>
          </div>
        </aside>
        <div className="min-w-0">
          <Section id="summary" title={t("detail.summary")}>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-semibold">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </Section>

          <Section id="conditions" title={t("detail.conditions")}>
            <p lang="vi" className="whitespace-pre-line">
              {p.conditions || t("detail.noConditions")}
            </p>
          </Section>

          <Section id="steps" title={t("detail.steps")}>
            <ol lang="vi" className="list-decimal space-y-2 pl-6">
              {p.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </Section>

          <Section id="channels" title={t("detail.channels")}>
            <ul className="list-disc pl-6">
              {p.channels.map((c) => (
                <li key={c}>{t(`detail.channel.${c}`)}</li>
              ))}
            </ul>
          </Section>

          <Section id="components" title={t("detail.components")}>
            <div className="overflow-x-auto">
              <table className="table-stack w-full border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-3">
                      {t("detail.componentName")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("detail.componentForm")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("detail.componentCount")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("detail.componentRequired")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.components.map((c, i) => (
                    <tr key={i} className="border-b border-line align-top">
                      <td className="py-2 pr-3" lang="vi">
                        {c.name}
                        {c.note && <span className="mt-1 block text-sm text-muted">{c.note}</span>}
                        {c.templateUrl && c.templateName && (
                          <a href={c.templateUrl} className="mt-1 block font-semibold print:hidden" aria-label={t("detail.templateLabel", { name: templateFileName(c.templateName) })} download={templateFileName(c.templateName)}>
                            {t("detail.template")} ({templateFileName(c.templateName)})
                          </a>
                        )}
                      </td>
                      <td className="py-2 pr-3" data-label={t("detail.componentForm")}>
                        {t(`detail.form.${c.form}`)}
                      </td>
                      <td className="py-2 pr-3" data-label={t("detail.componentCount")}>
                        {c.count}
                      </td>
                      <td className="py-2" data-label={t("detail.componentRequired")}>
                        {c.required ? t("detail.required") : t("detail.optional")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>

          <Section id="fees" title={t("detail.fees")}>
            {p.fees.length === 0 ? (
              <p>{t("detail.noFees")}</p>
            ) : (
              <ul className="grid gap-3">
                {p.fees.map((f, i) => (
                  <li key={i}>
                    <span className="font-semibold" lang="vi">
                      {f.name}
                    </span>
                    : {f.amount === 0 ? t("detail.free") : format.number(f.amount, { style: "currency", currency: "VND" })}
                    {f.note && (
                      <span className="block text-sm text-muted" lang="vi">
                        {f.note}
                      </span>
                    )}
                    {f.legalBasis && (
                      <span className="block text-sm text-muted" lang="vi">
                        {f.legalBasis}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="result" title={t("detail.result")}>
            <p lang="vi">{p.result}</p>
          </Section>

          <Section id="legal" title={t("detail.legalBasis")}>
            <ul className="list-disc space-y-1 pl-6" lang="vi">
              {p.legalBasis.map((l, i) => (
                <li key={i}>
                  <span className="font-semibold">{l.code}</span> — {l.title}
                  {l.issuer && `, ${l.issuer}`}
                  {l.issuedOn && <>, {t("detail.issuedOn", { date: date(l.issuedOn) })}</>}
                </li>
              ))}
            </ul>
          </Section>

          <Section id="published" title={t("detail.published")}>
            <p lang="vi">{p.publishedOn ? t("detail.publishedOn", { by: p.publishedBy, date: date(p.publishedOn) }) : p.publishedBy}</p>
          </Section>
        </div>

      </div>

      <p className="mt-10 print:hidden">
        <Link href="/procedures">{t("detail.backToCatalog")}</Link>
      </p>
    </article>
  );
}
