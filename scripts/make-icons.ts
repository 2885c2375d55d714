/**
 * Draws the portal's icons into public/: the white five-pointed star (★) on the brand blue
 * #124a8f, as SVG, as PNG (192, 512, and 180 for Apple devices) and as favicon.ico (32 px, PNG
 * inside). Run `npx tsx scripts/make-icons.ts` after changing the mark; the files are committed.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLUE = [0x12, 0x4a, 0x8f] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The star's ten corners in a 0..1 square: outer radius 0.36, inner 0.146, centred a bit low. */
function star(): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 0.36 : 0.146;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([0.5 + r * Math.cos(a), 0.53 + r * Math.sin(a)]);
  }
  return pts;
}

function inside(x: number, y: number, poly: Array<[number, number]>): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A square PNG: rounded blue tile (corner radius 18 %) with the white star, 4×4 supersampled. */
function png(size: number, rounded = true): Buffer {
  const poly = star();
  const rows: Buffer[] = [];
  const S = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let starHits = 0;
      let tileHits = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          const r = 0.18;
          const cx = Math.min(Math.max(u, r), 1 - r);
          const cy = Math.min(Math.max(v, r), 1 - r);
          const inTile = !rounded || (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
          if (inTile) {
            tileHits++;
            if (inside(u, v, poly)) starHits++;
          }
        }
      }
      const alpha = tileHits / (S * S);
      const o = 1 + x * 4;
      for (let c = 0; c < 3; c++) row[o + c] = tileHits ? Math.round(BLUE[c]! + (WHITE[c]! - BLUE[c]!) * (starHits / tileHits)) : 0;
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file holding one PNG image (supported by every current browser). */
function ico(image: Buffer, size: number): Buffer {
  const head = Buffer.alloc(6 + 16);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(1, 4);
  head[6] = size;
  head[7] = size;
  head.writeUInt16LE(1, 10); // planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(image.length, 14);
  head.writeUInt32LE(22, 18);
  return Buffer.concat([head, image]);
}

const points = star()
  .map(([x, y]) => `${(x * 64).toFixed(2)},${(y * 64).toFixed(2)}`)
  .join(" ");
writeFileSync(
  "public/favicon.svg",
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="11.5" fill="#124a8f"/><polygon points="${points}" fill="#fff"/></svg>\n`,
);
writeFileSync("public/favicon.ico", ico(png(32), 32));
writeFileSync("public/icon-192.png", png(192));
writeFileSync("public/icon-512.png", png(512));
writeFileSync("public/apple-touch-icon.png", png(180, false));
console.log("public/: favicon.svg, favicon.ico, icon-192.png, icon-512.png, apple-touch-icon.png");
