/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, Viettel/VNPT object storage …), written
 * against the REST API with AWS Signature Version 4 and `fetch`, no SDK. Uploads stream in
 * 8 MiB parts (multipart upload), so memory stays bounded whatever the file size.
 * Path-style URLs: `${endpoint}/${bucket}/${key}`.
 */
import { createHash, createHmac } from "node:crypto";
import { Readable } from "node:stream";
import { assertKey, type FileStorage } from "./types";

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const PART_SIZE = 8 * 1024 * 1024;

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it; `/` kept in paths. */
function encode(value: string, keepSlash: boolean): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, keepSlash ? "/" : "%2F");
}

export interface SignInput {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  date: Date;
  service?: string;
}

/** Adds the SigV4 headers (x-amz-date, x-amz-content-sha256, authorization) to `headers`. */
export function signV4(input: SignInput): Record<string, string> {
  const service = input.service ?? "s3";
  const amzDate = input.date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...input.headers,
    host: input.url.host,
    "x-amz-date": amzDate,
    "x-amz-content-sha256": input.payloadHash,
  };
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${String(lower[n]).trim().replace(/\s+/g, " ")}\n`).join("");
  const signedHeaders = names.join(";");
  const query = [...input.url.searchParams.entries()]
    .map(([k, v]) => [encode(k, false), encode(v, false)] as const)
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const path = input.url.pathname
    .split("/")
    .map((seg) => encode(decodeURIComponent(seg), false))
    .join("/");
  const canonicalRequest = [input.method, path || "/", query, canonicalHeaders, signedHeaders, input.payloadHash].join("\n");
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

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
  constructor(private readonly options: S3Options) {}

  private url(key: string, query: Record<string, string> = {}): URL {
    const base = this.options.endpoint.replace(/\/+$/, "");
    const url = new URL(`${base}/${encode(this.options.bucket, false)}/${encode(key, true)}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  }

  private async request(method: string, url: URL, body?: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
    const signed = signV4({
      method,
      url,
      headers: body ? { ...headers, "content-length": String(body.byteLength) } : headers,
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      region: this.options.region,
      accessKeyId: this.options.accessKeyId,
      secretAccessKey: this.options.secretAccessKey,
      date: new Date(),
    });
    delete signed.host;
    const res = await fetch(url, { method, headers: signed, body: body ? Buffer.from(body) : undefined });
    if (!res.ok && !(method === "DELETE" && res.status === 404)) {
      const text = await res.text().catch(() => "");
      const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? String(res.status);
      throw new S3Error(`S3 ${method} ${url.pathname}: ${code}`, res.status, code === "NoSuchKey" ? "ENOENT" : code);
    }
    return res;
  }

  async put(key: string, body: Readable, contentType = "application/octet-stream"): Promise<void> {
    assertKey(key);
    let buffered: Buffer[] = [];
    let size = 0;
    let uploadId: string | null = null;
    const parts: string[] = [];
    const flushPart = async () => {
      const chunk = Buffer.concat(buffered, size);
      buffered = [];
      size = 0;
      if (!uploadId) {
        const res = await this.request("POST", this.url(key, { uploads: "" }), undefined, { "content-type": contentType });
        uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(await res.text())?.[1] ?? null;
        if (!uploadId) throw new S3Error("S3 multipart upload: no UploadId", 500, "NoUploadId");
      }
      const res = await this.request("PUT", this.url(key, { partNumber: String(parts.length + 1), uploadId }), chunk);
      parts.push(res.headers.get("etag") ?? "");
    };
    try {
      for await (const piece of body) {
        const b = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
        buffered.push(b);
        size += b.length;
        if (size >= PART_SIZE) await flushPart();
      }
      if (!uploadId) {
        // Small object: one PUT.
        await this.request("PUT", this.url(key), Buffer.concat(buffered, size), { "content-type": contentType });
        return;
      }
      if (size > 0) await flushPart();
      const xml = `<CompleteMultipartUpload>${parts.map((etag, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${etag}</ETag></Part>`).join("")}</CompleteMultipartUpload>`;
      await this.request("POST", this.url(key, { uploadId }), new TextEncoder().encode(xml), { "content-type": "application/xml" });
    } catch (error) {
      if (uploadId) await this.request("DELETE", this.url(key, { uploadId })).catch(() => {});
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    assertKey(key);
    const res = await this.request("GET", this.url(key));
    if (!res.body) throw new S3Error("S3 GET: empty body", 500, "NoBody");
    return Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>);
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    await this.request("DELETE", this.url(key));
  }
}
