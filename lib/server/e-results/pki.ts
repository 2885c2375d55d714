/**
 * A throwaway certificate authority and an agency signing certificate (PKCS#12), made with
 * node-forge: for the tests (at test time) and the demo (on first run, under .data/). A province
 * uses the certificates its certification authority issued instead (docs/e-results.md).
 */
import { randomBytes } from "node:crypto";
import forge from "node-forge";

export interface TestPki {
  caPem: string;
  p12: Uint8Array;
  passphrase: string;
  certificatePem: string;
}

/** A name attribute as a UTF8String (Vietnamese names). */
const field = (name: string, value: string): forge.pki.CertificateField => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as never });

function makeCert(subject: forge.pki.CertificateField[], issuer: forge.pki.CertificateField[], publicKey: forge.pki.PublicKey, signKey: forge.pki.PrivateKey, ca: boolean, years: number) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600_000);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(
    ca
      ? [{ name: "basicConstraints", cA: true, critical: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true }]
      : [{ name: "basicConstraints", cA: false }, { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true }],
  );
  cert.sign(signKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return cert;
}

export function makeTestPki(o: { agencyName: string; caName?: string; passphrase?: string }): TestPki {
  const caKeys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const caSubject = [field("commonName", o.caName ?? "Một Cửa Test CA"), field("organizationName", "Một Cửa (thử nghiệm)"), { name: "countryName", value: "VN" }];
  const caCert = makeCert(caSubject, caSubject, caKeys.publicKey, caKeys.privateKey, true, 10);
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const subject = [field("commonName", o.agencyName), field("organizationName", o.agencyName), { name: "countryName", value: "VN" }];
  const cert = makeCert(subject, caSubject, keys.publicKey, caKeys.privateKey, false, 3);
  const passphrase = o.passphrase ?? randomBytes(12).toString("hex");
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, caCert], passphrase, { algorithm: "3des" });
  const p12 = new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
  return { caPem: forge.pki.certificateToPem(caCert), p12, passphrase, certificatePem: forge.pki.certificateToPem(cert) };
}
