import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateWithSchema } from '../src/index.js';

// Validation that stops at `maxIssues` reads a long list a slice at a time; what it finds must be what reading the whole
// document finds, the list's own bounds included.
const Schema = z.strictObject({
  name: z.string().min(1),
  items: z
    .array(z.strictObject({ id: z.string().regex(/^i-\d+$/) }))
    .min(1)
    .max(600),
});
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i-${i}` }));
const found = (input: unknown, maxIssues?: number) => {
  const result = validateWithSchema(Schema, input, maxIssues === undefined ? {} : { maxIssues });
  return result.ok
    ? { ok: true as const }
    : {
        ok: false as const,
        at: result.issues.map((i) => `${i.pointer} ${i.code}`),
        more: result.more ?? false,
      };
};

describe('validation bounded by maxIssues', () => {
  it('checks a long list’s own maximum on its whole length', () => {
    expect(found({ name: 'n', items: items(700) }, 10)).toEqual({
      ok: false,
      at: ['/items too_big'],
      more: false,
    });
    expect(found({ name: 'n', items: items(700) })).toEqual({
      ok: false,
      at: ['/items too_big'],
      more: false,
    });
  });

  it('accepts a long list its minimum allows, and gives back every item', () => {
    const result = validateWithSchema(Schema, { name: 'n', items: items(1_234) }, { maxIssues: 5 });
    expect(result.ok).toBe(false);
    const within = validateWithSchema(Schema, { name: 'n', items: items(600) }, { maxIssues: 5 });
    expect(within.ok && within.value.items.map((i) => i.id)).toEqual(items(600).map((i) => i.id));
  });

  it('places problems in a long list, and elsewhere, as one whole reading does', () => {
    const list = items(600);
    list[0] = { id: 'bad' };
    list[550] = { id: 'also bad' };
    const input = { name: '', items: list };
    const whole = found(input);
    expect(whole).toEqual({
      ok: false,
      at: ['/name too_small', '/items/0/id invalid_format', '/items/550/id invalid_format'],
      more: false,
    });
    const bounded = found(input, 50);
    expect(bounded.ok === false && [...bounded.at].sort()).toEqual(
      whole.ok === false && [...whole.at].sort(),
    );
    expect(found(input, 2)).toEqual({
      ok: false,
      at: ['/items/0/id invalid_format', '/items/550/id invalid_format'],
      more: true,
    });
  });

  it('finds an empty list too short, a list read whole', () => {
    expect(found({ name: 'n', items: [] }, 5)).toEqual({ ok: false, at: ['/items too_small'], more: false });
  });
});
