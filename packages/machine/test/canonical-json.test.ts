import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/internal.js';

/** The definition, written as plainly as it reads: sorted keys, undefined fields left out, as JSON. */
function reference(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth > 256) throw new RangeError('too deep');
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : reference(v, depth + 1))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${reference(record[k], depth + 1)}`);
  return `{${fields.join(',')}}`;
}

const seed = Number(process.env.CHUANGWEN_PROPERTY_SEED ?? 20261206);

describe('canonical JSON', () => {
  it('is the plain definition for any JSON-like value: keys in any order, undefined, odd keys, any text', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '10',
        '9',
        '0',
        '-1',
        '01',
        'a',
        'A',
        '__proto__',
        'constructor',
        'é',
        '\u2028',
        '"',
        '😀',
      ),
    );
    const leaf = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('object')),
      list: fc.array(tie('node'), { maxLength: 6 }),
      object: fc.dictionary(key, tie('node'), { maxKeys: 8 }),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { seed, numRuns: 2_000 },
    );
  });

  it('sorts keys by code unit, not as numbers, and the same whatever order they came in', () => {
    expect(canonicalJson({ b: 1, a: [undefined, { d: 2, c: undefined }], 10: 'x', 9: 'y' })).toBe(
      '{"10":"x","9":"y","a":[null,{"d":2}],"b":1}',
    );
    const keys = Array.from({ length: 50 }, (_, i) => `k${(i * 37) % 50}`);
    const forward = Object.fromEntries(keys.map((k) => [k, k]));
    const backward = Object.fromEntries([...keys].reverse().map((k) => [k, k]));
    expect(canonicalJson(forward)).toBe(canonicalJson(backward));
  });

  it('quotes a hostile key exactly every time, however many distinct keys came before', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key-${i}-"\\`, i]));
    expect(canonicalJson(many)).toBe(reference(many));
    expect(canonicalJson({ 'key-1-"\\': 1 })).toBe('{"key-1-\\"\\\\":1}');
  });

  it('refuses data nested past 256 levels with a RangeError, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(RangeError);
    let fine: unknown = 1;
    for (let i = 0; i < 200; i++) fine = { a: fine };
    expect(canonicalJson(fine)).toBe(reference(fine));
  });
});
