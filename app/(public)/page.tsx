import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getPortalFigures } from "@/lib/server/portal-figures";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const figures = await getPortalFigures();
  const tasks = [
    { href: "/procedures", title: t("lookupTitle"), body: t("lookupBody") },
    { href: "/file", title: t("fileTitle"), body: t("fileBody") },
    { href: "/track", title: t("trackTitle"), body: t("trackBody") },
  ];
  return (
    <>
      <section className="bg-brand-700 text-white">
        <div className="container-page py-10 sm:py-14">
          <h1 className="max-w-3xl text-3xl text-white sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 max-w-2xl text-lg">{t("lead")}</p>
          <form action="/procedures" method="get" role="search" className="mt-6 max-w-2xl">
            <label htmlFor="home-q" className="block font-semibold">
              {t("searchLabel")}
            </label>
            <p id="home-q-hint" className="text-sm text-brand-50">
              {t("searchHint")}
            </p>
            <div className="mt-2 flex flex-col gap-2 sm:flex-row">
              <input id="home-q" name="q" type="search" aria-describedby="home-q-hint" className="input flex-1" autoComplete="off" />
              <button type="submit" className="btn border-white bg-accent-600 text-white hover:bg-accent-700">
                {t("searchButton")}
              </button>
            </div>
          </form>
        </div>
      </section>

      <section aria-labelledby="tasks" className="container-page py-10">
        <h2 id="tasks" className="text-2xl">
          {t("tasksHeading")}
        </h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-3">
          {tasks.map((task) => (
            <li key={task.href} className="rounded-lg border-2 border-line p-5 hover:border-brand-600">
              <h3 className="text-lg">
                <Link href={task.href}>{task.title}</Link>
              </h3>
              <p className="mt-2 text-muted">{task.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="figures" className="container-page pb-6">
        <h2 id="figures" className="text-2xl">
          {t("figuresHeading")}
        </h2>
        <dl className="mt-5 grid gap-4 sm:grid-cols-3">
          {[
            [figures.procedures, t("figureProcedures")],
            [figures.onlineProcedures, t("figureOnline")],
            [figures.agencies, t("figureAgencies")],
          ].map(([value, label]) => (
            <div key={String(label)} className="flex flex-col-reverse rounded-lg bg-brand-50 p-5">
              <dt className="text-muted">{label}</dt>
              <dd className="text-3xl font-bold text-brand-800">{format.number(Number(value))}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
