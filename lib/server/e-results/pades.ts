/**
 * PAdES signatures on result PDFs: signing with the agency's PKCS#12 (@signpdf, ETSI.CAdES.detached)
 * and verifying a PDF's signature: the CMS signature over the signed attributes, the message digest
 * over the ByteRange (which must cover the whole file but the signature itself), and the signer's
 * certificate chain to a trusted CA.
 */
import { createHash } from "node:crypto";
import forge from "node-forge";
import { PDFDocument } from "pdf-lib";
import signpdf from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { extractSignature, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";

export interface SigningKey {
  p12: Uint8Array;
  passphrase: string;
}

/** Adds a signature placeholder to the PDF and signs it (incremental-free: the whole file is rewritten once). */
export async function signPdf(pdf: Uint8Array, key: SigningKey, meta: { reason: string; location: string; name: string; signingTime: Date }): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: meta.reason,
    contactInfo: "",
    name: meta.name,
    location: meta.location,
    signingTime: meta.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 16_384,
    appName: "Một Cửa",
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  return signpdf.sign(withPlaceholder, new P12Signer(Buffer.from(key.p12), { passphrase: key.passphrase }), meta.signingTime);
}

/** The signer's common name and organisation from a PKCS#12 (shown on the verification page). */
export function signerOfP12(key: SigningKey): { commonName: string; organization: string; certificatePem: string; caPems: string[] } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.binary.raw.encode(key.p12)), key.passphrase);
  const bags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const keyBag = (p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? [])[0];
  const privateKey = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  const certs = bags.map((b) => b.cert!).filter(Boolean);
  const own = certs.find((c) => privateKey && (c.publicKey as forge.pki.rsa.PublicKey).n.equals(privateKey.n)) ?? certs[0]!;
  const attr = (name: string) => utf8(own.subject.getField(name)?.value);
  return { commonName: attr("CN"), organization: attr("O"), certificatePem: forge.pki.certificateToPem(own), caPems: certs.filter((c) => c !== own).map((c) => forge.pki.certificateToPem(c)) };
}

export interface VerifyResult {
  valid: boolean;
  /** Why not valid: "unsigned", "byteRange", "digest", "signature", "chain", "malformed". */
  problem: string | null;
  signerName: string | null;
  signerOrganization: string | null;
  signedAt: Date | null;
  /** SHA-256 of the whole file, hex. */
  sha256: string;
}

/** node-forge's SignerInfo validator (not exported on its own: taken from the SignedData one). */
function signerInfoValidator(): unknown {
  type V = { capture?: string; value?: V[] };
  const signed = (forge as unknown as { pkcs7asn1: { signedDataValidator: V } }).pkcs7asn1.signedDataValidator;
  return signed.value!.find((v) => v.capture === "signerInfos")!.value![0];
}

/** Certificate name values: node-forge leaves a UTF8String's bytes as a binary string. */
function utf8(value: unknown): string {
  const s = typeof value === "string" ? value : "";
  try {
    return forge.util.decodeUtf8(s);
  } catch {
    return s;
  }
}

const attrOid = (a: forge.asn1.Asn1) => forge.asn1.derToOid((a.value as forge.asn1.Asn1[])[0]!.value as string);
const attrValue = (a: forge.asn1.Asn1) => ((a.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!;

export function verifyPdf(bytes: Uint8Array, trustedCaPems: string[]): VerifyResult {
  const buf = Buffer.from(bytes);
  const result: VerifyResult = { valid: false, problem: null, signerName: null, signerOrganization: null, signedAt: null, sha256: createHash("sha256").update(buf).digest("hex") };
  let extracted: { ByteRange: number[]; signature: string; signedData: Buffer };
  try {
    extracted = extractSignature(buf);
  } catch {
    return { ...result, problem: "unsigned" };
  }
  const [a, b, c, d] = extracted.ByteRange as [number, number, number, number];
  if (a !== 0 || c + d !== buf.length || b > c) return { ...result, problem: "byteRange" };
  try {
    const p7 = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(extracted.signature)) as unknown as {
      certificates: forge.pki.Certificate[];
      rawCapture: { signerInfos: forge.asn1.Asn1[] };
    };
    const signerInfo = p7.rawCapture.signerInfos[0];
    if (!signerInfo) return { ...result, problem: "malformed" };
    const capture: { authenticatedAttributes?: forge.asn1.Asn1[]; signature?: string; digestAlgorithm?: string } = {};
    if (!(forge.asn1 as unknown as { validate: (o: unknown, v: unknown, c: unknown, e: unknown[]) => boolean }).validate(signerInfo, signerInfoValidator(), capture, [])) return { ...result, problem: "malformed" };
    const attrs = capture.authenticatedAttributes ?? [];
    if (forge.asn1.derToOid(capture.digestAlgorithm!) !== forge.pki.oids.sha256) return { ...result, problem: "malformed" };
    // The message digest attribute must be the SHA-256 of the bytes the ByteRange covers.
    const digestAttr = attrs.find((x) => attrOid(x) === forge.pki.oids.messageDigest);
    const expectedDigest = createHash("sha256").update(extracted.signedData).digest("binary");
    if (!digestAttr || attrValue(digestAttr).value !== expectedDigest) return { ...result, problem: "digest" };
    const timeAttr = attrs.find((x) => attrOid(x) === forge.pki.oids.signingTime);
    const signedAt = timeAttr ? forge.asn1.utcTimeToDate(attrValue(timeAttr).value as string) : null;
    // The signature is over the DER of the attributes as a SET.
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
    const md = forge.md.sha256.create();
    md.update(forge.asn1.toDer(set).getBytes());
    const signer = p7.certificates.find((cert) => {
      try {
        return (cert.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().bytes(), capture.signature!);
      } catch {
        return false;
      }
    });
    if (!signer) return { ...result, problem: "signature", signedAt };
    const attr = (name: string) => utf8(signer.subject.getField(name)?.value) || null;
    const named = { ...result, signerName: attr("CN"), signerOrganization: attr("O"), signedAt };
    try {
      const store = forge.pki.createCaStore(trustedCaPems);
      const intermediates = p7.certificates.filter((x) => x !== signer && !trustedCaPems.includes(forge.pki.certificateToPem(x)));
      forge.pki.verifyCertificateChain(store, [signer, ...intermediates]);
    } catch {
      return { ...named, problem: "chain" };
    }
    return { ...named, valid: true };
  } catch {
    return { ...result, problem: "malformed" };
  }
}
