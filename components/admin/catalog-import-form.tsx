"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ImportState } from "@/app/(admin)/admin/catalog/actions";

type Action = (state: ImportState, fd: FormData) => Promise<ImportState>;

/** Uploads a catalog file; shows what was imported, or each failing record and why (nothing changed). */
export function CatalogImportForm({ action }: { action: Action }) {
  const t = useTranslations("admin.catalog");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ImportState);
  return (
    <form action={formAction} className="mt-3 grid gap-3" encType="multipart/form-data">
      {state.status === "imported" ? (
        <p role="status" className="rounded border-4 border-ok-700 p-3">
          {t("imported", { count: state.count })}
        </p>
      ) : null}
      {state.status === "unreadable" ? (
        <p role="alert" className="rounded border-4 border-accent-700 p-3">
          {t("unreadable")}
        </p>
      ) : null}
      {state.status === "refused" ? (
        <div role="alert" className="rounded border-4 border-accent-700 p-3">
          <h3 className="text-lg font-semibold">{t("refused", { count: state.problems.length })}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {state.problems.map((p) => (
              <li key={`${p.index}-${p.code}`}>
                <span className="font-semibold">{p.index === 0 ? t("wholeFile") : t("record", { index: p.index, code: p.code ?? "—" })}</span>
                <ul className="list-[circle] pl-6 font-mono text-sm">
                  {p.problems.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <label htmlFor="catalog-file" className="block font-semibold">
          {t("file")}
        </label>
        <p id="catalog-file-hint" className="text-sm text-muted">
          {t("fileHint")}
        </p>
        <input id="catalog-file" name="file" type="file" accept="application/json,.json" aria-describedby="catalog-file-hint" className="mt-1" />
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("import")}
        </button>
      </div>
    </form>
  );
}
