/** The synonym dictionary (table "SearchSynonym", kept by the administrator) and the vocabulary. */
import { db } from "@/lib/db";
import { compileSynonyms, type CompiledTerm } from "@/lib/domain/search";
import { cached } from "./cache";
import { isCommonWord } from "./document";
import type { WordKind } from "./query-plan";

const TTL = 60_000;

export function loadDictionary(): Promise<CompiledTerm[]> {
  return cached("dictionary", TTL, async () => {
    const rows = await db().searchSynonym.findMany({ select: { term: true, expansions: true } });
    return compileSynonyms(rows);
  });
}

export interface Vocabulary {
  /** Every folded word of the catalog (names and bodies) with the number of procedures using it. */
  frequency: Map<string, number>;
  /** Every folded word with its commonest spelling and whether a name holds it. */
  words: Map<string, { display: string; inName: boolean; frequency: number }>;
  documents: number;
  /** A word outside the vocabulary is a typo or unknown. */
  has(word: string): boolean;
  /** See isCommonWord. */
  isCommon(word: string): boolean;
  classify(word: string): WordKind;
}

export function loadVocabulary(): Promise<Vocabulary> {
  return cached("vocabulary", TTL * 5, async () => {
    const [rows, documents] = await Promise.all([
      db().searchWord.findMany({ select: { word: true, frequency: true, display: true, inName: true } }),
      db().procedureSearch.count(),
    ]);
    const frequency = new Map(rows.map((r) => [r.word, r.frequency]));
    return {
      frequency,
      words: new Map(rows.map((r) => [r.word, { display: r.display, inName: r.inName, frequency: r.frequency }])),
      documents,
      has: (word) => frequency.has(word),
      isCommon: (word) => isCommonWord(frequency.get(word) ?? 0, documents),
      classify: (word) => {
        const f = frequency.get(word);
        return f === undefined ? "unknown" : isCommonWord(f, documents) ? "common" : "rare";
      },
    };
  });
}
