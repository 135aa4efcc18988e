// @ts-check
// Draws the app icons (a crescent moon, for the nightly check-in) into public/icons as PNGs.
// Run `node scripts/generate-icons.mjs` after changing the design; the PNGs are committed.
// Written out with node:zlib rather than an image library: one shape, three sizes.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const BACKGROUND = [0x2f, 0x5f, 0x8a]; // --accent
const MOON = [0xf7, 0xf5, 0xf2]; // --bg

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * An RGBA PNG of `size` pixels: a background (rounded square, or full bleed for a maskable icon)
 * and a crescent scaled by `scale` (maskable icons keep it inside the central safe zone).
 * @param {{ size: number, scale: number, isMaskable: boolean }} options
 */
function drawIcon({ size, scale, isMaskable }) {
  const samples = 4; // per axis, for anti-aliased edges
  const rows = [];
  const radius = isMaskable ? 0 : 0.2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let background = 0;
      let moon = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          const dx = Math.max(radius - u, 0, u - (1 - radius));
          const dy = Math.max(radius - v, 0, v - (1 - radius));
          if (dx * dx + dy * dy > radius * radius) continue;
          background++;
          const cx = (u - 0.5) / scale;
          const cy = (v - 0.5) / scale;
          const inDisc = cx * cx + cy * cy < 0.36 * 0.36;
          const inBite = (cx - 0.16) ** 2 + (cy + 0.12) ** 2 < 0.3 * 0.3;
          if (inDisc && !inBite) moon++;
        }
      }
      const total = samples * samples;
      const m = moon / Math.max(background, 1);
      const offset = 1 + x * 4;
      for (let channel = 0; channel < 3; channel++) {
        row[offset + channel] = Math.round(
          (MOON[channel] ?? 0) * m + (BACKGROUND[channel] ?? 0) * (1 - m),
        );
      }
      row[offset + 3] = Math.round((background / total) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const icons = [
  { file: "icon-192.png", size: 192, scale: 1, isMaskable: false },
  { file: "icon-512.png", size: 512, scale: 1, isMaskable: false },
  // Maskable: full bleed, the moon within the central 80% circle that every mask keeps.
  { file: "maskable-512.png", size: 512, scale: 0.75, isMaskable: true },
  { file: "apple-touch-icon.png", size: 180, scale: 0.85, isMaskable: true },
];

await mkdir(path.join(root, "public/icons"), { recursive: true });
for (const icon of icons) {
  await writeFile(path.join(root, "public/icons", icon.file), drawIcon(icon));
  console.log(`public/icons/${icon.file} (${icon.size} px)`);
}
