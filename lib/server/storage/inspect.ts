/**
 * Checks an upload while it streams: size limit (stops at the first byte too many), SHA-256,
 * and what the content really is (magic bytes), then the end of the file for hidden content.
 *
 * Rejected, each with its own message: empty files; files over the limit; content of a type not
 * allowed (a PDF renamed .png is a PDF; a text file renamed .pdf is nothing allowed);
 * executables whatever their name; polyglots — a file that is valid as two formats
 * (e.g. a PDF or JPEG with a ZIP archive appended, data after a PNG's last chunk, a script
 * in the first kilobyte); DOCX files with macros; truncated files.
 */
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { fileTypeFromBuffer } from "file-type";

export type UploadErrorCode = "empty" | "tooLarge" | "typeNotAllowed" | "executable" | "polyglot" | "damaged" | "noFile" | "quota" | "stalled";

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(`upload rejected: ${code}`);
    this.name = "UploadError";
  }
}

export const MIME_EXTENSION: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

const HEAD_SIZE = 4100;
const TAIL_SIZE = 256 * 1024;

/** Accumulates the head and the tail of a stream, counts and hashes it, enforces the limit. */
export class Inspector extends Transform {
  readonly hash = createHash("sha256");
  size = 0;
  private headChunks: Buffer[] = [];
  private headLength = 0;
  private tailChunks: Buffer[] = [];
  private tailLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new UploadError("tooLarge", { maxBytes: this.maxBytes }));
      return;
    }
    this.hash.update(chunk);
    if (this.headLength < HEAD_SIZE) {
      this.headChunks.push(chunk.subarray(0, HEAD_SIZE - this.headLength));
      this.headLength += Math.min(chunk.length, HEAD_SIZE - this.headLength);
    }
    this.tailChunks.push(chunk);
    this.tailLength += chunk.length;
    while (this.tailChunks.length > 1 && this.tailLength - this.tailChunks[0]!.length >= TAIL_SIZE) {
      this.tailLength -= this.tailChunks.shift()!.length;
    }
    done(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks);
  }
  tail(): Buffer {
    const all = Buffer.concat(this.tailChunks);
    return all.subarray(Math.max(0, all.length - TAIL_SIZE));
  }
  sha256(): string {
    return this.hash.digest("hex");
  }
}

const EXECUTABLE_MIMES = new Set([
  "application/x-msdownload",
  "application/x-elf",
  "application/x-mach-binary",
  "application/x-executable",
  "application/java-vm",
  "application/x-sharedlib",
  "application/wasm",
  "application/x-dosexec",
  "application/vnd.microsoft.portable-executable",
]);

function looksExecutable(head: Buffer, mime: string | undefined): boolean {
  if (mime && EXECUTABLE_MIMES.has(mime)) return true;
  if (head.subarray(0, 2).toString("latin1") === "MZ") return true; // DOS/PE
  if (head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return true; // ELF
  if (head.subarray(0, 2).toString("latin1") === "#!") return true; // script
  const magic = head.readUInt32BE(0);
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic); // Mach-O, Java
}

const ACTIVE_CONTENT = /<script|<html|<\?php|<svg|<iframe|javascript:|<\?xml-stylesheet/i;

/** Locates the ZIP end-of-central-directory record in `tail`; -1 if none. */
function findEocd(tail: Buffer): number {
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 65_535); i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) return i;
  }
  return -1;
}

/** Names of the entries of a ZIP whose central directory fits in the tail; null if inconsistent. */
function zipEntries(tail: Buffer, totalSize: number): string[] | null {
  const eocd = findEocd(tail);
  if (eocd < 0) return null;
  const commentLength = tail.readUInt16LE(eocd + 20);
  if (eocd + 22 + commentLength !== tail.length) return null; // data after the archive
  const entries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdOffsetInFile = totalSize - tail.length + eocd;
  // The central directory ends where the EOCD starts: anything prepended would shift it.
  if (cdOffset + cdSize !== eocdOffsetInFile) return null;
  let p = eocd - cdSize;
  if (p < 0) return null;
  const names: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (tail.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = tail.readUInt16LE(p + 28);
    const extra = tail.readUInt16LE(p + 30);
    const comment = tail.readUInt16LE(p + 32);
    names.push(tail.subarray(p + 46, p + 46 + nameLength).toString("utf8"));
    p += 46 + nameLength + extra + comment;
  }
  return names;
}

function hasZipTrailer(tail: Buffer): boolean {
  return findEocd(tail) >= 0 || tail.includes(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
}

/** Decides what the content is, or throws an UploadError. Returns the MIME type. */
export async function classify(head: Buffer, tail: Buffer, size: number, allowed: string[]): Promise<string> {
  if (size === 0) throw new UploadError("empty");
  const detected = await fileTypeFromBuffer(head).catch(() => undefined);
  const mime = detected?.mime;
  if (looksExecutable(head, mime)) throw new UploadError("executable");
  if (ACTIVE_CONTENT.test(head.subarray(0, 1024).toString("latin1"))) throw new UploadError("polyglot");

  let type: string | undefined;
  if (mime === "application/pdf") {
    if (!head.subarray(0, 5).equals(Buffer.from("%PDF-"))) throw new UploadError("polyglot");
    const end = tail.subarray(Math.max(0, tail.length - 1024)).toString("latin1");
    const eof = end.lastIndexOf("%%EOF");
    if (eof < 0) throw new UploadError("damaged");
    if (end.slice(eof + 5).trim() !== "") throw new UploadError("polyglot");
    if (hasZipTrailer(tail)) throw new UploadError("polyglot");
    type = mime;
  } else if (mime === "image/jpeg") {
    let end = tail.length;
    while (end > 0 && tail[end - 1] === 0x00) end--;
    if (end < 2 || tail[end - 2] !== 0xff || tail[end - 1] !== 0xd9) throw new UploadError(hasZipTrailer(tail) ? "polyglot" : "damaged");
    if (hasZipTrailer(tail)) throw new UploadError("polyglot");
    type = mime;
  } else if (mime === "image/png") {
    const iend = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    if (tail.length < 8 || !tail.subarray(tail.length - 8).equals(iend)) {
      throw new UploadError(tail.includes(iend) ? "polyglot" : "damaged");
    }
    type = mime;
  } else if (mime === "application/zip" || mime === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
    if (!head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new UploadError("polyglot");
    const names = zipEntries(tail, size);
    if (!names) throw new UploadError(findEocd(tail) >= 0 ? "polyglot" : "damaged");
    const isDocx = names.includes("[Content_Types].xml") && names.includes("word/document.xml");
    if (isDocx && names.some((n) => /vbaProject\.bin$|\.(exe|dll|js|vbs|bat|cmd|ps1|scr)$/i.test(n))) throw new UploadError("polyglot");
    type = isDocx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/zip";
  } else {
    type = mime;
  }
  if (!type || !allowed.includes(type)) throw new UploadError("typeNotAllowed", { detected: type ?? "unknown" });
  return type;
}

/** A safe file name: no path, no control or reserved characters, at most 120 characters, the extension of its real type. */
export function sanitizeFileName(name: string, mime: string): string {
  const base = (name.split(/[/\\]/).pop() ?? "").normalize("NFC");
  const withoutExt = base.replace(/\.[^.]{1,10}$/, "");
  const cleaned = withoutExt
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s-]+|[.\s]+$/g, "")
    .slice(0, 120)
    .trim();
  const ext = MIME_EXTENSION[mime] ?? "bin";
  return `${cleaned || "tai-lieu"}.${ext}`;
}
