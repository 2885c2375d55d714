import { FieldError, fieldClass, Hint } from "@/components/ui/field";

/** A labelled text field of an administration form, with its hint and its error in place. */
export function AdminTextField(props: {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  type?: "text" | "email" | "tel" | "number";
  multiline?: boolean;
  className?: string;
  min?: number;
  max?: number;
}) {
  const id = `f-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: props.name, defaultValue: props.value ?? "", "aria-describedby": describedBy, "aria-invalid": props.error ? true : undefined };
  return (
    <div className={fieldClass(!!props.error)}>
      <label htmlFor={id} className="block font-semibold">
        {props.label}
      </label>
      {props.hint ? <Hint id={`${id}-hint`}>{props.hint}</Hint> : null}
      {props.error ? <FieldError id={`${id}-error`} message={props.error} prefix={props.errorPrefix} /> : null}
      {props.multiline ? (
        <textarea {...common} rows={3} className={`input mt-1 w-full ${props.className ?? ""}`} />
      ) : (
        <input {...common} type={props.type ?? "text"} min={props.min} max={props.max} className={`input mt-1 ${props.className ?? "w-full"}`} />
      )}
    </div>
  );
}
