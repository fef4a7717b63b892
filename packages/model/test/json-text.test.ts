import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSON_TEXT_LIMITS, parseJsonText } from '../src/index.js';

describe('parseJsonText', () => {
  it('parses what JSON.parse parses, when within the limits', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and refuses what JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = parseJsonText(text);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        // A duplicate key is the one thing refused that JSON.parse takes (it keeps the last value).
        if (read.ok) expect(parses).toBe(true);
        else if (parses) expect(read.issues[0]!.code).toBe('duplicate_key');
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the first excess, located where it is, before anything is built', () => {
    const deep = `{"units":[{"names":${'['.repeat(100)}${']'.repeat(100)}}]}`;
    expect(parseJsonText(deep)).toMatchObject({
      ok: false,
      issues: [{ code: 'too_deep', pointer: expect.stringMatching(/^\/units\/0\/names(\/0)+$/) }],
    });
    const wide = `{"sites":[{},{"k":{${Array.from({ length: 10_001 }, (_, i) => `"a${i}":0`).join(',')}}}]}`;
    expect(parseJsonText(wide)).toMatchObject({
      ok: false,
      issues: [{ code: 'too_big', pointer: '/sites/1/k' }],
    });
    const long = JSON.stringify({ title: 'x'.repeat(200_001) });
    const read = parseJsonText(long);
    expect(read).toMatchObject({ ok: false, issues: [{ code: 'too_big', pointer: '/title' }] });
    expect(read.ok || read.issues[0]!.message['zh-CN']).toContain('200000');
    const items = parseJsonText('{"a":[1,2,3,4]}', { ...JSON_TEXT_LIMITS, maxItems: 3 });
    expect(items).toMatchObject({ ok: false, issues: [{ code: 'too_big', pointer: '/a' }] });
    expect(parseJsonText('{"a":[1,2,3]}', { ...JSON_TEXT_LIMITS, maxItems: 3 }).ok).toBe(true);
    const many = parseJsonText('{"a":[[],[],[]],"b":1}', { ...JSON_TEXT_LIMITS, maxValues: 5 });
    // Limits left out keep their defaults, as a caller from plain JavaScript may leave them.
    const partial = { maxDepth: 64 } as unknown as typeof JSON_TEXT_LIMITS;
    expect(parseJsonText(long, partial)).toMatchObject({ ok: false, issues: [{ code: 'too_big' }] });
    expect(many).toMatchObject({ ok: false, issues: [{ code: 'too_big', pointer: '/a/1' }] });
    // A key within its limit stays whole in the path, so the pointer leads to the place; one over it is cut there.
    const name = 'k'.repeat(150);
    const under = parseJsonText(`{"${name}":{"x":"${'y'.repeat(200_001)}"}}`);
    expect(under).toMatchObject({ ok: false, issues: [{ code: 'too_big', path: [name, 'x'] }] });
    const over = parseJsonText(`{"${'k'.repeat(1_500)}":1}`);
    expect(over).toMatchObject({ ok: false, issues: [{ code: 'too_big', path: ['k'.repeat(1_000)] }] });
  });

  it('reads keys with escapes and braces inside strings without losing its place', () => {
    const text = JSON.stringify({ 'a"}]{[': { 'b\\': ['}', ']', '"', { '\u4e2d': 1 }] } });
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
    const deepUnder = `{"a\\"b":${'['.repeat(70)}${']'.repeat(70)}}`;
    expect(parseJsonText(deepUnder)).toMatchObject({
      ok: false,
      issues: [{ path: expect.arrayContaining(['a"b']) }],
    });
  });

  it('refuses a key written twice in one object, however it is escaped, and says where', () => {
    const twice = parseJsonText('{"units":[{"id":"u-1"},{"id":"u-2","kind":"x","id":"u-3"}]}');
    expect(twice).toMatchObject({ ok: false, issues: [{ code: 'duplicate_key', pointer: '/units/1/id' }] });
    if (twice.ok) return;
    expect(twice.issues[0]!.message.en).toBe('the key "id" appears twice in one object (line 1, column 47)');
    expect(twice.issues[0]!.message['zh-CN']).toBe('同一对象中字段 "id" 出现了两次（第 1 行第 47 列）');
    for (const text of ['{"a":1,"\\u0061":2}', '{"__proto__":1,"__proto__":{}}', '{"a\\"":0,"a\\u0022":1}'])
      expect(parseJsonText(text), text).toMatchObject({ ok: false, issues: [{ code: 'duplicate_key' }] });
    // Past the short list a small object keeps, and named by the key as read, however long its escapes.
    const many = `{${Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(',')},"k13":0}`;
    expect(parseJsonText(many)).toMatchObject({ ok: false, issues: [{ pointer: '/k13' }] });
    const escaped = '\\u0061'.repeat(20);
    expect(parseJsonText(`{"${escaped}":1,"${'a'.repeat(20)}":2}`)).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate_key', path: ['a'.repeat(20)] }],
    });
    // A syntax error or an excess anywhere in the text is what is reported, not a duplicate before it.
    expect(parseJsonText('{"a":1,"a":2')).toMatchObject({ ok: false, issues: [{ code: 'invalid_json' }] });
    expect(parseJsonText(`{"a":1,"a":2,"b":${'['.repeat(70)}${']'.repeat(70)}}`)).toMatchObject({
      ok: false,
      issues: [{ code: 'too_deep' }],
    });
    // Keys are names: one past 1,000 characters is refused before it is compared with any other.
    const longKey = parseJsonText(`{"${'k'.repeat(1_001)}":1}`);
    expect(longKey).toMatchObject({ ok: false, issues: [{ code: 'too_big' }] });
    expect(longKey.ok || longKey.issues[0]!.message.en).toBe(
      'a key of 1001 characters, more than the limit of 1000',
    );
    expect(parseJsonText(`{"${'k'.repeat(1_000)}":1}`).ok).toBe(true);
    // The same key in sibling objects, at other levels, or as a value is no duplicate.
    for (const text of [
      '[{"a":1},{"a":2}]',
      '{"a":{"a":{"a":1}}}',
      '{"a":"a","b":["a","a"]}',
      '{"a":1,"A":2}',
    ])
      expect(parseJsonText(text), text).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses a duplicate put anywhere in any document', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 }),
        fc.nat(),
        (record, pick) => {
          const entries = Object.entries(record);
          const [key] = entries[pick % entries.length]!;
          const text = `{"wrap":${JSON.stringify(record).slice(0, -1)},${JSON.stringify(key)}:null}}`;
          expect(parseJsonText(text)).toMatchObject({
            ok: false,
            issues: [{ code: 'duplicate_key', path: ['wrap', key] }],
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('locates a syntax error by line and column, in both languages', () => {
    const read = parseJsonText('{\n  "a": 1,\n  "b": }');
    expect(read).toMatchObject({ ok: false, issues: [{ code: 'invalid_json' }] });
    if (read.ok) return;
    expect(read.issues[0]!.message.en).toMatch(/line 3, column \d+/);
    expect(read.issues[0]!.message['zh-CN']).toMatch(/第 3 行/);
    for (const [text, line, column] of [
      ['{"a":', 1, 6],
      ['[1,2,,3]', 1, 6],
      ['{"a":1}x', 1, 8],
      ['\n\n  {"a" 1}', 3, 8],
      ['"\\q"', 1, 2],
      // Lines end as editors end them: a Windows file's \r\n is one end, an old Mac file's bare \r is one too.
      ['{\r\n  "a": 1,\r\n  "b": }', 3, 8],
      ['{\r  "a": 1,\r  "b": }', 3, 8],
      ['{\n\r\n\r"a" 1}', 4, 5],
    ] as const) {
      const bad = parseJsonText(text);
      expect(bad.ok || bad.issues[0]!.message.en, text).toContain(`line ${line}, column ${column}`);
    }
  });

  it('keeps a __proto__ key as data, for readPlain to refuse', () => {
    const read = parseJsonText('{"__proto__":{"polluted":true}}');
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
