/**
 * From what a person typed to what PostgreSQL is asked. Pure: no I/O, unit-tested.
 *
 * A query becomes a list of units. A unit is one word, or a span of words that the synonym
 * dictionary knows ("sổ đỏ", "gpxd"), which then matches the span itself or any of its official
 * wordings. The full-text query requires every unit (AND); a synonym unit is an OR of its
 * alternatives, each alternative an AND of its words. The tsquery uses no phrase operator, so the
 * GIN index answers it without rechecking the documents; phrase adjacency is scored separately
 * on the folded word strings (see search.ts).
 */
import { compileSynonyms, foldVietnamese, sanitizeQuery, tokenize, type CompiledTerm, type SynonymEntry } from "@/lib/domain/search";

export type QueryUnit =
  | { kind: "word"; word: string; filler: boolean }
  | { kind: "synonym"; term: string[]; expansions: string[][] };

export interface QueryPlan {
  /** Sanitised query with its diacritics, as typed. */
  text: string;
  /** Folded words of the query. */
  tokens: string[];
  units: QueryUnit[];
  /** For the document index: every distinctive unit required (fillers and common words optional). */
  strict: string;
  /** The tsquery of each meaningful unit (common words included), for matching only some of them. */
  partial: string[];
  /** For each of `partial`: its word when the unit is a single word, else null (a synonym). */
  partialWords: Array<string | null>;
  /** The single words `strict` requires (each an AND term of it): one the catalog lacks matches nothing. */
  requiredWords: string[];
  /** For the name index: every meaningful unit, the last word as a prefix (suggestions while typing). */
  prefix: string;
  /** Whole-query phrases: the query itself and the query with each synonym replaced by its wordings. */
  phrases: string[];
  /** Every distinct word of the query and of the wordings it triggered. */
  words: string[];
  /** Terms for highlight(): query words, synonym terms and their wordings. */
  highlightTerms: string[];
}

/**
 * Words people add around what they want that no procedure name contains
 * ("thủ tục", "làm", "xin", "hướng dẫn", "như thế nào"…). They never have to match.
 */
const FILLERS = new Set([
  "thu", "tuc", "lam", "xin", "cach", "huong", "dan", "nhu", "the", "nao", "o", "dau", "can", "gi",
  "bao", "lau", "nhieu", "tien", "hoi", "muon", "toi", "minh", "em", "anh", "chi", "giup", "voi", "ve",
  "cho", "de", "di", "phai", "nop", "tai", "online", "truc", "tuyen",
]);

/** A lexeme for to_tsquery: quoted, so that no word can be read as an operator. */
export function lexeme(word: string, prefix = false): string {
  return `'${word.replace(/'/g, "''")}'${prefix ? ":*" : ""}`;
}

function andOf(words: string[], prefixLast = false): string {
  const parts = words.map((w, i) => lexeme(w, prefixLast && i === words.length - 1));
  return parts.length === 1 ? parts[0]! : `(${parts.join(" & ")})`;
}

/** How the catalog knows a word: not at all, as a common word (names only), or as a distinctive one. */
export type WordKind = "unknown" | "common" | "rare";
export type Classify = (word: string) => WordKind;

/** Words of a wording that must match: its uncommon words (all of them if every one is common). */
function distinctive(words: string[], classify: Classify): string[] {
  const rare = words.filter((w) => classify(w) !== "common");
  return rare.length > 0 ? rare : words;
}

