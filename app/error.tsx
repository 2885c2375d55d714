"use client";

import { useSyncExternalStore } from "react";
import en from "@/messages/en/shell.json";
import vi from "@/messages/vi/shell.json";

const subscribe = () => () => {};

/**
 * The error boundary of every page. It reads its few words straight from the shell catalogs (the page's
 * language is on <html lang>), so that no page pays for an i18n provider in the browser just for this.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    subscribe,
    () => document.documentElement.lang,
    () => "vi",
  );
  const t = (lang === "en" ? en : vi).common;
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl">{t.errorTitle}</h1>
      <p className="mt-3">{t.errorBody}</p>
      {error.digest ? <p className="mt-2 text-muted">{t.errorId.replace("{id}", error.digest)}</p> : null}
      <button type="button" onClick={reset} className="btn btn-primary mt-6">
        {t.tryAgain}
      </button>
    </div>
  );
}
