/**
 * Diacritic-insensitive highlighting of search terms in original text.
 *
 * Returns plain segments, never HTML: the caller renders `match` segments
 * (e.g. as <mark>) through React, which escapes text, so there is no XSS
 * surface here.
 */
import { foldVietnamese, sanitizeQuery, tokenize, tokenizeWithPositions } from "./normalize";

export type HighlightSegment = { text: string; match: boolean };

/** Limits keep highlighting cheap even for adversarial input. */
const MAX_TERMS = 64;

/**
 * One user-perceived character of the original text: a code point followed
 * by any combining marks (so an NFD "a" + breve + acute stays together), or a
 * run of marks with no base character.
 */
const CLUSTER = /[^\p{M}]\p{M}*|\p{M}+/gu;

type Pattern = { tokens: string[] };

function buildPatterns(terms: readonly string[]): { phrases: Pattern[]; words: string[] } {
  const phrases: Pattern[] = [];
  const words = new Set<string>();
  const seenPhrases = new Set<string>();
  for (const term of terms.slice(0, MAX_TERMS)) {
    if (typeof term !== "string") continue;
    const tokens = tokenize(foldVietnamese(sanitizeQuery(term)));
    if (tokens.length === 0) continue;
    for (const t of tokens) words.add(t);
    if (tokens.length > 1) {
      const key = tokens.join(" ");
      if (!seenPhrases.has(key)) {
        seenPhrases.add(key);
        phrases.push({ tokens });
      }
    }
  }
  return { phrases, words: [...words] };
}

/** Word-prefix match; one-character query words must match a whole word. */
function prefixLength(word: string, token: string): number {
  if (token.length === 1) return word === token ? 1 : 0;
  return word.startsWith(token) ? token.length : 0;
}

/**
 * Split `text` into segments, marking parts whose folded form matches a
 * folded term. Matching is case- and diacritic-insensitive and anchored at
 * word starts (query "khai" highlights "khai" in "Đăng ký khai sinh", query
 * "dang ky" highlights "Đăng ký" as one segment). Multi-word terms are
 * highlighted as a whole phrase (including the separators between the words)
 * where they occur contiguously; each word is also highlighted on its own.
 *
 * Invariant: `segments.map(s => s.text).join("") === text`, for any input,
 * including NFD text and text containing astral characters.
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const { phrases, words } = buildPatterns(terms);
  if (words.length === 0) return [{ text, match: false }];

  // Fold cluster by cluster, remembering which cluster each folded UTF-16
  // unit came from; folding can change lengths (NFD input, ligatures…).
  const clusters = text.match(CLUSTER) ?? [text];
  const owner: number[] = [];
  let folded = "";
  clusters.forEach((cluster, index) => {
    const f = foldVietnamese(cluster);
    folded += f;
    for (let k = 0; k < f.length; k++) owner.push(index);
  });

  const marked = new Array<boolean>(clusters.length).fill(false);
  const mark = (start: number, end: number): void => {
    for (let j = start; j < end; j++) {
      const c = owner[j];
      if (c !== undefined) marked[c] = true;
    }
  };

  const textWords = tokenizeWithPositions(folded);

  for (const { tokens } of phrases) {
    const n = tokens.length;
    for (let i = 0; i + n <= textWords.length; i++) {
      let ok = true;
      for (let k = 0; k < n - 1; k++) {
        if (textWords[i + k]?.text !== tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const first = textWords[i];
      const last = textWords[i + n - 1];
      const lastToken = tokens[n - 1];
      if (!first || !last || lastToken === undefined) continue;
      const len = prefixLength(last.text, lastToken);
      if (len > 0) mark(first.start, last.start + len);
    }
  }

  for (const w of textWords) {
    for (const token of words) {
      const len = prefixLength(w.text, token);
      if (len > 0) mark(w.start, w.start + len);
    }
  }

  const segments: HighlightSegment[] = [];
  let current: HighlightSegment | undefined;
  clusters.forEach((cluster, index) => {
    const match = marked[index] === true;
    if (current && current.match === match) {
      current.text += cluster;
    } else {
      current = { text: cluster, match };
      segments.push(current);
    }
  });
  return segments;
}
