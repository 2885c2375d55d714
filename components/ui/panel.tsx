/** A confirmation panel (GOV.UK "panel"): the outcome and the reference, prominent. */
export function Panel({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg bg-ok-700 p-6 text-center text-white">
      <h1 className="text-3xl text-white">{title}</h1>
      {children ? <div className="mt-3 text-lg">{children}</div> : null}
    </div>
  );
}
