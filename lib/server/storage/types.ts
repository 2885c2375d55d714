import type { Readable } from "node:stream";

/**
 * Where uploaded files live. Two implementations: a local folder (default, under .data/) and
 * S3-compatible object storage. Keys are opaque paths like "drafts/<uuid>/<uuid>"; they never
 * come from a user.
 */
export interface FileStorage {
  readonly kind: "local" | "s3";
  /** Streams `body` into the object `key` (created or replaced). Rejects if the stream fails. */
  put(key: string, body: Readable, contentType?: string): Promise<void>;
  /** A stream of the object's bytes; rejects with code "ENOENT" when it does not exist. */
  get(key: string): Promise<Readable>;
  /** Removes the object; no error when it does not exist. */
  delete(key: string): Promise<void>;
}

export const SAFE_KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

export function assertKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.includes("..") || key.includes("//")) throw new Error(`unsafe storage key "${key}"`);
}
