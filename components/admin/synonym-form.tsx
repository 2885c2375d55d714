import { getTranslations } from "next-intl/server";
import { AdminTextField } from "@/components/admin/text-field";
import { saveSynonymAction } from "@/app/(admin)/admin/synonyms/actions";

/** Adds or edits one synonym: the everyday term and its official wordings, one a line. */
export async function SynonymForm({ id, term, expansions, errors }: { id: string | null; term: string; expansions: string; errors: Record<string, string> }) {
  const t = await getTranslations("admin");
  const msg = (f: string) => (errors[f] ? t(`synonyms.invalid.${errors[f]}` as "synonyms.invalid.term") : undefined);
  return (
    <form action={saveSynonymAction} id="form" className="mt-3 grid gap-4" noValidate>
      <input type="hidden" name="synonymId" value={id ?? ""} />
      <AdminTextField name="term" label={t("synonyms.term")} hint={t("synonyms.termHint")} value={term} error={msg("term")} errorPrefix={t("errorPrefix")} className="w-80" />
      <AdminTextField name="expansions" label={t("synonyms.expansions")} hint={t("synonyms.expansionsHint")} value={expansions} error={msg("expansions")} errorPrefix={t("errorPrefix")} multiline />
      <div>
        <button type="submit" className="btn btn-primary">
          {id ? t("synonyms.save") : t("synonyms.add")}
        </button>
      </div>
    </form>
  );
}
