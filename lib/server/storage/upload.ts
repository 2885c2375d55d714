import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
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

export interface UploadRules {
  maxBytes: number;
  /** MIME types accepted for this document (already intersected with the portal's list). */
  acceptedTypes: string[];
}

/**
 * Streams an upload into storage under a new key while checking it (see inspect.ts). On any
 * rejection the stored object is removed and an UploadError is thrown; nothing is buffered
 * beyond the head (4 KB) and tail (256 KB) kept for the checks.
 */
export async function storeUpload(body: Readable, declaredName: string, rules: UploadRules, keyPrefix: string): Promise<StoredUpload> {
  const key = `${keyPrefix}/${randomUUID()}`;
  const inspector = new Inspector(rules.maxBytes);
  body.on("error", (e) => inspector.destroy(e));
  const inspected = body.pipe(inspector);
  const store = storage();
  try {
    await store.put(key, inspected);
  } catch (error) {
    await store.delete(key).catch(() => {});
    if (error instanceof UploadError) throw error;
    if (inspector.size > rules.maxBytes) throw new UploadError("tooLarge", { maxBytes: rules.maxBytes });
    throw error;
  }
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
