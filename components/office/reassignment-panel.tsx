import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/office/format";
import { dossiersToReassign } from "@/lib/server/backoffice/reassignment";
import type { Actor } from "@/lib/server/backoffice/types";

/** A leader's list of dossiers whose assignee was deactivated: each needs a new assignee. */
export async function ReassignmentPanel({ actor }: { actor: Actor }) {
  const rows = await dossiersToReassign(actor);
  if (rows.length === 0) return null;
  const [t, office, locale] = await Promise.all([getTranslations("admin.reassignment"), getTranslations("office"), getLocale()]);
  return (
    <section aria-labelledby="reassign-title" className="mt-4 rounded border-4 border-accent-700 p-4">
      <h2 id="reassign-title" className="text-xl">
        {t("title", { count: rows.length })}
      </h2>
      <p className="mt-1">{t("lead")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {rows.map((r) => (
          <li key={r.id}>
            <Link href={`/office/dossiers/${r.id}`} className="font-mono">
              {r.code}
            </Link>{" "}
            — {r.applicantName} — {office(`statuses.${r.status}`)} — {t("was", { name: r.assigneeName })}
            {r.dueAt ? ` — ${t("due", { date: formatDateTime(r.dueAt, locale) })}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
