/** Sign-in identifiers: an email address or a Vietnamese phone number, normalized. */
export type Identifier = { kind: "email"; value: string } | { kind: "phone"; value: string };

export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.()-]/g, "").replace(/^\+?84/, "0");
  return /^0(2\d{9}|[35789]\d{8})$/.test(digits) ? digits : null;
}

export function parseIdentifier(input: string): Identifier | null {
  const v = input.trim();
  if (v.includes("@")) {
    const email = v.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? { kind: "email", value: email } : null;
  }
  const phone = normalizePhone(v);
  return phone ? { kind: "phone", value: phone } : null;
}
