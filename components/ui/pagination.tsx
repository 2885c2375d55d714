import Link from "next/link";

export interface PaginationLabels {
  nav: string;
  previous: string;
  next: string;
  page: (page: number) => string;
  current: (page: number) => string;
}

/** The pages to show: first, last, and two around the current one, with gaps. */
export function pageWindow(page: number, pages: number): Array<number | "gap"> {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

function href(basePath: string, params: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "page") search.set(k, v);
  if (page > 1) search.set("page", String(page));
  const s = search.toString();
  return s ? `${basePath}?${s}` : basePath;
}

/** Page links that are plain URLs (shareable, work without JavaScript). */
export function Pagination({
  page,
  pages,
  basePath,
  params,
  labels,
}: {
  page: number;
  pages: number;
  basePath: string;
  params: Record<string, string | undefined>;
  labels: PaginationLabels;
}) {
  if (pages <= 1) return null;
  const link = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-line px-3 font-semibold no-underline hover:border-brand-700";
  return (
    <nav aria-label={labels.nav} className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(basePath, params, page - 1)} rel="prev" className={link}>
              <span aria-hidden="true">‹&nbsp;</span>
              {labels.previous}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" aria-label={labels.current(p)} className={`${link} border-brand-700 bg-brand-700 text-white`}>
                  {p}
                </span>
              ) : (
                <Link href={href(basePath, params, p)} aria-label={labels.page(p)} className={link}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(basePath, params, page + 1)} rel="next" className={link}>
              {labels.next}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
