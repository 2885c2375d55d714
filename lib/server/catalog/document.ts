/**
 * The search document of a procedure version: folded words of its name and of everything else
 * a person might search by. Pure (unit-tested); reindex.ts writes it to "ProcedureSearch".
 */
import { foldVietnamese, tokenize } from "@/lib/domain/search";

export interface DocumentSource {
  name: string;
  fieldName: string;
  lifeEventNames: string[];
  conditions: string;
  steps: unknown;
  components: Array<{ name: string; note: string }>;
  result: string;
  fees: unknown;
  legalBasis: unknown;
  timeLimitValue: number;
  timeLimitUnit: "WORKING_DAY" | "WORKING_HOUR" | "SAME_DAY" | "CALENDAR_DAY";
}

/** " dang ky khai sinh " — folded words, one space apart, a space at each end (phrase tests use position()). */
export function wordsOf(text: string): string {
  const tokens = tokenize(foldVietnamese(text));
  return tokens.length === 0 ? " " : ` ${tokens.join(" ")} `;
}

function strings(value: unknown, keys: string[]): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item === "string") return [item];
    if (item && typeof item === "object") {
      return keys.map((k) => (item as Record<string, unknown>)[k]).filter((v): v is string => typeof v === "string");
    }
    return [];
  });
}

/** Working hours, for sorting by time limit: a working day is 8 hours, a calendar day 5/7 of one. */
export function timeLimitHours(value: number, unit: DocumentSource["timeLimitUnit"]): number {
  const v = Number.isFinite(value) ? value : 0;
  if (unit === "WORKING_HOUR") return v;
  if (unit === "SAME_DAY") return 8;
  if (unit === "WORKING_DAY") return v * 8;
  return Math.round(((v * 8 * 5) / 7) * 100) / 100;
}

/**
 * A word in more than this share of the procedures says little about any of them ("giấy", "hồ sơ",
 * "cấp"…): search documents keep it in names only, and queries treat it as optional when they hold
 * rarer words. Below MIN_DOCUMENTS procedures no word is common.
 */
export const COMMON_SHARE = 0.2;
export const MIN_DOCUMENTS = 50;

export function isCommonWord(frequency: number, documents: number): boolean {
  return documents >= MIN_DOCUMENTS && frequency > COMMON_SHARE * documents;
}

/** The body's text, everything but the name. */
export function bodyText(src: DocumentSource): string {
  return [
    src.fieldName,
    ...src.lifeEventNames,
    src.conditions,
    ...strings(src.steps, []),
    ...src.components.flatMap((c) => [c.name, c.note]),
    src.result,
    ...strings(src.fees, ["name", "note"]),
    ...strings(src.legalBasis, ["code", "title"]),
  ].join(" \n ");
}

/**
 * The search document: the name's words (all of them, in order) and the body's distinct words
 * except common ones (isCommon), in order of first appearance.
 */
export function buildDocument(
  src: DocumentSource,
  isCommon: (word: string) => boolean = () => false,
): { nameWords: string; bodyWords: string; timeLimitHours: number } {
  const body = [...new Set(tokenize(foldVietnamese(bodyText(src))))].filter((w) => !isCommon(w));
  return {
    nameWords: wordsOf(src.name),
    bodyWords: body.length === 0 ? " " : ` ${body.join(" ")} `,
    timeLimitHours: timeLimitHours(src.timeLimitValue, src.timeLimitUnit),
  };
}

/** Words of a text with their spelling (lower-case, with diacritics) and folded form. */
export function spellings(text: string): Array<{ word: string; display: string }> {
  const lower = text.normalize("NFC").toLowerCase();
  return tokenize(lower).map((display) => ({ display: display.normalize("NFC"), word: foldVietnamese(display) }));
}
