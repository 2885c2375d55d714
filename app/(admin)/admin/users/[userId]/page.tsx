import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getUser, STAFF_ROLES } from "@/lib/server/admin/users";
import { requireAdministration } from "@/lib/server/admin/session";
import { AppError } from "@/lib/server/errors";
import { changeRoleAction, resetSecondFactorAction, setActiveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("one") };
}

type Props = { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const { userId } = await params;
  const sp = await searchParams;
  const actor = await requireAdministration(`/admin/users/${userId}`);
  const user = await getUser(actor, userId).catch((e) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const [t, office] = await Promise.all([getTranslations("admin"), getTranslations("office")]);
  const roles = actor.role === "ADMIN" ? STAFF_ROLES : STAFF_ROLES.filter((r) => r !== "ADMIN" && r !== "INSPECTOR");
  const error = typeof sp.error === "string" ? sp.error : "";
  const saved = typeof sp.saved === "string" ? sp.saved : "";
  const canChange = actor.role !== "INSPECTOR" && (actor.role === "ADMIN" || (roles as readonly string[]).includes(user.role));
  return (
    <div className="container-page max-w-3xl py-6">
      <p>
        <Link href="/admin/users">{t("users.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{user.fullName}</h1>
      {saved && t.has(`users.saved.${saved}`) ? (
        <p role="status" className="mt-4 rounded border-4 border-ok-700 p-3">
          {t(`users.saved.${saved}` as "users.saved.role")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded border-4 border-accent-700 p-3">
          {t.has(`errors.${error}`) ? t(`errors.${error}` as "errors.generic") : t("errors.generic")}
        </p>
      ) : null}
      <dl className="mt-4 grid gap-2">
        <div>
          <dt className="font-semibold">{t("users.email")}</dt>
          <dd>{user.email ?? "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("users.role")}</dt>
          <dd>{office(`roles.${user.role}`)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("users.agency")}</dt>
          <dd>{user.agency ? `${user.agency.name} (${user.agency.code})` : "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("users.status")}</dt>
          <dd>
            {user.active ? t("users.active") : t("users.inactive")}
            {user.invited ? ` · ${t("users.invitedPending")}` : ""}
          </dd>
        </div>
        {user.secondFactor ? (
          <div>
            <dt className="font-semibold">{t("users.secondFactor")}</dt>
            <dd>{user.secondFactor === "enrolled" ? t("users.secondFactorEnrolled") : t("users.secondFactorNone")}</dd>
          </div>
        ) : null}
        {user.role !== "CITIZEN" ? (
          <div>
            <dt className="font-semibold">{t("users.openAssigned")}</dt>
            <dd>{user.openAssigned}</dd>
          </div>
        ) : null}
      </dl>

      {canChange && user.role !== "CITIZEN" ? (
        <section aria-labelledby="role-title" className="mt-6 rounded border border-line p-4">
          <h2 id="role-title" className="text-xl">
            {t("users.changeRole")}
          </h2>
          <form action={changeRoleAction} className="mt-2 grid gap-3">
            <input type="hidden" name="userId" value={user.id} />
            <div>
              <label htmlFor="role" className="block font-semibold">
                {t("users.role")}
              </label>
              <select id="role" name="role" defaultValue={user.role} className="input mt-1">
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
              <input id="agencyCode" name="agencyCode" defaultValue={user.agency?.code ?? ""} className="input mt-1" />
            </div>
            <div>
              <button type="submit" className="btn btn-primary">
                {t("users.saveRole")}
              </button>
            </div>
          </form>
        </section>
      ) : null}

      {canChange && user.role !== "CITIZEN" && user.secondFactor === "enrolled" ? (
        <section aria-labelledby="second-factor-title" className="mt-6 rounded border border-line p-4">
          <h2 id="second-factor-title" className="text-xl">
            {t("users.resetSecondFactor")}
          </h2>
          <p className="mt-1">{t("users.resetSecondFactorLead")}</p>
          <form action={resetSecondFactorAction} className="mt-3">
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="btn btn-secondary">
              {t("users.resetSecondFactor")}
            </button>
          </form>
        </section>
      ) : null}

      {canChange && user.active && user.role !== "CITIZEN" ? <p className="mt-6">{t("users.openAssignedNote", { count: user.openAssigned })}</p> : null}
      {canChange ? (
        <form action={setActiveAction} className="mt-6">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          <button type="submit" className="btn btn-secondary">
            {user.active ? t("users.deactivate") : t("users.reactivate")}
          </button>
        </form>
      ) : null}

      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="text-xl">
          {t("users.history")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {user.history.map((h, i) => (
            <li key={i}>
              {h.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC — {h.action} — {h.actor?.fullName ?? "—"}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
