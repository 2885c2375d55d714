import { config } from "@/lib/config";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";

const globalStorage = globalThis as unknown as { motCuaStorage?: FileStorage };

/** The configured storage: STORAGE_DRIVER=local (default, STORAGE_DIR) or s3 (S3_* settings). */
export function storage(): FileStorage {
  if (globalStorage.motCuaStorage) return globalStorage.motCuaStorage;
  const c = config();
  if (c.STORAGE_DRIVER === "s3") {
    if (!c.S3_ENDPOINT || !c.S3_BUCKET || !c.S3_ACCESS_KEY_ID || !c.S3_SECRET_ACCESS_KEY) {
      throw new Error("STORAGE_DRIVER=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.");
    }
    globalStorage.motCuaStorage = new S3Storage({
      endpoint: c.S3_ENDPOINT,
      bucket: c.S3_BUCKET,
      region: c.S3_REGION,
      accessKeyId: c.S3_ACCESS_KEY_ID,
      secretAccessKey: c.S3_SECRET_ACCESS_KEY,
    });
  } else {
    globalStorage.motCuaStorage = new LocalStorage(c.STORAGE_DIR);
  }
  return globalStorage.motCuaStorage;
}

/** For tests. */
export function setStorage(s: FileStorage | undefined): void {
  globalStorage.motCuaStorage = s;
}
