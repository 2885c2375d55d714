/**
 * A result document's number and symbol (số, ký hiệu): numbers run from 1 each year per agency;
 * the symbol names the kind of document and the agency ("KQ-<agency code>"). Written "12/KQ-…".
 */

export const RESULT_SYMBOL_PREFIX = "KQ";

export const resultSymbolOf = (agencyCode: string): string => `${RESULT_SYMBOL_PREFIX}-${agencyCode}`;

/** "12/KQ-000.01.30.H42", or null when the result has no number yet. */
export function formatResultNumber(x: { resultNumber: number | null; resultSymbol: string | null }): string | null {
  return x.resultNumber !== null && x.resultSymbol ? `${x.resultNumber}/${x.resultSymbol}` : null;
}

/** The year (in Vietnam) a number given at `at` belongs to. */
export const resultYearOf = (at: Date): number => new Date(at.getTime() + 7 * 3600_000).getUTCFullYear();
