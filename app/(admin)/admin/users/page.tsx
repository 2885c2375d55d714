import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findUsers, STAFF_ROLES } from "@/lib/server/admin/users";
import { requireAdministration } from "@/lib/server/admin/session";
import { inviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const actor = await requireAdministration(`/admin/users?q=${encodeURIComponent(one("q"))}`);
  const [t, office, users] = await Promise.all([getTranslations("admin"), getTranslations("office"), findUsers(actor, { q: one("q") })]);
  const roles = actor.role === "ADMIN" ? STAFF_ROLES : STAFF_ROLES.filter((r) => r !== "ADMIN" && r !== "INSPECTOR");
  const error = one("error");
  return (
    <div className="container-page py-6">
      <h1 className="text-3xl">{t("users.title")}</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}` as "errors.generic") : t("errors.generic")}
        </p>
      ) : null}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("users.search")}
          </label>
          <input id="q" name="q" defaultValue={one("q")} className="input mt-1 w-72" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("procedures.filter")}
        </button>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">{t("users.name")}</th>
              <th scope="col" className="p-2">{t("users.email")}</th>
              <th scope="col" className="p-2">{t("users.role")}</th>
              <th scope="col" className="p-2">{t("users.agency")}</th>
              <th scope="col" className="p-2">{t("users.status")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line">
                <td className="p-2">
                  <Link href={`/admin/users/${u.id}`}>{u.fullName}</Link>
                </td>
                <td className="p-2">{u.email ?? "—"}</td>
                <td className="p-2">{office(`roles.${u.role}`)}</td>
                <td className="p-2">{u.agency?.name ?? "—"}</td>
                <td className="p-2">{u.active ? t("users.active") : t("users.inactive")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {actor.role !== "INSPECTOR" ? (
        <section aria-labelledby="invite" className="mt-8 max-w-xl rounded border border-line p-4">
          <h2 id="invite" className="text-xl">
            {t("users.invite")}
          </h2>
          <p className="mt-1">{t("users.inviteLead")}</p>
          <form action={inviteAction} className="mt-3 grid gap-3">
            <div>
              <label htmlFor="fullName" className="block font-semibold">
                {t("users.name")}
              </label>
              <input id="fullName" name="fullName" defaultValue={one("fullName")} className="input mt-1 w-full" />
            </div>
            <div>
              <label htmlFor="email" className="block font-semibold">
                {t("users.email")}
              </label>
              <input id="email" name="email" type="email" defaultValue={one("email")} className="input mt-1 w-full" />
            </div>
            <div>
              <label htmlFor="role" className="block font-semibold">
                {t("users.role")}
              </label>
              <select id="role" name="role" defaultValue={one("role")} className="input mt-1">
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {office(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="agencyCode" className="block font-semibold">
                {t("users.agencyCode")}
              </label>
              <p id="agencyCode-hint" className="text-sm text-muted">
                {t("users.agencyCodeHint")}
              </p>
              <input id="agencyCode" name="agencyCode" aria-describedby="agencyCode-hint" defaultValue={one("agencyCode")} className="input mt-1" />
            </div>
            <div>
              <button type="submit" className="btn btn-primary">
                {t("users.sendInvite")}
              </button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
