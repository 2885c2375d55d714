"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl">{t("errorTitle")}</h1>
      <p className="mt-3">{t("errorBody")}</p>
      {error.digest ? <p className="mt-2 text-muted">{t("errorId", { id: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="btn btn-primary mt-6">
        {t("tryAgain")}
      </button>
    </div>
  );
}
