/** A form field's frame: label (or legend), hint, error message, then the control. */
export function FieldError({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  return (
    <p id={id} className="font-semibold text-accent-700" aria-live="polite">
      {message ? (
        <>
          <span className="sr-only">{prefix}: </span>
          {message}
        </>
      ) : null}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="text-sm text-muted">
      {children}
    </p>
  );
}

export function fieldClass(error: boolean): string {
  return error ? "border-l-4 border-accent-700 pl-3" : "";
}
