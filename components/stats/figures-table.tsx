import type { Row } from "@/lib/server/stats";

export interface FiguresTableLabels {
  caption: string;
  name: string;
  received: string;
  receivedOnline: string;
  finishedEarly: string;
  finishedOnTime: string;
  finishedLate: string;
  openWithin: string;
  openOverdue: string;
  refusedAtDesk: string;
  onlineShare: string;
  onTimeRate: string;
  satisfiedShare: string;
  notApplicable: string;
  notApplicableLabel: string;
}

function Pct({ value, labels, format }: { value: number | null; labels: FiguresTableLabels; format: (n: number) => string }) {
  if (value === null) return <abbr title={labels.notApplicableLabel}>{labels.notApplicable}</abbr>;
  return <>{format(value)}%</>;
}

/** A table of figures per agency or per field; scrolls sideways on narrow screens. */
export function FiguresTable({ rows, labels, en, format }: { rows: Row[]; labels: FiguresTableLabels; en: boolean; format: (n: number) => string }) {
  const num = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto" role="region" aria-label={labels.caption} tabIndex={0}>
      <table className="w-full min-w-[60rem] border-collapse text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="px-3 py-2">{labels.name}</th>
            <th scope="col" className={num}>{labels.received}</th>
            <th scope="col" className={num}>{labels.receivedOnline}</th>
            <th scope="col" className={num}>{labels.finishedEarly}</th>
            <th scope="col" className={num}>{labels.finishedOnTime}</th>
            <th scope="col" className={num}>{labels.finishedLate}</th>
            <th scope="col" className={num}>{labels.openWithin}</th>
            <th scope="col" className={num}>{labels.openOverdue}</th>
            <th scope="col" className={num}>{labels.refusedAtDesk}</th>
            <th scope="col" className={num}>{labels.onlineShare}</th>
            <th scope="col" className={num}>{labels.onTimeRate}</th>
            <th scope="col" className={num}>{labels.satisfiedShare}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-line">
              <th scope="row" className="px-3 py-2 text-left font-semibold">{en ? r.nameEn : r.name}</th>
              <td className={num}>{format(r.rates.received)}</td>
              <td className={num}>{format(r.figures.receivedOnline)}</td>
              <td className={num}>{format(r.figures.finishedEarly)}</td>
              <td className={num}>{format(r.figures.finishedOnTime)}</td>
              <td className={num}>{format(r.figures.finishedLate)}</td>
              <td className={num}>{format(r.figures.openWithin)}</td>
              <td className={`${num} ${r.figures.openOverdue > 0 ? "font-bold text-accent-700" : ""}`}>{format(r.figures.openOverdue)}</td>
              <td className={num}>{format(r.figures.refusedAtDesk)}</td>
              <td className={num}><Pct value={r.rates.onlineShare} labels={labels} format={format} /></td>
              <td className={num}><Pct value={r.rates.onTimeRate} labels={labels} format={format} /></td>
              <td className={num}><Pct value={r.rates.satisfiedShare} labels={labels} format={format} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
