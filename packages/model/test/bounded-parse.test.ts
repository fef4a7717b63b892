import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateWithSchema } from '../src/index.js';

// Validation that stops at `maxIssues` reads a long list a slice at a time; what it finds must be what reading the whole
// document finds, in the same order: the list's own bounds, its own checks, the object's checks across fields.
const Item = z.strictObject({ id: z.string().regex(/^i-\d+$/) });
const Schema = z
  .strictObject({
    name: z.string().min(1),
    items: z
      .array(Item)
      .min(1)
      .max(600)
      .refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'ids repeat'),
    count: z.number().optional(),
  })
  .refine((o) => o.count === undefined || o.count === o.items.length, {
    path: ['count'],
    message: 'miscounted',
  });

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i-${i}` }));
type Found = { ok: true } | { ok: false; at: string[]; more: boolean };
const found = (input: unknown, maxIssues?: number): Found => {
  const result = validateWithSchema(Schema, input, maxIssues === undefined ? {} : { maxIssues });
  return result.ok
    ? { ok: true }
    : { ok: false, at: result.issues.map((i) => `${i.pointer} ${i.code}`), more: result.more ?? false };
};
const same = (input: unknown) => {
  const whole = found(input);
  expect(found(input, 1_000)).toEqual(whole);
  return whole;
};

describe('validation bounded by maxIssues', () => {
  it('checks a long list’s own bounds on its whole length, and reads a list out of bounds no further', () => {
    const over = items(700);
    over[10] = { id: 'bad' };
    expect(same({ name: 'n', items: over })).toEqual({ ok: false, at: ['/items too_big'], more: false });
    expect(found({ name: 'n', items: over }, 1)).toEqual({ ok: false, at: ['/items too_big'], more: false });
  });

  it('accepts a long list within its bounds, and gives back every item', () => {
    expect(same({ name: 'n', items: items(600), count: 600 })).toEqual({ ok: true });
    const within = validateWithSchema(Schema, { name: 'n', items: items(600) }, { maxIssues: 5 });
    expect(within.ok && within.value.items.map((i) => i.id)).toEqual(items(600).map((i) => i.id));
  });

  it('runs a list’s own checks and the object’s checks on the whole value, past the first slice', () => {
    const repeated = items(600);
    repeated[550] = { id: 'i-10' };
    expect(same({ name: 'n', items: repeated })).toEqual({
      ok: false,
      at: ['/items invalid_value'],
      more: false,
    });
    expect(same({ name: 'n', items: items(600), count: 599 })).toEqual({
      ok: false,
      at: ['/count invalid_value'],
      more: false,
    });
  });

  it('places problems in a long list and elsewhere in the order of the fields, as one whole reading does', () => {
    const list = items(600);
    list[0] = { id: 'bad' };
    list[550] = { id: 'also bad' };
    const input = { name: '', items: list, count: 'six' };
    expect(same(input)).toEqual({
      ok: false,
      at: [
        '/name too_small',
        '/items/0/id invalid_format',
        '/items/550/id invalid_format',
        '/count invalid_type',
      ],
      more: false,
    });
    expect(found(input, 2)).toEqual({
      ok: false,
      at: ['/name too_small', '/items/0/id invalid_format'],
      more: true,
    });
  });

  it('stops reading a long list of bad rows once it has enough, and says there are more', () => {
    const bad = Array.from({ length: 600 }, () => ({ id: 'x' }));
    const result = found({ name: 'n', items: bad }, 3);
    expect(result).toEqual({
      ok: false,
      at: ['/items/0/id invalid_format', '/items/1/id invalid_format', '/items/2/id invalid_format'],
      more: true,
    });
  });

  it('finds what one whole reading finds for any long list of good and bad rows (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 501, max: 700 }),
        fc.array(fc.nat(699), { maxLength: 4 }),
        fc.option(fc.nat(700), { nil: undefined }),
        (length, broken, count) => {
          const list: { id: string }[] = items(length);
          for (const i of broken) if (i < length) list[i] = { id: `bad ${i}` };
          const input = { name: 'n', items: list, ...(count === undefined ? {} : { count }) };
          const whole = found(input);
          const bounded = found(input, 1_000);
          expect(bounded.ok).toBe(whole.ok);
          if (whole.ok || bounded.ok) return;
          // zod also runs the object's check across fields on a value it has found wrong; a bounded reading does not.
          const across = '/count invalid_value';
          const others = whole.at.filter((at) => at !== across);
          expect(bounded.at).toEqual(others.length > 0 ? others : whole.at);
        },
      ),
      { numRuns: 60 },
    );
  });
});
