/**
 * Searches nobody typed before, for the benchmarks: spans of 1–4 words taken from the catalog's
 * names, some without diacritics, some with a slip (a letter dropped, doubled, replaced or two
 * letters swapped), now and then with filler words around them. Deterministic for a seed.
 */
import { foldVietnamese } from "../../lib/domain/search";

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "abcdeghiklmnopqrstuvxy";
const FILLERS = ["thủ tục", "làm", "xin", "cách", "hướng dẫn"];

/** One slip in a word of at least four letters: dropped, doubled, replaced, or swapped with the next. */
function slip(word: string, rand: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + LETTERS[Math.floor(rand() * LETTERS.length)] + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

export interface FreshQueryOptions {
  /** Share of queries typed without diacritics (0.4). */
  folded?: number;
  /** Share of queries with one slip (0.15). */
  slips?: number;
  seed?: number;
}

/** `count` distinct queries built from `names`. */
export function freshQueries(names: readonly string[], count: number, options: FreshQueryOptions = {}): string[] {
  const rand = prng(options.seed ?? 1);
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 50) {
    const words = names[Math.floor(rand() * names.length)]!.toLowerCase().split(/[\s,.;:()/]+/).filter(Boolean);
    if (words.length === 0) continue;
    const n = Math.min(words.length, 1 + Math.floor(rand() * 4));
    const start = Math.floor(rand() * (words.length - n + 1));
    let span = words.slice(start, start + n);
    if (rand() < (options.folded ?? 0.4)) span = span.map((w) => foldVietnamese(w));
    if (rand() < (options.slips ?? 0.15)) {
      const k = Math.floor(rand() * span.length);
      span[k] = slip(span[k]!, rand);
    }
    if (rand() < 0.1) span = [FILLERS[Math.floor(rand() * FILLERS.length)]!, ...span];
    out.add(span.join(" "));
  }
  return [...out];
}
