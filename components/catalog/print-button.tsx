"use client";

import { useHydrated } from "./use-hydrated";

/** "Print this page": shown only when JavaScript can open the print dialog (the browser's own menu works anyway). */
export function PrintButton({ label }: { label: string }) {
  const ready = useHydrated();
  if (!ready) return null;
  return (
    <button type="button" className="btn btn-secondary w-full" onClick={() => window.print()}>
      {label}
    </button>
  );
}
