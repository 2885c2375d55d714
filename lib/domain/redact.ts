/**
 * Removes personal data from a text before it is published (Nghị định 13/2023/NĐ-CP): citizen ID
 * and other long numbers, phone numbers, email addresses, and the names given (the sender's).
 * Pure and conservative: it may hide a little too much, never too little of these kinds.
 */

export const REDACTED = "[…]";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Vietnamese phone numbers: 0xxxxxxxxx or +84xxxxxxxxx, with optional spaces, dots or dashes.
const PHONE = /(?:\+84|\b0)(?:[\s.-]?\d){8,10}\b/g;
// Citizen ID (12 digits), old ID card (9 digits), or any other run of 9+ digits.
const LONG_NUMBER = /\b\d(?:[\s.]?\d){8,}\b/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function redactPersonalData(text: string, names: string[] = []): string {
  let out = text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED).replace(LONG_NUMBER, REDACTED);
  const parts = new Set<string>();
  for (const name of names) {
    const clean = name.normalize("NFC").trim();
    if (clean.length < 2) continue;
    parts.add(clean);
    // Vietnamese names are often written by the given name alone ("anh Hùng", "chị Lan").
    const words = clean.split(/\s+/);
    const given = words[words.length - 1];
    if (words.length > 1 && given && given.length >= 2) parts.add(words.slice(1).join(" "));
    if (given && given.length >= 2) parts.add(given);
  }
  for (const part of [...parts].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, "giu"), REDACTED);
  }
  return out.normalize("NFC");
}
