/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, Viettel/VNPT object storage …) through the
 * official SDK (@aws-sdk/client-s3; @aws-sdk/lib-storage for multipart). Uploads stream in 8 MiB
 * parts, two at a time, so memory stays bounded whatever the file size. An object appears only
 * when its upload completes: a failed upload is aborted (its parts removed) and the key is absent.
 * Path-style URLs (`${endpoint}/${bucket}/${key}`), which every S3-compatible server accepts.
 */
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertKey, type FileStorage } from "./types";

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Attempts per request (SDK retries with backoff); default 3. */
  maxAttempts?: number;
}

export const PART_SIZE = 8 * 1024 * 1024;

export class S3Error extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

export class S3Storage implements FileStorage {
  readonly kind = "s3" as const;
  readonly client: S3Client;
  constructor(private readonly options: S3Options) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: options.maxAttempts ?? 3,
      // Checksums only where the API requires them: many S3-compatible servers lack the newer ones.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Readable, contentType = "application/octet-stream"): Promise<void> {
    assertKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType },
      partSize: PART_SIZE,
      queueSize: 2,
      leavePartsOnError: false,
    });
    // A failing source stream must fail the upload too (lib-storage would otherwise wait).
    const failed = new Promise<never>((_, reject) => body.once("error", reject));
    try {
      await Promise.race([upload.done(), failed]);
    } catch (error) {
      await upload.abort().catch(() => {});
      throw wrap(error, `S3 PUT ${key}`);
    }
  }

  async get(key: string): Promise<Readable> {
    assertKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!res.Body) throw new S3Error("S3 GET: empty body", 500, "NoBody");
      return res.Body as Readable;
    } catch (error) {
      throw wrap(error, `S3 GET ${key}`);
    }
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (error) {
      const wrapped = wrap(error, `S3 DELETE ${key}`);
      if (wrapped.code !== "ENOENT") throw wrapped;
    }
  }
}

/** SDK errors as S3Error; a missing object has code "ENOENT", like the local storage. */
function wrap(error: unknown, what: string): S3Error {
  if (error instanceof S3Error) return error;
  if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === "NoSuchKey")) {
    return new S3Error(`${what}: NoSuchKey`, 404, "ENOENT");
  }
  if (error instanceof S3ServiceException) {
    return new S3Error(`${what}: ${error.name}`, error.$metadata.httpStatusCode ?? 500, error.name);
  }
  return new S3Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, 503, "Unavailable");
}
