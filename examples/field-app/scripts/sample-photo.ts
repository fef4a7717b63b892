// Sample photos, drawn rather than taken: a PNG of a street scene in flat colours (sky, a shopfront, an awning, boxes
// on the pavement where the finding is, or none where it is fixed), different for each seed. The seed and the tests
// use them where a phone would take a picture.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A sample street photo as PNG bytes: `clutter` draws the boxes a finding photographs. */
export function samplePhoto(
  seed: number,
  options: { clutter?: boolean; width?: number; height?: number } = {},
): Buffer {
  const width = options.width ?? 320;
  const height = options.height ?? 240;
  const hue = (seed * 47) % 360;
  const shop = [120 + ((hue * 3) % 100), 80 + (hue % 90), 70 + ((hue * 7) % 80)];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      let rgb: number[];
      if (y < height * 0.3) rgb = [150 + (y % 40), 190 + (y % 30), 235];
      else if (y < height * 0.72) {
        const awning = y < height * 0.38 && Math.floor(x / 16) % 2 === 0;
        const door = x > width * 0.42 && x < width * 0.58 && y > height * 0.45;
        rgb = awning ? [200, 40, 40] : door ? [70, 60, 55] : shop;
      } else rgb = [170, 170, 165];
      const box =
        options.clutter &&
        y > height * 0.66 &&
        y < height * 0.9 &&
        ((x > width * 0.1 && x < width * 0.3) || (x > width * 0.62 && x < width * 0.86));
      if (box) rgb = [190, 140, 80];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
