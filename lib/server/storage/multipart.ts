/**
 * Streaming multipart/form-data reading (busboy) for uploads posted by a plain HTML form (the
 * filing flow works without JavaScript). File contents are handed on as a stream with
 * back-pressure: nothing is buffered beyond one network chunk. When the consumer of a file
 * gives up (e.g. the file is too large), the rest of that part is read and discarded. The limits
 * hold mid-stream: too many fields, a field too large or a request too large stops reading.
 */
import busboy from "busboy";
import type { Readable } from "node:stream";

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

export async function readMultipart<T>(
  body: Readable,
  boundary: string,
  onFile: (file: MultipartFile, fieldsSoFar: Readonly<Record<string, string>>) => Promise<T>,
  limits: MultipartLimits,
): Promise<{ fields: Record<string, string>; files: Array<{ field: string; result?: T; error?: unknown }> }> {
  const fields: Record<string, string> = {};
  const files: Array<{ field: string; result?: T; error?: unknown }> = [];
  const pending: Array<Promise<void>> = [];
  let fileCount = 0;
  let fieldCount = 0;
  const parser = busboy({
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    defParamCharset: "utf8",
    limits: { fieldSize: limits.maxFieldBytes, fields: limits.maxFields, files: Number.MAX_SAFE_INTEGER, headerPairs: 20 },
  });

  const parsed = new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      body.unpipe(parser);
      body.resume();
      reject(error);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return fail(new MultipartError("field too large"));
      if (++fieldCount > limits.maxFields) return fail(new MultipartError("too many fields"));
      fields[name] = value;
    });
    parser.on("fieldsLimit", () => fail(new MultipartError("too many fields")));
    parser.on("file", (name, stream, info) => {
      // A broken or truncated body destroys the file stream with busboy's error; its consumer
      // sees it through its own listeners, and readMultipart rejects with a MultipartError.
      stream.on("error", () => {});
      if (info.filename === "" || info.filename === undefined) {
        stream.resume();
        files.push({ field: name, error: new MultipartError("no file") });
        return;
      }
      if (++fileCount > limits.maxFiles) {
        stream.resume();
        return;
      }
      const entry: { field: string; result?: T; error?: unknown } = { field: name };
      files.push(entry);
      pending.push(
        onFile({ field: name, filename: info.filename, contentType: info.mimeType ?? "", stream }, fields).then(
          (result) => {
            entry.result = result;
          },
          (error: unknown) => {
            entry.error = error;
            if (!stream.destroyed) stream.resume(); // let the rest flow away
          },
        ),
      );
    });
    parser.on("error", (e: Error) => fail(e instanceof MultipartError ? e : new MultipartError(e.message)));
    parser.on("close", () => resolve());
    let total = 0;
    body.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        const e = new MultipartError("request too large");
        parser.destroy(e);
        fail(e);
      }
    });
    body.on("error", (e) => fail(new MultipartError(e.message)));
    body.pipe(parser);
  });

  try {
    await parsed;
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  await Promise.all(pending);
  return { fields, files };
}
