"use client";

import { useFormStatus } from "react-dom";

/** A submit button that, with JavaScript, cannot be pressed twice while the form is sending. */
export function SubmitButton({
  children,
  className = "btn btn-primary",
  name,
  value,
  pendingLabel,
  formNoValidate = true,
}: {
  children: React.ReactNode;
  className?: string;
  name?: string;
  value?: string;
  pendingLabel?: string;
  formNoValidate?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} className={className} aria-disabled={pending} formNoValidate={formNoValidate} onClick={(e) => pending && e.preventDefault()}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
