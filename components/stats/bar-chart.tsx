/**
 * A server-rendered bar chart (SVG). It is a picture of the table that follows it: screen readers
 * get its title and description, and the figures from the table.
 */
export interface Series {
  label: string;
  color: string;
  values: number[];
}

export function BarChart({ id, title, description, categories, series }: { id: string; title: string; description: string; categories: string[]; series: Series[] }) {
  const width = Math.max(320, categories.length * (series.length * 18 + 24) + 48);
  const height = 220;
  const top = 16;
  const bottom = 40;
  const left = 40;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const scale = (v: number) => ((height - top - bottom) * v) / max;
  const group = series.length * 18 + 24;
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure className="overflow-x-auto">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width} y1={height - bottom - scale(t)} y2={height - bottom - scale(t)} stroke="#c9d1dc" />
            <text x={left - 6} y={height - bottom - scale(t) + 4} textAnchor="end" fontSize="11" fill="#4a5361">
              {t}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <g key={c}>
            {series.map((s, j) => {
              const v = s.values[i] ?? 0;
              const x = left + 12 + i * group + j * 18;
              return <rect key={s.label} x={x} y={height - bottom - scale(v)} width={14} height={scale(v)} fill={s.color} />;
            })}
            <text x={left + 12 + i * group + (series.length * 18) / 2} y={height - bottom + 16} textAnchor="middle" fontSize="11" fill="#1b1f24">
              {c}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-3" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
