import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CUSTOM_ISSUE_PREFIX, ISSUE_CODES, validateCampaign, validateWithSchema } from '../src/index.js';
import { sampleCampaign } from './sample.js';

const known = new Set<string>(ISSUE_CODES);

/** A JSON value to write somewhere it does not belong. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
);

describe('issue codes', () => {
  it('lists each code once, in snake case', () => {
    expect(known.size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('reports only listed codes, whatever is written where in a campaign document', () => {
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object'
        ? [
            at,
            ...Object.entries(value).flatMap(([k, v]) =>
              paths(v, [...at, Array.isArray(value) ? Number(k) : k]),
            ),
          ]
        : [at];
    const all = paths(sampleCampaign()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(all.length - 1), junk), { minLength: 1, maxLength: 4 }),
        (writes) => {
          const doc = structuredClone(sampleCampaign()) as Record<string, unknown>;
          for (const [i, value] of writes) {
            const path = all[i]!;
            // An earlier write may have replaced a record on the way: then this one has nowhere to go.
            let node: unknown = doc;
            for (const key of path.slice(0, -1))
              node =
                node !== null && typeof node === 'object'
                  ? (node as Record<string | number, unknown>)[key]
                  : undefined;
            if (node !== null && typeof node === 'object')
              (node as Record<string | number, unknown>)[path.at(-1)!] = value;
          }
          const result = validateCampaign(doc);
          if (!result.ok) for (const issue of result.issues) expect(known, issue.code).toContain(issue.code);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a library rule raised in a schema by its code, and gives a host rule as custom', () => {
    const schema = z.object({
      time: z.string().refine((t) => /^\d\d:\d\d$/.test(t), { error: `${CUSTOM_ISSUE_PREFIX}invalid_clock` }),
      size: z.number().refine((n) => n < 10, { error: `${CUSTOM_ISSUE_PREFIX}host_size_rule` }),
    });
    const result = validateWithSchema(schema, { time: '8 am', size: 12 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/time', 'invalid_clock'],
      ['/size', 'custom'],
    ]);
    expect(result.issues[1]!.message.en).toContain('host_size_rule');
    expect(result.issues[0]!.message['zh-CN']).toMatch(/\p{Script=Han}/u);
  });
});
