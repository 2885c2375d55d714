/**
 * Text normalisation for Vietnamese search.
 *
 * Pure functions, no I/O. The folding here is designed to be byte-for-byte
 * identical to PostgreSQL's `lower(unaccent(s))` (default `unaccent.rules`)
 * for Vietnamese text, so that a query folded in TypeScript can be compared
 * with a column folded in SQL.
 */

/** Maximum length (in Unicode code points) of a user search query after sanitising. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Hard cap applied to raw input (in UTF-16 code units) before any regex work,
 * so that a huge payload cannot make sanitising expensive. Generous enough that
 * whitespace collapsing cannot shrink a legitimate query below MAX_QUERY_LENGTH.
 */
const RAW_INPUT_PRECAP = MAX_QUERY_LENGTH * 32;

/**
 * Combining diacritical marks (U+0300–U+036F). Vietnamese tone marks
 * (grave, acute, tilde, hook above, dot below) and vowel modifiers
 * (circumflex, breve, horn) all live in this block; `unaccent` also removes
 * them when they appear as separate (NFD) code points.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Letters `unaccent` maps to d/D that have no canonical decomposition:
 * đ/Đ (U+0111/U+0110, the Vietnamese letters) and ð/Ð (U+00F0/U+00D0, the
 * look-alike eth that legacy encodings and some keyboards produce instead).
 * Applied after lower-casing, so only the lower-case forms are needed.
 */
const D_STROKE = /[\u0111\u00f0]/g;

/**
 * Typographic punctuation that PostgreSQL's default `unaccent.rules` rewrites
 * to ASCII and that commonly appears in Vietnamese documents (word-processor
 * dashes, curly quotes, ellipsis, guillemets). Mirrored so that folded text
 * stays identical to `lower(unaccent(s))`.
 */
const PUNCTUATION: Readonly<Record<string, string>> = {
  "\u00ab": "<<", // «
  "\u00bb": ">>", // »
  "\u00d7": "*", // ×
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201a": ",", // ‚
  "\u201b": "'", // ‛
  "\u201c": '"', // “
  "\u201d": '"', // ”
  "\u201e": ",,", // „
  "\u201f": '"', // ‟
  "\u2026": "...", // …
  "\u2032": "'", // ′
  "\u2033": '"', // ″
  "\u2039": "<", // ‹
  "\u203a": ">", // ›
  "\u2116": "No", // №
  "\u2212": "-", // minus sign
};
const PUNCTUATION_RE = /[\u00ab\u00bb\u00d7\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033\u2039\u203a\u2116\u2212]/g;

/**
 * Fold Vietnamese text for matching: decompose, drop combining marks,
 * map đ/Đ → d, rewrite typographic punctuation like `unaccent` does, lower-case.
 *
 * `foldVietnamese("Đăng Ký Khai Sinh") === "dang ky khai sinh"`.
 * Works for both precomposed (NFC) and decomposed (NFD) input.
 */
export function foldVietnamese(s: string): string {
  if (!s) return "";
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(PUNCTUATION_RE, (ch) => PUNCTUATION[ch] ?? ch)
    .toLowerCase()
    .replace(D_STROKE, "d")
    .normalize("NFC");
}

/**
 * Clean a raw user query: NFC-normalise, turn any whitespace (including tabs,
 * newlines, NBSP) into single spaces, strip control/format characters and
 * lone surrogates, trim, and cap at {@link MAX_QUERY_LENGTH} code points.
 * Returns the cleaned query with its diacritics intact.
 */
export function sanitizeQuery(raw: string): string {
  if (typeof raw !== "string" || raw.length === 0) return "";
  let s = raw.length > RAW_INPUT_PRECAP ? raw.slice(0, RAW_INPUT_PRECAP) : raw;
  s = s
    // Lone surrogates first: String#normalize leaves them, Postgres rejects them.
    .replace(/\p{Cs}/gu, "")
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    // Remaining C0/C1 controls, DEL, and format chars (ZWSP, BOM, bidi overrides…).
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/ {2,}/g, " ")
    .trim();
  const codePoints = Array.from(s);
  if (codePoints.length > MAX_QUERY_LENGTH) {
    s = codePoints.slice(0, MAX_QUERY_LENGTH).join("").trim();
  }
  return s;
}

/** A word: starts with a letter or digit; may carry combining marks. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Split (already folded) text into words made of letters/digits.
 * Punctuation and whitespace are separators; empty tokens never appear.
 *
 * `tokenize("thay doi, cai chinh") → ["thay", "doi", "cai", "chinh"]`.
 */
export function tokenize(folded: string): string[] {
  if (!folded) return [];
  return folded.match(WORD) ?? [];
}

/** A word together with its UTF-16 offsets in the string it was taken from. */
export type PositionedToken = { text: string; start: number; end: number };

/** Like {@link tokenize}, but also reports where each word sits. */
export function tokenizeWithPositions(folded: string): PositionedToken[] {
  const out: PositionedToken[] = [];
  if (!folded) return out;
  for (const m of folded.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Convenience: sanitise then fold a raw user query. */
export function normalizeQuery(raw: string): string {
  return foldVietnamese(sanitizeQuery(raw));
}
