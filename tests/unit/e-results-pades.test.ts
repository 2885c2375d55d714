import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { signPdf, signerOfP12, verifyPdf } from "@/lib/server/e-results/pades";
import { makeTestPki, type TestPki } from "@/lib/server/e-results/pki";

let pki: TestPki;
let other: TestPki;
let signed: Buffer;
const at = new Date("2026-12-01T08:00:00Z");

beforeAll(async () => {
  pki = makeTestPki({ agencyName: "UBND xã Hoa Lư" });
  other = makeTestPki({ agencyName: "Kẻ giả mạo", caName: "Another CA" });
  const doc = await PDFDocument.create();
  doc.addPage().drawText("Giay khai sinh so 123/2026");
  signed = await signPdf(await doc.save(), pki, { reason: "Kết quả giải quyết TTHC", location: "Ninh Bình", name: "UBND xã Hoa Lư", signingTime: at });
}, 60_000);

describe("PAdES signature of a result PDF", () => {
  it("is valid against the configured CA, names the signer and the time", () => {
    const r = verifyPdf(signed, [pki.caPem]);
    expect(r).toMatchObject({ valid: true, problem: null, signerName: "UBND xã Hoa Lư" });
    expect(r.signedAt?.toISOString()).toBe(at.toISOString());
    expect(signed.includes("ETSI.CAdES.detached")).toBe(true);
    expect(signerOfP12(pki).commonName).toBe("UBND xã Hoa Lư");
  });

  it("one changed byte anywhere in the signed content makes it not valid", () => {
    const text = signed.indexOf("Giay");
    const copy = Buffer.from(signed);
    copy[text > 0 ? text : 200]! ^= 0x01;
    expect(verifyPdf(copy, [pki.caPem])).toMatchObject({ valid: false });
    const end = Buffer.from(signed);
    end[end.length - 3]! ^= 0x01;
    expect(verifyPdf(end, [pki.caPem])).toMatchObject({ valid: false });
  });

  it("bytes appended after the signature, another CA, or no signature are not valid", () => {
    expect(verifyPdf(Buffer.concat([signed, Buffer.from("\n% more")]), [pki.caPem])).toMatchObject({ valid: false, problem: "byteRange" });
    expect(verifyPdf(signed, [other.caPem])).toMatchObject({ valid: false, problem: "chain" });
    expect(verifyPdf(Buffer.from("%PDF-1.7\n%%EOF"), [pki.caPem])).toMatchObject({ valid: false, problem: "unsigned" });
  });
});
