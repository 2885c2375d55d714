/**
 * Uploads are checked while they stream: size limit (reading stops), real content type, hidden
 * content, executables; each rejection with its own reason, nothing left in storage. Also the
 * streaming multipart reader used by forms posted without JavaScript.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setStorage } from "../../lib/server/storage";
import { LocalStorage } from "../../lib/server/storage/local";
import { readMultipart } from "../../lib/server/storage/multipart";
import { sanitizeFileName, storeUpload, UploadError, type UploadErrorCode } from "../../lib/server/storage/upload";
import { docxBytes, exeBytes, jpegBytes, pdfBytes, pngBytes, zipBytes } from "../support/files";

const ALL = ["application/pdf", "image/jpeg", "image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-uploads-"));
  setStorage(new LocalStorage(dir));
});
afterAll(async () => {
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

async function files(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(d, e.name));
      else out.push(e.name);
    }
  };
  await walk(dir);
  return out;
}

const put = (bytes: Buffer, name: string, opts: { maxBytes?: number; types?: string[] } = {}) =>
  storeUpload(Readable.from([bytes]), name, { maxBytes: opts.maxBytes ?? 10 * 1024 * 1024, acceptedTypes: opts.types ?? ALL }, "test");

async function rejected(bytes: Buffer, name: string, code: UploadErrorCode, opts: { maxBytes?: number; types?: string[] } = {}) {
  const before = await files();
  const error = await put(bytes, name, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${name} should be rejected as ${code}`).toBeInstanceOf(UploadError);
  expect((error as UploadError).code).toBe(code);
  expect(await files()).toEqual(before);
}

describe("accepted documents", () => {
  it("stores PDF, JPEG, PNG and DOCX with their SHA-256, named by their real type", async () => {
    for (const [bytes, name, mime, ext] of [
      [pdfBytes(), "don.pdf", "application/pdf", "pdf"],
      [jpegBytes(), "anh.jpeg", "image/jpeg", "jpg"],
      [pngBytes(), "anh.PNG", "image/png", "png"],
      [docxBytes(), "to-khai.docx", ALL[3], "docx"],
      // A PNG named .pdf is a PNG: accepted as what it is.
      [pngBytes(), "scan.pdf", "image/png", "png"],
    ] as const) {
      const s = await put(bytes as Buffer, name);
      expect(s.mimeType).toBe(mime);
      expect(s.size).toBe((bytes as Buffer).length);
      expect(s.sha256).toBe(createHash("sha256").update(bytes as Buffer).digest("hex"));
      expect(s.originalName.endsWith(`.${ext}`)).toBe(true);
      expect(s.storageKey).toMatch(/^test\/[0-9a-f-]{36}$/);
    }
  });

  it("sanitises file names", () => {
    expect(sanitizeFileName("../../etc/passwd\u0000.pdf", "application/pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\an\\Đơn xin.PNG", "image/png")).toBe("Đơn xin.png");
    expect(sanitizeFileName("invoice\u202Efdp.exe", "application/pdf")).toBe("invoicefdp.pdf");
    expect(sanitizeFileName('a<b>:"|?*.pdf', "application/pdf")).toBe("ab.pdf");
    expect(sanitizeFileName("...", "application/pdf")).toBe("tai-lieu.pdf");
    expect(sanitizeFileName("x".repeat(500), "application/pdf").length).toBe(124);
  });
});

describe("rejected uploads, each with its reason", () => {
  it("an empty file", async () => {
    await rejected(Buffer.alloc(0), "trong.pdf", "empty");
  });

  it("a file over the limit, stopped while streaming (not read to the end)", async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const source = new Readable({
      read() {
        if (pulled >= 50 * 1024 * 1024) return this.push(null);
        pulled += chunk.length;
        this.push(pulled === chunk.length ? Buffer.concat([Buffer.from("%PDF-1.4\n"), chunk.subarray(9)]) : chunk);
      },
    });
    const error = await storeUpload(source, "lon.pdf", { maxBytes: 1024 * 1024, acceptedTypes: ALL }, "test").catch((e: unknown) => e);
    expect((error as UploadError).code).toBe("tooLarge");
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
    source.destroy();
    expect(await files()).not.toContain(expect.stringMatching(/part$/));
  });

  it("a renamed executable (Windows, Linux, script)", async () => {
    await rejected(exeBytes(), "giay-khai-sinh.pdf", "executable");
    await rejected(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]), "anh.jpg", "executable");
    await rejected(Buffer.from("#!/bin/sh\nrm -rf /\n"), "don.docx", "executable");
  });

  it("content of a type not allowed, whatever the name", async () => {
    await rejected(Buffer.from("Chỉ là văn bản thuần túy, không phải PDF."), "don.pdf", "typeNotAllowed");
    await rejected(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), "anh.png", "typeNotAllowed");
    await rejected(zipBytes([["a.txt", "hello"]]), "ho-so.docx", "typeNotAllowed");
    // Allowed by the portal, but not for this document.
    await rejected(pngBytes(), "anh.png", "typeNotAllowed", { types: ["application/pdf"] });
  });

  it("polyglots: a second format hidden in or after the first", async () => {
    const zip = zipBytes([["evil.js", "alert(1)"]]);
    await rejected(Buffer.concat([pdfBytes(), zip]), "don.pdf", "polyglot");
    await rejected(Buffer.concat([jpegBytes(), zip]), "anh.jpg", "polyglot");
    await rejected(Buffer.concat([pngBytes(), Buffer.from("<script>alert(1)</script>")]), "anh.png", "polyglot");
    await rejected(Buffer.concat([pdfBytes(), Buffer.from("<html><script>alert(1)</script>")]), "don.pdf", "polyglot");
    await rejected(Buffer.from(pdfBytes().toString("latin1").replace("%PDF-1.4\n", "%PDF-1.4\n<html><script>x</script>\n"), "latin1"), "don.pdf", "polyglot");
    // Something prepended to a DOCX shifts its central directory.
    await rejected(Buffer.concat([Buffer.from("PK\x03\x04junk", "latin1"), docxBytes()]), "don.docx", "polyglot");
    // A "DOCX" carrying macros.
    await rejected(docxBytes([["word/vbaProject.bin", "macro"]]), "don.docx", "polyglot");
  });

  it("damaged or truncated files", async () => {
    const pdf = pdfBytes();
    await rejected(pdf.subarray(0, pdf.length - 20), "cut.pdf", "damaged");
    const png = pngBytes();
    await rejected(png.subarray(0, png.length - 12), "cut.png", "damaged");
    const jpg = jpegBytes();
    await rejected(jpg.subarray(0, jpg.length - 2), "cut.jpg", "damaged");
  });
});

describe("streaming multipart reader", () => {
  function body(boundary: string, parts: Array<{ name: string; filename?: string; type?: string; data: Buffer | string }>): Buffer {
    const chunks: Buffer[] = [];
    for (const p of parts) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ""}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ""}\r\n`, "latin1"));
      chunks.push(Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data));
      chunks.push(Buffer.from("\r\n"));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(chunks);
  }

  it("reads fields and streams the file, whatever the chunking", async () => {
    const boundary = "----motcua12345";
    // Content that looks like the start of a boundary must pass through untouched.
    const pdf = Buffer.concat([pdfBytes(), Buffer.from(`\r\n--${boundary.slice(0, 8)}x\r\n`)]);
    const raw = body(boundary, [
      { name: "procedureCode", data: "1.001193" },
      { name: "file", filename: Buffer.from("Tờ khai.pdf").toString("latin1"), type: "application/pdf", data: pdf },
    ]);
    for (const size of [1, 7, 19, 20, 64, 1000, raw.length]) {
      const source = new PassThrough();
      const done = readMultipart(
        source,
        boundary,
        async (f, fields) => {
          expect(fields.procedureCode).toBe("1.001193");
          expect(f.filename).toBe("Tờ khai.pdf");
          const parts: Buffer[] = [];
          for await (const c of f.stream) parts.push(c as Buffer);
          return Buffer.concat(parts);
        },
        { maxFields: 5, maxFieldBytes: 100, maxFiles: 1, maxTotalBytes: 1e6 },
      );
      for (let i = 0; i < raw.length; i += size) source.write(raw.subarray(i, i + size));
      source.end();
      const r = await done;
      expect(r.fields.procedureCode).toBe("1.001193");
      expect(r.files[0]!.error).toBeUndefined();
      expect(r.files[0]!.result!.equals(pdf)).toBe(true);
    }
  });

  it("a rejected file's remaining bytes are read and dropped, then the request ends normally", async () => {
    const boundary = "b0undary";
    const raw = body(boundary, [{ name: "file", filename: "big.pdf", data: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(3 * 1024 * 1024, 0x41)]) }]);
    const r = await readMultipart(
      Readable.from([raw.subarray(0, 100_000), raw.subarray(100_000)]),
      boundary,
      (f) => storeUpload(f.stream, f.filename, { maxBytes: 256 * 1024, acceptedTypes: ALL }, "test"),
      { maxFields: 5, maxFieldBytes: 100, maxFiles: 1, maxTotalBytes: 10e6 },
    );
    expect((r.files[0]!.error as UploadError).code).toBe("tooLarge");
  });
});
