/**
 * The S3 storage (official SDK) against a real S3-compatible server on loopback (npm s3rver),
 * reached through a small TCP relay that the test can cut: small and large (multipart) files
 * round-trip byte for byte, a missing object reads as ENOENT, and a server that fails in the
 * middle of a large upload makes the upload fail cleanly — the key never appears.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_SIZE, S3Error, S3Storage } from "@/lib/server/storage/s3";

const BUCKET = "motcua-test";
let server: S3rver;
let dir: string;
let relay: net.Server;
let relayPort = 0;
let broken = false;
let relayedBytes = 0;
let breakAfterBytes = Infinity;
const sockets = new Set<net.Socket>();

/** A TCP relay to s3rver that can be made to drop every connection (the "server fails"). */
function startRelay(target: number): Promise<number> {
  relay = net.createServer((client) => {
    if (broken) return client.destroy();
    const upstream = net.connect(target, "127.0.0.1");
    sockets.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      relayedBytes += chunk.length;
      if (relayedBytes > breakAfterBytes) {
        broken = true;
        for (const s of sockets) s.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("error", cut).on("close", cut);
    upstream.on("error", cut).on("close", cut);
  });
  return new Promise((resolve) => relay.listen(0, "127.0.0.1", () => resolve((relay.address() as net.AddressInfo).port)));
}

function storage(maxAttempts = 3) {
  return new S3Storage({
    endpoint: `http://127.0.0.1:${relayPort}`,
    bucket: BUCKET,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    maxAttempts,
  });
}

/** A deterministic stream of `size` pseudo-random bytes, in 64 KiB chunks, and its SHA-256. */
function bytes(size: number, seed: number): { stream: () => Readable; sha: string } {
  const block = randomBytes(64 * 1024);
  block.writeUInt32BE(seed, 0);
  const chunks = function* () {
    for (let sent = 0; sent < size; sent += block.length) yield block.subarray(0, Math.min(block.length, size - sent));
  };
  const hash = createHash("sha256");
  for (const c of chunks()) hash.update(c);
  return { stream: () => Readable.from(chunks()), sha: hash.digest("hex") };
}

async function sha(stream: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const c of stream) hash.update(c as Buffer);
  return hash.digest("hex");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "motcua-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  relayPort = await startRelay(port);
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  relay?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("S3 storage through the SDK, against s3rver", () => {
  it("stores, reads back and deletes a small file; a missing one reads as ENOENT", async () => {
    const s = storage();
    await s.put("drafts/small/one", Readable.from([Buffer.from("Giấy khai sinh")]), "application/pdf");
    expect(Buffer.concat(await (await s.get("drafts/small/one")).toArray()).toString()).toBe("Giấy khai sinh");
    await s.delete("drafts/small/one");
    await expect(s.get("drafts/small/one")).rejects.toMatchObject({ code: "ENOENT" });
    await s.delete("drafts/small/one"); // deleting twice is no error
  });

  it("uploads a large file in several parts and reads it back byte for byte", async () => {
    const size = 2 * PART_SIZE + 123_457;
    const file = bytes(size, 1);
    const s = storage();
    await s.put("dossiers/large/file", file.stream(), "application/pdf");
    expect(await sha(await s.get("dossiers/large/file"))).toBe(file.sha);
  });

  it("a server that fails in the middle of an upload: the upload is refused and nothing is stored under the key", async () => {
    const file = bytes(3 * PART_SIZE, 2);
    const s = storage(2);
    relayedBytes = 0;
    breakAfterBytes = PART_SIZE + PART_SIZE / 2;
    await expect(s.put("dossiers/broken/file", file.stream(), "application/pdf")).rejects.toBeInstanceOf(S3Error);
    expect(broken).toBe(true);
    // The server comes back: the key is absent, and the same upload now succeeds.
    broken = false;
    breakAfterBytes = Infinity;
    await expect(s.get("dossiers/broken/file")).rejects.toMatchObject({ code: "ENOENT" });
    await s.put("dossiers/broken/file", file.stream(), "application/pdf");
    expect(await sha(await s.get("dossiers/broken/file"))).toBe(file.sha);
  });
});
