import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../src/index.js';
import { readUntrusted } from '../src/internal.js';
import { ev, OFFICE } from './helpers.js';
import { open } from './scenario.js';

const valid = () => ev('plan.issued', OFFICE, { plan: 'work' }) as unknown as Record<string, unknown>;
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = () =>
  Object.defineProperty({ type: 'plan.issued' }, 'plan', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
const cyclic = () => {
  const e: Record<string, unknown> = valid();
  e.self = e;
  return e;
};

describe('events from outside', () => {
  const hostile: [string, () => unknown, RegExp][] = [
    ['a BigInt', () => ({ ...valid(), plan: 10n }), /bigint/],
    ['a throwing getter', throwing, /could not be read/],
    ['a revoked proxy', revoked, /could not be read/],
    ['a revoked proxy inside', () => ({ ...valid(), actor: revoked() }), /could not be read/],
    ['a function', () => ({ ...valid(), plan: () => 'work' }), /function/],
    ['a symbol', () => ({ ...valid(), plan: Symbol('x') }), /symbol/],
    ['NaN', () => ({ ...valid(), at: Number.NaN }), /finite/],
    ['a cycle', cyclic, /refers to itself/],
    [
      'deep nesting',
      () => JSON.parse(`{"type":"plan.issued","x":${'['.repeat(5000)}${']'.repeat(5000)}}`),
      /deeper than 24/,
    ],
    ['a huge string', () => ({ ...valid(), plan: 'x'.repeat(5_000_000) }), /too long/],
    ['too many items', () => ({ ...valid(), list: new Array(30_000).fill(0) }), /too long|too many/],
    [
      'a polluting key',
      () => JSON.parse('{"type":"plan.issued","__proto__":{"polluted":true}}'),
      /__proto__/,
    ],
  ];

  it.each(hostile)(
    'rejects %s as malformed, audited as a digest and a bounded excerpt, without throwing',
    (_name, make, why) => {
      const record = open();
      const result = record.dispatch(make());
      expect(result.accepted).toBe(false);
      expect(result.rejection?.code).toBe('malformed');
      expect(result.rejection?.reason.en).toMatch(why);
      expect(result.rejection?.reason['zh-CN']).toMatch(/\p{Script=Han}/u);
      const append = result.append;
      expect(append).toMatchObject({ stream: 'campaign', entry: { outcome: 'rejected' } });
      // The sender is kept when it reads on its own (the rest of the event did not); never a getter's answer.
      const unsigned = [
        'a throwing getter',
        'a revoked proxy',
        'a revoked proxy inside',
        'deep nesting',
        'a polluting key',
      ];
      expect(append!.entry.actor).toEqual(unsigned.includes(_name) ? null : OFFICE);
      expect(append!.body.length).toBeLessThan(4096);
      expect(append!.entry.event).toMatchObject({
        malformed: { digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(record.verify(record.anchors()).ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('locates a malformed field and keeps the sender when it can be read', () => {
    const record = open();
    const result = record.dispatch({ ...valid(), plan: 'budget' });
    expect(result.rejection).toMatchObject({
      code: 'malformed',
      issues: [{ pointer: '/plan', code: 'invalid_value' }],
    });
    expect(result.append.entry.actor).toEqual(OFFICE);
    // The reason alone says how to fix the first problem, in both languages, and stays short for hostile input.
    const slip = record.dispatch({ ...valid(), plann: 'work' });
    expect(slip.rejection?.reason.en).toContain('did you mean "plan"?');
    expect(slip.rejection?.reason['zh-CN']).toContain('是否应为 "plan"');
    expect(slip.rejection?.reason['zh-CN']).toContain('"plann"');
    const hostile = record.dispatch({ ...valid(), ['k'.repeat(5_000)]: 1 });
    expect(Array.from(hostile.rejection?.reason.en ?? '').length).toBeLessThanOrEqual(400);
    // Cut by characters: no half of an emoji is left to break a JSON column.
    const emoji = record.dispatch({ ...valid(), ['😀'.repeat(500)]: 1 });
    for (const text of Object.values(emoji.rejection?.reason ?? {}))
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    // The first problem comes first, so a long list of places never cuts it off.
    const many = record.dispatch({
      ...valid(),
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${'x'.repeat(60)}${i}`, 1])),
    });
    expect(many.rejection?.reason.en).toMatch(/^malformed event: x{60}0: unknown field/);
  });

  it('keeps an event that fails its schema as a digest, an excerpt and its first issues, never whole', () => {
    const record = open();
    const junk: Record<string, string> = {};
    for (let i = 0; i < 45; i++) junk[`k${i}`] = 'x'.repeat(19_999);
    const result = record.dispatch({ ...valid(), ...junk });
    expect(result.rejection?.code).toBe('malformed');
    expect(result.append.body.length).toBeLessThan(6_000);
    const kept = result.append.entry.event as {
      malformed: { digest: string; read: number };
      issues: unknown[];
    };
    expect(kept.malformed.read).toBeGreaterThan(900_000);
    expect(kept.issues.length).toBeLessThanOrEqual(10);
    const again = record.dispatch({ ...valid(), ...junk, at: valid().at });
    expect((again.append.entry.event as typeof kept).malformed.digest).not.toBe(kept.malformed.digest);
    expect(record.verify(record.anchors()).ok).toBe(true);
  });

  it('rejects identifiers with control or zero-width characters', () => {
    const record = open();
    for (const id of ['u1\u200b', 'u\u00001', 'u1\n', '']) {
      const result = record.dispatch({
        type: 'unit.registered',
        at: valid().at,
        actor: OFFICE,
        role: 'lead',
        unitId: id,
      });
      expect(result.rejection?.code, JSON.stringify(id)).toBe('malformed');
      expect(result.rejection?.issues?.[0]?.pointer).toBe('/unitId');
    }
  });

  it('reads within the limits in one pass, and the limits can be set', () => {
    expect(readUntrusted({ a: [1, 'x', null, true] })).toEqual({
      ok: true,
      value: { a: [1, 'x', null, true] },
    });
    const tight = { ...DEFAULT_INPUT_LIMITS, maxStringLength: 3 };
    expect(readUntrusted({ a: 'abcd' }, tight)).toMatchObject({ ok: false, where: '/a' });
    expect(readUntrusted({ a: 'abc' }, tight).ok).toBe(true);
  });

  it('locates each problem at its place: in lists, under keys, at a __proto__ key, at the top', () => {
    const tight = { ...DEFAULT_INPUT_LIMITS, maxStringLength: 3 };
    expect(readUntrusted({ a: [{ b: 'ok' }, { b: 'long' }] }, tight)).toMatchObject({ where: '/a/1/b' });
    expect(readUntrusted({ a: [1, 2, Number.NaN] })).toMatchObject({ where: '/a/2' });
    expect(readUntrusted({ a: { toolong: 1 } }, tight)).toMatchObject({ where: '/a' });
    expect(readUntrusted(JSON.parse('{"x":[{"__proto__":{}}]}'))).toMatchObject({ where: '/x/0/__proto__' });
    expect(readUntrusted(1n)).toMatchObject({ ok: false, where: '/' });
    // A problem after a deep branch that read cleanly is placed in its own branch, not the one before.
    expect(readUntrusted({ a: [[[['x']]]], b: 'long' }, tight)).toMatchObject({ where: '/b' });
  });

  it('never throws on anything JSON can hold, and every entry it writes verifies', () => {
    const record = open();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            type: fc.constantFrom('plan.issued', 'phase.force', 'observation.recorded'),
            at: fc.string(),
            actor: fc.jsonValue(),
          }),
        ),
        (input) => {
          const result = record.dispatch(input);
          expect(result.append.entry.seq).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
    expect(record.verify(record.anchors())).toMatchObject({ ok: true });
  });
});
