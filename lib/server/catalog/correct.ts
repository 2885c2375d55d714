/**
 * "Did you mean": each query word the catalog does not know is replaced by its nearest word of
 * the vocabulary. PostgreSQL finds candidates by trigram distance (GiST KNN on "SearchWord");
 * they are then ranked by edit distance, by whether the word occurs in names, and by frequency.
 */
import { db } from "@/lib/db";

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export interface Candidate {
  word: string;
  display: string;
  inName: boolean;
  frequency: number;
  similarity: number;
}

/** How many edits a word of this length may need to be corrected. */
export function allowedEdits(length: number): number {
  return length <= 1 ? 0 : length <= 4 ? 1 : 2;
}

/**
 * Among corrections as many edits away, the likeliest slip: two letters swapped (same letters),
 * then a word left unfinished (the candidate starts with it), then anything else.
 */
function slipKind(token: string, word: string): number {
  if (token.length === word.length && [...token].sort().join("") === [...word].sort().join("")) return 0;
  if (word.startsWith(token)) return 1;
  return 2;
}

/** Corrections of `token` among candidates, best first: fewest edits, likeliest slip, used in names, most frequent. */
export function rankCorrections(token: string, candidates: readonly Candidate[]): Candidate[] {
  const limit = allowedEdits(token.length);
  const ranked: Array<{ c: Candidate; key: number[] }> = [];
  for (const c of candidates) {
    if (c.word === token) return [];
    const distance = editDistance(token, c.word, limit);
    if (distance > limit) continue;
    ranked.push({ c, key: [distance, slipKind(token, c.word), c.inName ? 0 : 1, -c.frequency, -c.similarity] });
  }
  return ranked.sort((a, b) => compare(a.key, b.key)).map((r) => r.c);
}

/** The best correction of `token` on its own, or null. */
export function bestCorrection(token: string, candidates: readonly Candidate[]): Candidate | null {
  return rankCorrections(token, candidates)[0] ?? null;
}

/**
 * Combinations of corrections, most likely first (at most `limit`): a lone unknown word tries its
 * `limit` best corrections; with several, the first ones try three each.
 */
export function combinations(options: Candidate[][], limit = 9): Candidate[][] {
  let out: Candidate[][] = [[]];
  const per = options.length === 1 ? limit : 3;
  for (const list of options) {
    const next: Candidate[][] = [];
    for (const combo of out) for (const c of list.slice(0, per)) if (next.length < limit) next.push([...combo, c]);
    out = next;
  }
  return out;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Every string one edit away from `word` (a letter dropped, added, replaced, or two neighbours
 * swapped), on folded text. Pure. A word of n letters has about 75·n of them: cheap to look up in
 * the vocabulary held in memory, and unlike trigrams it finds short words with swapped letters
 * ("hno" → "hon"), whose trigrams share almost nothing.
 */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      out.add(head + c + tail);
      if (tail.length > 0) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** Vocabulary words one edit away from `token` (see oneEditAway), as correction candidates. */
export function nearbyWords(
  token: string,
  words: ReadonlyMap<string, { display: string; inName: boolean; frequency: number }>,
): Candidate[] {
  if (allowedEdits(token.length) < 1) return [];
  const out: Candidate[] = [];
  for (const w of oneEditAway(token)) {
    const known = words.get(w);
    if (known) out.push({ word: w, display: known.display, inName: known.inName, frequency: known.frequency, similarity: 0 });
  }
  return out;
}

/** Index (in `queries`) of the first tsquery that some procedure name satisfies, or null. */
export async function firstMatchingName(queries: string[]): Promise<number | null> {
  if (queries.length === 0) return null;
  const rows = await db().$queryRaw<Array<{ i: bigint }>>`
    SELECT q.i FROM unnest(${queries}::text[]) WITH ORDINALITY AS q(tsq, i)
     WHERE EXISTS (SELECT 1 FROM "ProcedureSearch" s
                    WHERE s."nameVector" @@ to_tsquery('simple'::regconfig, q.tsq))
     ORDER BY q.i LIMIT 1`;
  return rows[0] ? Number(rows[0].i) - 1 : null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Trigram candidates for each word, nearest first. */
export async function trigramCandidates(tokens: string[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  if (tokens.length === 0) return out;
  const rows = await db().$queryRaw<Array<Candidate & { tok: string }>>`
    SELECT t.tok, w.word, w.display, w."inName", w.frequency, similarity(w.word, t.tok)::float8 AS similarity
      FROM unnest(${tokens}::text[]) AS t(tok)
      CROSS JOIN LATERAL (
        SELECT word, display, "inName", frequency FROM "SearchWord" ORDER BY word <-> t.tok LIMIT 20
      ) w`;
  for (const r of rows) {
    const list = out.get(r.tok) ?? [];
    list.push({ word: r.word, display: r.display, inName: r.inName, frequency: r.frequency, similarity: r.similarity });
    out.set(r.tok, list);
  }
  return out;
}
