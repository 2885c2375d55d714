/**
 * The citizen's document store (kho dữ liệu), the pure part: the kinds of documents it holds, which
 * kind a procedure's dossier component asks for, and which kind a procedure's result is. Published
 * procedure versions are frozen, so the kind is read from the official names, the way an officer
 * reads them ("Giấy khai sinh", "Bản sao Giấy khai sinh", "Thẻ Căn cước"…).
 */

export const DOCUMENT_KINDS = [
  "BIRTH_CERTIFICATE",
  "CITIZEN_ID",
  "MARRIAGE_CERTIFICATE",
  "MARITAL_STATUS",
  "DEATH_CERTIFICATE",
  "RESIDENCE",
  "OTHER",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (v: unknown): v is DocumentKind => typeof v === "string" && (DOCUMENT_KINDS as readonly string[]).includes(v);

const PATTERNS: Array<[Exclude<DocumentKind, "OTHER">, RegExp]> = [
  ["BIRTH_CERTIFICATE", /gi[aấ]y khai sinh|tr[ií]ch l[uụ]c khai sinh/],
  ["MARRIAGE_CERTIFICATE", /gi[aấ]y ch[uứ]ng nh[aậ]n k[eế]t h[oô]n|gi[aấ]y đăng k[yý] k[eế]t h[oô]n/],
  ["MARITAL_STATUS", /x[aá]c nh[aậ]n t[iì]nh tr[aạ]ng h[oô]n nh[aâ]n/],
  ["DEATH_CERTIFICATE", /gi[aấ]y ch[uứ]ng t[uử]|tr[ií]ch l[uụ]c khai t[uử]/],
  ["CITIZEN_ID", /c[aă]n c[uư][oớ]c|ch[uứ]ng minh nh[aâ]n d[aâ]n|h[oộ] chi[eế]u/],
  ["RESIDENCE", /x[aá]c nh[aậ]n (th[oô]ng tin v[eề] )?c[uư] tr[uú]/],
];

/** The kind of document a text names (first match), or null. */
export function kindNamedIn(text: string): Exclude<DocumentKind, "OTHER"> | null {
  const t = text.normalize("NFC").toLowerCase();
  if (/^t[oờ] khai/.test(t)) return null; // a form to fill in is never a stored document
  for (const [kind, re] of PATTERNS) if (re.test(t)) return kind;
  return null;
}

/** The kind of stored document a dossier component accepts, or null when the store cannot supply it. */
export function componentKind(componentName: string): Exclude<DocumentKind, "OTHER"> | null {
  return kindNamedIn(componentName);
}

/** The kind of a procedure's result: the first document its result text names ("Giấy khai sinh (bản chính…)"). */
export function resultKind(resultText: string): DocumentKind {
  const head = resultText.split(/[(;,.]/)[0] ?? "";
  return kindNamedIn(head) ?? "OTHER";
}

/** Which stored documents a citizen may remove: those they brought in (digitised), never an issued result. */
export const removableBy = (doc: { source: "ISSUED" | "DIGITISED" }): boolean => doc.source !== "ISSUED";

/** Fields of an officer's digitisation: what the document is, who issued it, its number and date. */
export interface DigitisedParticulars {
  kind: DocumentKind;
  title: string;
  issuer: string;
  number: string;
  issuedOn: string | null;
}
