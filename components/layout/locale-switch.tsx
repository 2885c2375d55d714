import { switchLocale } from "@/app/locale-action";

/** A plain form, so the language can be switched without JavaScript. */
export function LocaleSwitch({ locale, label, ariaLabel }: { locale: string; label: string; ariaLabel: string }) {
  const other = locale === "vi" ? "en" : "vi";
  return (
    <form action={switchLocale} className="no-print">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={ariaLabel}
        className="rounded border-2 border-white px-2 py-1 text-sm font-semibold sm:px-3 sm:py-1.5 text-white hover:bg-white hover:text-brand-900"
      >
        {label}
      </button>
    </form>
  );
}
