/**
 * A small streaming multipart/form-data reader for uploads posted by a plain HTML form (the
 * filing flow works without JavaScript). File contents are handed on as a stream with
 * back-pressure: nothing is buffered beyond one network chunk. When the consumer of a file
 * gives up (e.g. the file is too large), the rest of that part is read and discarded.
 */
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";

export interface MultipartFile {
  field: string;
  filename: string;
  contentType: string;
  stream: Readable;
}

export interface MultipartLimits {
  maxFields: number;
  maxFieldBytes: number;
  maxFiles: number;
  /** Stop reading altogether after this many bytes (the request is then refused). */
  maxTotalBytes: number;
}

export class MultipartError extends Error {}

export function boundaryOf(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null;
  const m = /boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function parseDisposition(value: string): { name?: string; filename?: string } {
  const out: { name?: string; filename?: string } = {};
  const name = /\bname="([^"]*)"/i.exec(value);
  if (name) out.name = name[1];
  const star = /\bfilename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(value);
  const plain = /\bfilename="([^"]*)"/i.exec(value);
  if (star) {
    try {
      out.filename = decodeURIComponent(star[1]!);
    } catch {
      out.filename = star[1];
    }
  } else if (plain) {
    // Browsers send UTF-8 bytes; they arrived here decoded as latin1.
    out.filename = Buffer.from(plain[1]!, "latin1").toString("utf8");
  }
  return out;
}

export async function readMultipart<T>(
  body: Readable,
  boundary: string,
  onFile: (file: MultipartFile, fieldsSoFar: Readonly<Record<string, string>>) => Promise<T>,
  limits: MultipartLimits,
): Promise<{ fields: Record<string, string>; files: Array<{ field: string; result?: T; error?: unknown }> }> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields: Record<string, string> = {};
  const files: Array<{ field: string; result?: T; error?: unknown }> = [];
  const pending: Array<Promise<void>> = [];

  let buffer: Buffer = Buffer.from("\r\n");
  let state: "preamble" | "afterDelimiter" | "headers" | "body" | "done" = "preamble";
  let total = 0;
  let fieldCount = 0;
  let current: { kind: "field"; name: string; chunks: Buffer[]; size: number } | { kind: "file"; stream: PassThrough; settled: () => boolean; done: Promise<void> } | { kind: "skip" } | null = null;

  const write = async (data: Buffer) => {
    if (!current || data.length === 0) return;
    if (current.kind === "field") {
      current.size += data.length;
      if (current.size > limits.maxFieldBytes) throw new MultipartError("field too large");
      current.chunks.push(data);
    } else if (current.kind === "file") {
      if (current.settled() || current.stream.destroyed) return; // consumer gave up: discard
      if (!current.stream.write(data)) {
        await Promise.race([once(current.stream, "drain").catch(() => undefined), current.done]);
      }
    }
  };

  const endPart = () => {
    if (!current) return;
    if (current.kind === "field") fields[current.name] = Buffer.concat(current.chunks).toString("utf8");
    else if (current.kind === "file") current.stream.end();
    current = null;
  };

  const startPart = (headerText: string) => {
    const headers = new Map<string, string>();
    for (const line of headerText.split("\r\n")) {
      const i = line.indexOf(":");
      if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
    const disposition = parseDisposition(headers.get("content-disposition") ?? "");
    if (!disposition.name) {
      current = { kind: "skip" };
      return;
    }
    if (disposition.filename !== undefined) {
      if (files.length >= limits.maxFiles || disposition.filename === "") {
        current = { kind: "skip" };
        if (disposition.filename === "") files.push({ field: disposition.name, error: new MultipartError("no file") });
        return;
      }
      const stream = new PassThrough();
      const entry: { field: string; result?: T; error?: unknown } = { field: disposition.name };
      files.push(entry);
      let settled = false;
      const done = onFile({ field: disposition.name, filename: disposition.filename, contentType: headers.get("content-type") ?? "", stream }, fields).then(
        (result) => {
          entry.result = result;
        },
        (error) => {
          entry.error = error;
          stream.resume(); // let the rest flow away
        },
      ).finally(() => {
        settled = true;
      });
      pending.push(done);
      current = { kind: "file", stream, settled: () => settled, done };
      return;
    }
    if (++fieldCount > limits.maxFields) throw new MultipartError("too many fields");
    current = { kind: "field", name: disposition.name, chunks: [], size: 0 };
  };

  try {
    for await (const piece of body) {
      const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw new MultipartError("request too large");
      if ((state as string) === "body" && buffer.length > 0 && chunk.length >= delimiter.length) {
        // Zero-copy in the common case: what is left from the last chunk is shorter than the
        // delimiter; if no delimiter starts in it, it is plain data and the new chunk is used as is.
        const seam = Buffer.concat([buffer, chunk.subarray(0, delimiter.length)]).indexOf(delimiter);
        if (seam < 0 || seam >= buffer.length) {
          await write(buffer);
          buffer = chunk;
        } else buffer = Buffer.concat([buffer, chunk]);
      } else buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        if (state === "done") {
          buffer = Buffer.alloc(0);
          break;
        }
        if (state === "preamble" || state === "body") {
          const at = buffer.indexOf(delimiter);
          if (at < 0) {
            const keep = Math.min(buffer.length, delimiter.length - 1);
            if (state === "body") await write(buffer.subarray(0, buffer.length - keep));
            buffer = buffer.subarray(buffer.length - keep);
            break;
          }
          if (state === "body") {
            await write(buffer.subarray(0, at));
            endPart();
          }
          buffer = buffer.subarray(at + delimiter.length);
          state = "afterDelimiter";
        }
        if (state === "afterDelimiter") {
          if (buffer.length < 2) break;
          const two = buffer.subarray(0, 2).toString("latin1");
          if (two === "--") {
            state = "done";
            continue;
          }
          if (two !== "\r\n") throw new MultipartError("malformed multipart body");
          buffer = buffer.subarray(2);
          state = "headers";
        }
        if (state === "headers") {
          const end = buffer.indexOf("\r\n\r\n");
          if (end < 0) {
            if (buffer.length > 16 * 1024) throw new MultipartError("headers too large");
            break;
          }
          startPart(buffer.subarray(0, end).toString("latin1"));
          buffer = buffer.subarray(end + 4);
          state = "body";
        }
      }
    }
    if (state !== "done") throw new MultipartError("truncated multipart body");
  } catch (error) {
    const c = current as { kind: string; stream?: PassThrough } | null;
    if (c?.kind === "file") c.stream?.destroy(error as Error);
    await Promise.allSettled(pending);
    throw error;
  }
  await Promise.all(pending);
  return { fields, files };
}