function unitQuery(unit: QueryUnit, prefixLast: boolean, classify: Classify): string {
  if (unit.kind === "word") return lexeme(unit.word, prefixLast);
  // The official wordings always count. The everyday term itself ("sổ đỏ" → "so", "do") counts
  // only if it holds a distinctive word the catalog knows: otherwise it could only match names by
  // chance, and scanning the long posting lists of common words is the costliest part of a search.
  const termCounts = unit.expansions.length === 0 || unit.term.some((w) => classify(w) === "rare");
  const wordings = termCounts ? [unit.term, ...unit.expansions] : unit.expansions;
  const alternatives = [...new Set(wordings.map((w) => andOf(distinctive(w, classify), prefixLast && w === unit.term)))];
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`;
}

/** Splits tokens into units, longest dictionary terms first, never overlapping (like expandQuery). */
export function unitsOf(tokens: string[], compiled: readonly CompiledTerm[]): QueryUnit[] {
  const claimedBy = new Array<CompiledTerm | undefined>(tokens.length).fill(undefined);
  const starts = new Map<number, CompiledTerm>();
  for (const term of compiled) {
    const n = term.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (claimedBy[i + k] || tokens[i + k] !== term.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) claimedBy[i + k] = term;
      starts.set(i, term);
      i += n - 1;
    }
  }
  const units: QueryUnit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = starts.get(i);
    if (term) {
      units.push({ kind: "synonym", term: term.tokens, expansions: term.expansions.map((e) => tokenize(e)).filter((t) => t.length > 0) });
      i += term.tokens.length - 1;
    } else {
      const word = tokens[i]!;
      units.push({ kind: "word", word, filler: FILLERS.has(word) });
    }
  }
  return units;
}

const MAX_PHRASES = 12;

function phraseVariants(units: QueryUnit[]): string[] {
  let variants: string[][] = [[]];
  for (const unit of units) {
    const options = unit.kind === "word" ? [[unit.word]] : [unit.term, ...unit.expansions];
    const next: string[][] = [];
    for (const v of variants) for (const o of options) if (next.length < MAX_PHRASES) next.push([...v, ...o]);
    variants = next;
  }
  return [...new Set(variants.filter((v) => v.length > 0).map((v) => ` ${v.join(" ")} `))];
}

/**
 * Plans a query. `compiled` is the dictionary prepared by compileSynonyms (cache it).
 *
 * `classify` tells the words so frequent in the catalog that the search documents keep them only
 * in names (see reindex.ts): in the full-text query such a word is optional (like a filler) when
 * the query has rarer words, and a wording of a synonym requires only its rarer words. The
 * ranking still looks at every word, in the names.
 */
export function planQuery(raw: string, compiled: readonly CompiledTerm[], classify: Classify = () => "rare"): QueryPlan {
  const text = sanitizeQuery(raw);
  const tokens = tokenize(foldVietnamese(text));
  const units = unitsOf(tokens, compiled);
  const soft = (u: QueryUnit) => u.kind === "word" && (u.filler || classify(u.word) === "common");
  const required = units.filter((u) => !soft(u));
  const meaningful = units.filter((u) => u.kind === "synonym" || !u.filler);
  const used = required.length > 0 ? required : meaningful.length > 0 ? meaningful : units;
  const strict = used.map((u) => unitQuery(u, false, classify)).join(" & ");
  const partial = meaningful.map((u) => unitQuery(u, false, classify));
  const partialWords = meaningful.map((u) => (u.kind === "word" ? u.word : null));
  const requiredWords = used.flatMap((u) => (u.kind === "word" ? [u.word] : []));
  // Suggestions search names, which keep every word: all meaningful units, the last one as a prefix.
  const named = meaningful.length > 0 ? meaningful : units;
  const prefix = named.map((u, i) => unitQuery(u, i === named.length - 1, () => "rare")).join(" & ");
  // Phrases of the query without its fillers too: "thủ tục đăng ký khai sinh" finds the name "Đăng ký khai sinh".
  const phrases = [...new Set([...phraseVariants(units), ...phraseVariants(meaningful)])].slice(0, MAX_PHRASES * 2);
  const words = new Set<string>();
  // Whole phrases first, so that "Đăng ký khai sinh" is marked as one span, separators included.
  const highlightTerms: string[] = phrases.filter((p) => p.trim().includes(" ")).map((p) => p.trim());
  for (const u of units) {
    if (u.kind === "word") {
      words.add(u.word);
      highlightTerms.push(u.word);
    } else {
      for (const w of u.term) words.add(w);
      // The official wordings are what the names contain; the everyday term's own words
      // ("so", "do") would light up unrelated words.
      if (u.expansions.length === 0) highlightTerms.push(u.term.join(" "));
      for (const e of u.expansions) {
        for (const w of e) words.add(w);
        highlightTerms.push(e.join(" "));
      }
    }
  }
  return { text, tokens, units, strict, partial, partialWords, requiredWords, prefix, phrases, words: [...words].map((w) => ` ${w} `), highlightTerms };
}

/**
 * A tsquery true when at least `need` of `queries` are: the OR of the AND of each `need` of them,
 * so that the GIN index finds the candidates itself. Null when that takes more than `max`
 * combinations (then the caller matches any of them and counts).
 */
export function atLeastQuery(queries: readonly string[], need: number, max = 32): string | null {
  if (need <= 0 || need > queries.length) return null;
  if (need === 1) return queries.map((q) => `(${q})`).join(" | ");
  const combos: string[][] = [];
  const pick = (start: number, chosen: string[]): boolean => {
    if (chosen.length === need) {
      combos.push(chosen);
      return combos.length <= max;
    }
    for (let i = start; i <= queries.length - (need - chosen.length); i++) if (!pick(i + 1, [...chosen, queries[i]!])) return false;
    return true;
  };
  if (!pick(0, [])) return null;
  return combos.map((c) => `(${c.map((q) => `(${q})`).join(" & ")})`).join(" | ");
}

export { compileSynonyms, type SynonymEntry };
