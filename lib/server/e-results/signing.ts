/**
 * The agency's signing certificate, from configuration: RESULT_SIGNING_P12 (path of a PKCS#12 file) and
 * RESULT_SIGNING_PASSPHRASE. Without both, results are handed over unsigned (and say so). The CA
 * certificates /verify trusts come from RESULT_SIGNING_CA (a PEM file) or, when unset, from the PKCS#12.
 */
import { readFileSync } from "node:fs";
import { config } from "@/lib/config";
import { signerOfP12, type SigningKey } from "./pades";

export interface SigningSetup {
  key: SigningKey;
  commonName: string;
  organization: string;
  trustedCaPems: string[];
}

const cache = globalThis as unknown as { motCuaSigning?: { id: string; setup: SigningSetup } };

/** Splits a PEM bundle into its certificates. */
export function pemCertificates(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)?.map((p) => `${p}\n`) ?? [];
}

/** Whether a signing certificate is configured (files are read on first use). */
export function signingConfigured(): boolean {
  const c = config();
  return !!c.RESULT_SIGNING_P12 && c.RESULT_SIGNING_PASSPHRASE !== undefined;
}

/** The configured signing key and trusted CAs, or null when none is configured. Throws when the file cannot be read. */
export function signingSetup(): SigningSetup | null {
  const c = config();
  if (!c.RESULT_SIGNING_P12 || c.RESULT_SIGNING_PASSPHRASE === undefined) return null;
  const id = `${c.RESULT_SIGNING_P12}\n${c.RESULT_SIGNING_CA ?? ""}`;
  if (cache.motCuaSigning?.id === id) return cache.motCuaSigning.setup;
  const key: SigningKey = { p12: new Uint8Array(readFileSync(c.RESULT_SIGNING_P12)), passphrase: c.RESULT_SIGNING_PASSPHRASE };
  const signer = signerOfP12(key);
  const trustedCaPems = c.RESULT_SIGNING_CA ? pemCertificates(readFileSync(c.RESULT_SIGNING_CA, "utf8")) : signer.caPems;
  const setup: SigningSetup = { key, commonName: signer.commonName, organization: signer.organization, trustedCaPems };
  cache.motCuaSigning = { id, setup };
  return setup;
}

/** For tests that change the configuration. */
export function resetSigningSetup(): void {
  cache.motCuaSigning = undefined;
}
