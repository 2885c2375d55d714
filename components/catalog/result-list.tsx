import Link from "next/link";
import { OnlineBadge } from "./badges";
import { Highlighted } from "./highlighted";

export interface ResultItem {
  code: string;
  url: string;
  nameHighlighted: Array<{ text: string; match: boolean }>;
  fieldName: string;
  levelLabel: string;
  onlineLevel: "full" | "partial" | "none";
  onlineLabel: string;
  timeLimitText: string;
}

export interface ResultLabels {
  code: string;
  field: string;
  level: string;
  timeLimit: string;
}

/** Search results: each procedure as a heading link and its key facts. */
export function ResultList({ items, labels }: { items: ResultItem[]; labels: ResultLabels }) {
  return (
    <ol className="mt-4 grid gap-4">
      {items.map((item) => (
        <li key={item.code} className="rounded-lg border-2 border-line p-4 hover:border-brand-600">
          <h3 className="text-lg">
            {/* Procedure names are published in Vietnamese only: read as Vietnamese on English pages too. */}
            <Link href={item.url} lang="vi">
              <Highlighted segments={item.nameHighlighted} />
            </Link>
          </h3>
          <div className="mt-2">
            <OnlineBadge level={item.onlineLevel} label={item.onlineLabel} />
          </div>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{labels.code}</dt>
            <dd>{item.code}</dd>
            <dt className="font-semibold">{labels.field}</dt>
            <dd>{item.fieldName}</dd>
            <dt className="font-semibold">{labels.level}</dt>
            <dd>{item.levelLabel}</dd>
            <dt className="font-semibold">{labels.timeLimit}</dt>
            <dd lang="vi" className="line-clamp-2">
              {item.timeLimitText}
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
