import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CampaignSchema, RectificationAreaSchema, validateCampaign } from '../src/index.js';
import { toValidationIssues } from '../src/internal.js';
import { knownKeysAt, nearestKey } from '../src/known-keys.js';
import { sampleCampaign } from './sample.js';

type Doc = Record<string, unknown> & { goals: Record<string, unknown>; units: Record<string, unknown>[] };

describe('unknown keys are answered with the nearest known key', () => {
  it('suggests the key a slip was meant to be, in both languages, at its place', () => {
    const doc = sampleCampaign() as Doc;
    doc.goals = { ...doc.goals, targetRate: doc.goals.targetRates };
    delete doc.goals.targetRates;
    const result = validateCampaign(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.code === 'unknown_key');
    expect(issue?.pointer).toBe('/goals/targetRate');
    expect(issue?.message.en).toBe('unknown field "targetRate"; did you mean "targetRates"?');
    expect(issue?.message['zh-CN']).toContain('是否应为 "targetRates"');
  });

  it('looks inside arrays and tells a case slip from an unrelated key', () => {
    const doc = sampleCampaign() as Doc;
    doc.units = doc.units.map((u, i) => (i === 1 ? { ...u, NAME: 'x', favouriteColour: 'red' } : u));
    const result = validateCampaign(doc);
    if (result.ok) throw new Error('expected issues');
    const byKey = Object.fromEntries(result.issues.map((i) => [i.path.at(-1), i.message.en]));
    expect(byKey.NAME).toContain('did you mean "name"?');
    expect(byKey.favouriteColour).toContain('put host-specific data under "extensions"');
  });

  it('picks the form of a union the document chose', () => {
    const Shape = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('a'), payload: z.strictObject({ siteId: z.string() }) }),
      z.strictObject({ type: z.literal('b'), payload: z.strictObject({ sideId: z.string() }) }),
    ]);
    expect(knownKeysAt(Shape, ['payload'], { type: 'a', payload: {} })).toEqual(['siteId']);
    expect(knownKeysAt(Shape, ['payload'], { type: 'b', payload: {} })).toEqual(['sideId']);
    expect(knownKeysAt(Shape, ['payload', 'nowhere'], { type: 'a' })).toEqual([]);
    expect(knownKeysAt(CampaignSchema, ['goals'], {})).toContain('targetRates');
  });

  it('lists the allowed values of an enum with their labels in both languages', () => {
    const doc = sampleCampaign() as Doc;
    doc.units = doc.units.map((u, i) => (i === 0 ? { ...u, kind: 'castle' } : u));
    const result = validateCampaign(doc);
    if (result.ok) throw new Error('expected issues');
    const issue = result.issues.find((i) => i.code === 'invalid_value');
    expect(issue?.message.en).toMatch(/expected one of: .*"community" \(Community\)/);
    expect(issue?.message['zh-CN']).toMatch(/社区（community）/);
  });

  it('shows the forms an object may take where something else was written', () => {
    const doc = sampleCampaign() as Doc & { tasks: Record<string, unknown>[] };
    doc.tasks = doc.tasks.map((t, i) => (i === 0 ? { ...t, deadline: '2026-06-30' } : t));
    const result = validateCampaign(doc);
    if (result.ok) throw new Error('expected issues');
    const issue = result.issues.find((i) => i.pointer === '/tasks/0/deadline');
    expect(issue?.message.en).toBe(
      'wrong type: expected an object, got a string; write it as { kind: "date", date } or { kind: "standing", duty }',
    );
    expect(issue?.message['zh-CN']).toContain('应写作 { kind: "date", date } 或');
  });

  it('suggests for the first twenty unknown keys only, so a hostile document costs no more than a plain one', () => {
    const doc = sampleCampaign() as Doc;
    const slips = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`targetRate${i % 2 ? '' : 'z'}${i}`, 1]),
    );
    doc.goals = { ...doc.goals, ...slips };
    const result = validateCampaign(doc);
    if (result.ok) throw new Error('expected issues');
    const unknown = result.issues.filter((i) => i.code === 'unknown_key');
    expect(unknown).toHaveLength(30);
    expect(unknown.slice(0, 20).every((i) => /did you mean|the fields are/.test(i.message.en))).toBe(true);
    expect(unknown.slice(20).every((i) => i.message.en === `unknown field "${i.path.at(-1)}"`)).toBe(true);
  });

  it('labels allowed values from the enumeration that holds them all', () => {
    const parsed = RectificationAreaSchema.safeParse('nowhere');
    if (parsed.success) throw new Error('expected an error');
    const [issue] = toValidationIssues(parsed.error);
    expect(issue?.message['zh-CN']).toContain('窗口服务（serviceWindow）');
    expect(issue?.message.en).toContain('"serviceWindow" (Service windows)');
  });

  it('never suggests a far key, and stays cheap on hostile keys', () => {
    expect(nearestKey('zzzzzz', ['targetRates', 'statements'])).toBeUndefined();
    expect(nearestKey('x'.repeat(10_000), ['x'])).toBeUndefined();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }),
        (k, known) => {
          const near = nearestKey(k, known);
          return near === undefined || known.includes(near);
        },
      ),
    );
  });
});
