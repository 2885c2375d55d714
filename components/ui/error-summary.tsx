"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the page, a link to each field in error. With
 * JavaScript it takes the focus, so screen-reader users hear it first.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-4 border-accent-700 p-4 focus:outline-none">
      <h2 id="error-summary-title" className="text-xl">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={e.href} className="font-semibold text-accent-700 hover:text-accent-700">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
