import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgencyForm, formStateOf } from "@/components/admin/agency-form";
import { getAgency } from "@/lib/server/admin/agencies";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { dissolveAgencyAction, updateAgencyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.agencies");
  return { title: t("one") };
}

type Props = { params: Promise<{ agencyId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function AgencyPage({ params, searchParams }: Props) {
  const { agencyId } = await params;
  const sp = await searchParams;
  const actor = await requireAdministration(`/admin/agencies/${agencyId}`);
  const a = await getAgency(actor, agencyId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("admin");
  const { values, errors } = formStateOf(sp);
  const saved = typeof sp.saved === "string" ? sp.saved : "";
  const error = typeof sp.error === "string" ? sp.error : "";
  const refused = Object.keys(errors).length > 0;
  const current = { code: a.code, name: a.name, nameEn: a.nameEn, kind: a.kind, address: a.address, phone: a.phone, email: a.email, openingHours: a.openingHours };
  const canEdit = a.active && (actor.role === "ADMIN" || actor.role === "AGENCY_ADMIN");
  return (
    <div className="container-page max-w-3xl py-6">
      <p>
        <Link href="/admin/agencies">{t("agencies.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{a.name}</h1>
      <p className="text-muted">
        {t("agencies.code")}: <span className="font-mono">{a.code}</span>
        {a.parent ? (
          <>
            {" · "}
            {t("agencies.parent")}: <Link href={`/admin/agencies/${a.parent.id}`}>{a.parent.name}</Link>
          </>
        ) : null}
      </p>
      {saved && t.has(`agencies.saved.${saved}`) ? (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t(`agencies.saved.${saved}` as "agencies.saved.updated")}
          {saved === "merged" && /^\d+$/.test(String(sp.published ?? "")) && /^\d+$/.test(String(sp.drafts ?? ""))
            ? ` ${t("agencies.mergedProcedures", { published: Number(sp.published), drafts: Number(sp.drafts) })}`
            : null}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}` as "errors.generic") : t("errors.generic")}
        </p>
      ) : null}
      {!a.active ? (
        <p className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          {a.mergedInto ? (
            <>
              {t("agencies.mergedOn", { date: a.mergedAt ? day(a.mergedAt) : "—" })} <Link href={`/admin/agencies/${a.mergedInto.id}`}>{a.mergedInto.name}</Link>
            </>
          ) : a.dissolvedAt ? (
            t("agencies.dissolvedOn", { date: day(a.dissolvedAt) })
          ) : (
            t("agencies.inactive")
          )}
        </p>
      ) : null}

      <dl className="mt-4 grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t("agencies.officers")}</dt>
          <dd>{a.officers}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("agencies.openDossiers")}</dt>
          <dd>{a.openDossiers}</dd>
        </div>
      </dl>

      {canEdit ? (
        <section aria-labelledby="edit" className="mt-6 rounded border border-line p-4">
          <h2 id="edit" className="text-xl">
            {actor.role === "ADMIN" ? t("agencies.edit") : t("agencies.editContacts")}
          </h2>
          {actor.role === "ADMIN" ? <p className="mt-1 text-sm text-muted">{t("agencies.editLead")}</p> : null}
          <AgencyForm
            action={updateAgencyAction}
            values={refused ? values : current}
            errors={errors}
            hidden={{ agencyId: a.id }}
            submit={t("agencies.save")}
            withParent={false}
            contactsOnly={actor.role !== "ADMIN"}
          />
        </section>
      ) : (
        <dl className="mt-4 grid gap-2">
          <div>
            <dt className="font-semibold">{t("agencies.address")}</dt>
            <dd>{a.address || "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("agencies.phone")}</dt>
            <dd>{a.phone || "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("agencies.email")}</dt>
            <dd>{a.email || "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("agencies.openingHours")}</dt>
            <dd>{a.openingHours || "—"}</dd>
          </div>
        </dl>
      )}

      <section aria-labelledby="former" className="mt-6">
        <h2 id="former" className="text-xl">
          {t("agencies.formerNames")}
        </h2>
        {a.formerNames.length === 0 ? (
          <p className="mt-1">{t("agencies.noFormerNames")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {a.formerNames.map((f, i) => (
              <li key={i}>{t("agencies.formerName", { name: f.name, until: day(f.until) })}</li>
            ))}
          </ul>
        )}
        {a.mergedFrom.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg">{t("agencies.mergedFrom")}</h3>
            <ul className="mt-2 list-disc pl-6">
              {a.mergedFrom.map((m) => (
                <li key={m.id}>
                  <Link href={`/admin/agencies/${m.id}`}>{m.name}</Link> (<span className="font-mono">{m.code}</span>)
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {a.children.length > 0 ? (
        <section aria-labelledby="children" className="mt-6">
          <h2 id="children" className="text-xl">
            {t("agencies.children")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {a.children.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/agencies/${c.id}`}>{c.name}</Link> (<span className="font-mono">{c.code}</span>){c.active ? "" : ` — ${t("agencies.inactive")}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {actor.role === "ADMIN" && a.active ? (
        <>
          <section aria-labelledby="merge" className="mt-6 rounded border border-line p-4">
            <h2 id="merge" className="text-xl">
              {t("agencies.merge")}
            </h2>
            <p className="mt-1">{t("agencies.mergeLead")}</p>
            <form method="get" action={`/admin/agencies/${a.id}/merge`} className="mt-3 grid gap-3">
              <div>
                <label htmlFor="intoCode" className="block font-semibold">
                  {t("agencies.intoCode")}
                </label>
                <input id="intoCode" name="intoCode" className="input mt-1 w-60" />
              </div>
              <div>
                <label htmlFor="resolution" className="block font-semibold">
                  {t("agencies.resolution")}
                </label>
                <p id="resolution-hint" className="text-sm text-muted">
                  {t("agencies.resolutionHint")}
                </p>
                <input id="resolution" name="resolution" aria-describedby="resolution-hint" className="input mt-1 w-full" />
              </div>
              <div>
                <button type="submit" className="btn btn-secondary">
                  {t("agencies.dryRun")}
                </button>
              </div>
            </form>
          </section>
          <section aria-labelledby="dissolve" className="mt-6 rounded border border-line p-4">
            <h2 id="dissolve" className="text-xl">
              {t("agencies.dissolve")}
            </h2>
            <p className="mt-1">{t("agencies.dissolveLead")}</p>
            <form action={dissolveAgencyAction} className="mt-3">
              <input type="hidden" name="agencyId" value={a.id} />
              <button type="submit" className="btn btn-secondary">
                {t("agencies.dissolveButton", { name: a.name })}
              </button>
            </form>
          </section>
        </>
      ) : null}
    </div>
  );
}
