// SM3 (GB/T 32905-2016) in plain TypeScript: the same hashes as node:crypto's OpenSSL, synchronous, for browsers and
// runtimes without it, so an SM3 audit chain can be built and verified anywhere. WebCrypto has no SM3.

const encoder = new TextEncoder();

const rotl = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;
const p0 = (x: number) => x ^ rotl(x, 9) ^ rotl(x, 17);
const p1 = (x: number) => x ^ rotl(x, 15) ^ rotl(x, 23);

/** T_j rotated left by j (mod 32), precomputed. */
const T = new Uint32Array(64);
for (let j = 0; j < 64; j++) T[j] = rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

/** The SM3 digest of bytes. */
function sm3(data: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = data.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const v = Uint32Array.from(IV);
  const w = new Uint32Array(68);
  const w1 = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let j = 0; j < 16; j++) w[j] = view.getUint32(offset + j * 4);
    for (let j = 16; j < 68; j++)
      w[j] = p1(w[j - 16]! ^ w[j - 9]! ^ rotl(w[j - 3]!, 15)) ^ rotl(w[j - 13]!, 7) ^ w[j - 6]!;
    for (let j = 0; j < 64; j++) w1[j] = w[j]! ^ w[j + 4]!;
    let a = v[0]!;
    let b = v[1]!;
    let c = v[2]!;
    let d = v[3]!;
    let e = v[4]!;
    let f = v[5]!;
    let g = v[6]!;
    let h = v[7]!;
    for (let j = 0; j < 64; j++) {
      const a12 = rotl(a, 12);
      const ss1 = rotl((a12 + e + T[j]!) >>> 0, 7);
      const ss2 = ss1 ^ a12;
      const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
      const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
      const tt1 = (ff + d + ss2 + w1[j]!) >>> 0;
      const tt2 = (gg + h + ss1 + w[j]!) >>> 0;
      d = c;
      c = rotl(b, 9);
      b = a;
      a = tt1;
      h = g;
      g = rotl(f, 19);
      f = e;
      e = p0(tt2) >>> 0;
    }
    v[0] = v[0]! ^ a;
    v[1] = v[1]! ^ b;
    v[2] = v[2]! ^ c;
    v[3] = v[3]! ^ d;
    v[4] = v[4]! ^ e;
    v[5] = v[5]! ^ f;
    v[6] = v[6]! ^ g;
    v[7] = v[7]! ^ h;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, v[i]!);
  return out;
}

/** The SM3 digest of a text (encoded as UTF-8), as lowercase hex. */
export function sm3Hex(text: string): string {
  return toHex(sm3(encoder.encode(text)));
}

/** The HMAC-SM3 of a text (UTF-8) under a key, as lowercase hex (RFC 2104 / GB/T 15852.2 with SM3: 64-byte blocks). */
export function hmacSm3Hex(key: Uint8Array, text: string): string {
  return toHex(hmacSm3(key, encoder.encode(text)));
}

/** The HMAC-SM3 of bytes under a key. */
function hmacSm3(key: Uint8Array, data: Uint8Array): Uint8Array {
  let k = key.length > 64 ? sm3(key) : key;
  if (k.length < 64) {
    const padded = new Uint8Array(64);
    padded.set(k);
    k = padded;
  }
  const inner = new Uint8Array(64 + data.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = k[i]! ^ 0x36;
    outer[i] = k[i]! ^ 0x5c;
  }
  inner.set(data, 64);
  outer.set(sm3(inner), 64);
  return sm3(outer);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
