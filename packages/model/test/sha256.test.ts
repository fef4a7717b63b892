import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex } from '../src/internal.js';

describe('SHA-256 and HMAC-SHA-256 in plain TypeScript', () => {
  it('give the digests of the published test vectors (FIPS 180-4 examples)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agree with Node’s crypto for any text, across block boundaries, and any key', () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 80 }));
    fc.assert(
      fc.property(text, fc.uint8Array({ maxLength: 150 }), (t, key) => {
        expect(sha256Hex(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
        expect(hmacSha256Hex(key, t)).toBe(createHmac('sha256', key).update(t, 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128])
      expect(sha256Hex('a'.repeat(n))).toBe(createHash('sha256').update('a'.repeat(n)).digest('hex'));
  });
});
