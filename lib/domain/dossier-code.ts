/**
 * Dossier codes (mã hồ sơ), Thông tư 01/2018/TT-VPCP: `<agency code>-<YYMMDD>-<NNNN>`, e.g.
 * `000.00.12.H23-251126-0007`: the receiving agency's code, the receipt date in
 * Asia/Ho_Chi_Minh, and a sequence that restarts each day for that agency. The sequence is
 * allocated by the database (lib/server/dossiers/code.ts); a day with more than 9,999 dossiers
 * at one agency simply gets longer numbers (10000, …), which keeps codes unique.
 */

const VN_OFFSET_MS = 7 * 3600_000;

/** The local (Asia/Ho_Chi_Minh) calendar day of an instant, as "YYYY-MM-DD". */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export const AGENCY_CODE_RE = /^[0-9A-Z.]{1,30}$/;
const CODE_RE = /^([0-9A-Z.]{1,30})-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

export function formatDossierCode(agencyCode: string, instant: Date, sequence: number): string {
  if (!AGENCY_CODE_RE.test(agencyCode)) throw new RangeError(`invalid agency code "${agencyCode}"`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`invalid sequence ${sequence}`);
  const day = vietnamDay(instant);
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

export interface ParsedDossierCode {
  agencyCode: string;
  /** "YYYY-MM-DD" (years 2000–2099). */
  day: string;
  sequence: number;
}

export function parseDossierCode(code: string): ParsedDossierCode | null {
  const m = CODE_RE.exec(code.trim().toUpperCase());
  if (!m) return null;
  const [, agencyCode, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string, string];
  const day = `20${yy}-${mm}-${dd}`;
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) return null;
  const sequence = Number(seq);
  if (sequence < 1 || (seq.length > 4 && seq.startsWith("0"))) return null;
  return { agencyCode, day, sequence };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}
