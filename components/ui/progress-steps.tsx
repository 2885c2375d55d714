import Link from "next/link";

export interface ProgressStep {
  label: string;
  href?: string;
  state: "done" | "current" | "todo";
}

/** Where the applicant is in the application, as an ordered list; done steps are links back. */
export function ProgressSteps({ label, steps, stepWord }: { label: string; steps: ProgressStep[]; stepWord: (n: number, total: number) => string }) {
  return (
    <nav aria-label={label} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((s, i) => {
          const body = (
            <>
              <span className="sr-only">{stepWord(i + 1, steps.length)}: </span>
              <span aria-hidden="true" className="mr-1 font-bold">
                {i + 1}.
              </span>
              {s.label}
            </>
          );
          const base = "inline-flex items-center rounded-full border-2 px-3 py-1";
          return (
            <li key={s.label}>
              {s.state === "current" ? (
                <span aria-current="step" className={`${base} border-brand-700 bg-brand-700 font-semibold text-white`}>
                  {body}
                </span>
              ) : s.href ? (
                <Link href={s.href} className={`${base} ${s.state === "done" ? "border-ok-700 text-ok-700" : "border-line text-brand-700"}`}>
                  {s.state === "done" ? <span aria-hidden="true" className="mr-1">✓</span> : null}
                  {body}
                </Link>
              ) : (
                <span className={`${base} border-line text-muted`}>{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
