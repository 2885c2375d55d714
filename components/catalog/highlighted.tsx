/** Text with the matched words marked (segments from lib/domain/search highlight()). */
export function Highlighted({ segments }: { segments: Array<{ text: string; match: boolean }> }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
