/** The online level of a procedure as a label that does not rely on colour alone. */
export function OnlineBadge({ level, label }: { level: "full" | "partial" | "none"; label: string }) {
  const style =
    level === "full"
      ? "border-ok-700 bg-white text-ok-700"
      : level === "partial"
        ? "border-brand-700 bg-white text-brand-800"
        : "border-muted bg-white text-muted";
  const icon = level === "full" ? "●" : level === "partial" ? "◐" : "○";
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${style}`}>
      <span aria-hidden="true">{icon}</span>
      {label}
    </span>
  );
}
