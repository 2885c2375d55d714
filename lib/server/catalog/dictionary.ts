/** The synonym dictionary (table "SearchSynonym", kept by the administrator) and the vocabulary. */
import { db } from "@/lib/db";
import { compileSynonyms, type CompiledTerm } from "@/lib/domain/search";
import { cached } from "./cache";

const TTL = 60_000;

export function loadDictionary(): Promise<CompiledTerm[]> {
  return cached("dictionary", TTL, async () => {
    const rows = await db().searchSynonym.findMany({ select: { term: true, expansions: true } });
    return compileSynonyms(rows);
  });
}

/** Every folded word of the catalog (names and bodies): a word outside it is a typo or unknown. */
export function loadVocabulary(): Promise<Set<string>> {
  return cached("vocabulary", TTL * 5, async () => {
    const rows = await db().searchWord.findMany({ select: { word: true } });
    return new Set(rows.map((r) => r.word));
  });
}
