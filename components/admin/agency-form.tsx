import { getTranslations } from "next-intl/server";
import { AdminTextField } from "@/components/admin/text-field";
import { FieldError, fieldClass } from "@/components/ui/field";
import { AGENCY_KINDS } from "@/lib/server/admin/agencies";

type Values = Partial<Record<"code" | "name" | "nameEn" | "kind" | "parentCode" | "address" | "phone" | "email" | "openingHours", string>>;

/**
 * An agency's record as a form (create and edit). `locked` fields are shown but not editable
 * (an agency administrator edits only contact details and opening hours).
 */
export async function AgencyForm(props: {
  action: (fd: FormData) => Promise<void>;
  values: Values;
  errors: Record<string, string>;
  hidden?: Record<string, string>;
  submit: string;
  withParent: boolean;
  contactsOnly?: boolean;
}) {
  const t = await getTranslations("admin");
  const err = (f: string) => (props.errors[f] ? t(`agencies.invalid.${props.errors[f]}` as "agencies.invalid.code") : undefined);
  const prefix = t("errorPrefix");
  const kindError = err("kind");
  return (
    <form action={props.action} id="form" className="mt-3 grid gap-4" noValidate>
      {Object.entries(props.hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {props.contactsOnly ? null : (
        <>
          <AdminTextField name="code" label={t("agencies.code")} hint={t("agencies.codeHint")} value={props.values.code} error={err("code")} errorPrefix={prefix} className="w-60" />
          <AdminTextField name="name" label={t("agencies.name")} value={props.values.name} error={err("name")} errorPrefix={prefix} />
          <AdminTextField name="nameEn" label={t("agencies.nameEn")} hint={t("agencies.nameEnHint")} value={props.values.nameEn} error={err("nameEn")} errorPrefix={prefix} />
          <div className={fieldClass(!!kindError)}>
            <label htmlFor="f-kind" className="block font-semibold">
              {t("agencies.kind")}
            </label>
            {kindError ? <FieldError id="f-kind-error" message={kindError} prefix={prefix} /> : null}
            <select id="f-kind" name="kind" defaultValue={props.values.kind ?? "COMMUNE"} className="input mt-1" aria-describedby={kindError ? "f-kind-error" : undefined}>
              {AGENCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`agencies.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {props.withParent ? (
            <AdminTextField name="parentCode" label={t("agencies.parentCode")} hint={t("agencies.parentHint")} value={props.values.parentCode} error={err("parentCode")} errorPrefix={prefix} className="w-60" />
          ) : null}
        </>
      )}
      <AdminTextField name="address" label={t("agencies.address")} value={props.values.address} error={err("address")} errorPrefix={prefix} />
      <AdminTextField name="phone" type="tel" label={t("agencies.phone")} value={props.values.phone} error={err("phone")} errorPrefix={prefix} className="w-60" />
      <AdminTextField name="email" type="email" label={t("agencies.email")} value={props.values.email} error={err("email")} errorPrefix={prefix} />
      <AdminTextField name="openingHours" label={t("agencies.openingHours")} hint={t("agencies.openingHoursHint")} value={props.values.openingHours} error={err("openingHours")} errorPrefix={prefix} multiline />
      <div>
        <button type="submit" className="btn btn-primary">
          {props.submit}
        </button>
      </div>
    </form>
  );
}

/** Field values and errors carried back in the address after a refused save. */
export function formStateOf(sp: Record<string, string | string[] | undefined>) {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    if (typeof v !== "string") continue;
    if (k.startsWith("e.")) errors[k.slice(2)] = v;
    else values[k] = v;
  }
  return { values, errors };
}
