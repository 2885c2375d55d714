import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { uploadStallMs } from "@/lib/server/limits";
import { storage } from "./index";
import { classify, Inspector, sanitizeFileName, UploadError } from "./inspect";

export { UploadError, type UploadErrorCode, sanitizeFileName } from "./inspect";

export interface StoredUpload {
  storageKey: string;
  originalName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** A file received in a form, read as a stream when it is stored (never copied whole into a buffer). */
export interface IncomingFile {
  name: string;
  size: number;
  open: () => Readable;
}

export function incomingFile(file: File): IncomingFile {
  return { name: file.name, size: file.size, open: () => Readable.fromWeb(file.stream() as import("node:stream/web").ReadableStream) };
}

export function incomingBytes(name: string, bytes: Uint8Array): IncomingFile {
  return { name, size: bytes.byteLength, open: () => Readable.from([Buffer.from(bytes)]) };
}

/** What an upload answer may say about a stored file: never its storage key or hash. */
export function publicUpload(u: StoredUpload): { originalName: string; size: number; mimeType: string } {
  return { originalName: u.originalName, size: u.size, mimeType: u.mimeType };
}

export interface UploadRules {
  maxBytes: number;
  /** MIME types accepted for this document (already intersected with the portal's list). */
  acceptedTypes: string[];
}

/**
 * At most this many uploads stream at once per server process; the others wait, their bytes held
 * back by TCP (not in memory), so memory stays flat however many people upload at the same time.
 */
export const MAX_CONCURRENT_UPLOADS = 6;
let active = 0;
const waiting: Array<() => void> = [];

async function slot<T>(run: () => Promise<T>): Promise<T> {
  if (active >= MAX_CONCURRENT_UPLOADS) await new Promise<void>((resolve) => waiting.push(resolve));
  else active++;
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

/**
 * Streams an upload into storage under a new key while checking it (see inspect.ts). On any
 * rejection the stored object is removed and an UploadError is thrown; nothing is buffered
 * beyond the head (4 KB) and tail (256 KB) kept for the checks.
 */
export function storeUpload(body: Readable, declaredName: string, rules: UploadRules, keyPrefix: string): Promise<StoredUpload> {
  return slot(() => streamUpload(body, declaredName, rules, keyPrefix));
}

async function streamUpload(body: Readable, declaredName: string, rules: UploadRules, keyPrefix: string): Promise<StoredUpload> {
  const key = `${keyPrefix}/${randomUUID()}`;
  const inspector = new Inspector(rules.maxBytes);
  body.on("error", (e) => inspector.destroy(e));
  // The storage may attach its own listeners only after an await (e.g. mkdir): an early error is
  // kept by the destroyed stream and reported by the storage's pipeline, never thrown uncaught.
  inspector.on("error", () => {});
  // A client that stops sending is cut off after UPLOAD_STALL_SECONDS, so slow clients cannot hold
  // every slot: the timer restarts with each chunk received.
  const stallMs = uploadStallMs();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const e = new UploadError("stalled", { seconds: stallMs / 1000 });
      inspector.destroy(e);
      body.destroy(e);
    }, stallMs);
  };
  body.on("data", arm);
  arm();
  const inspected = body.pipe(inspector);
  const store = storage();
  try {
    await store.put(key, inspected);
  } catch (error) {
    clearTimeout(timer);
    await store.delete(key).catch(() => {});
    if (error instanceof UploadError) throw error;
    if (inspector.size > rules.maxBytes) throw new UploadError("tooLarge", { maxBytes: rules.maxBytes });
    throw error;
  }
  clearTimeout(timer);
  try {
    const mimeType = await classify(inspector.head(), inspector.tail(), inspector.size, rules.acceptedTypes);
    return {
      storageKey: key,
      originalName: sanitizeFileName(declaredName, mimeType),
      mimeType,
      size: inspector.size,
      sha256: inspector.sha256(),
    };
  } catch (error) {
    await store.delete(key).catch(() => {});
    throw error;
  }
}
