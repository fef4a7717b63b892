import { ContentError } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, definePolicy } from '../src/index.js';

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues;
  }
  throw new Error('expected a ContentError');
};

describe('definePolicy', () => {
  it('keeps every default not given and changes only the numbers given', () => {
    const policy = definePolicy({ validityDays: { fieldInspection: 60 }, reboundWindowDays: 90 });
    expect(policy.validityDays).toEqual({ ...DEFAULT_POLICY.validityDays, fieldInspection: 60 });
    expect(policy.reboundWindowDays).toBe(90);
    expect({ ...policy, validityDays: undefined, reboundWindowDays: undefined }).toEqual({
      ...DEFAULT_POLICY,
      validityDays: undefined,
      reboundWindowDays: undefined,
    });
    expect(definePolicy()).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.validityDays.fieldInspection).toBe(90);
  });

  it('throws a ContentError naming each wrong value, in both languages', () => {
    const issues = issuesOf(() =>
      definePolicy({
        reboundWindowDays: -5,
        defaultSurveyPassLine: 1.2,
        validityDays: { fieldInspection: 0 },
      }),
    );
    expect(issues.map((i) => i.pointer).sort()).toEqual([
      '/defaultSurveyPassLine',
      '/reboundWindowDays',
      '/validityDays/fieldInspection',
    ]);
    for (const issue of issues) expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the nearest key for a misspelt one, and the methods for an unknown method', () => {
    const misspelt = issuesOf(() => definePolicy({ reboundWindow: 90 } as never));
    expect(misspelt[0]?.message.en).toContain('reboundWindowDays');
    const method = issuesOf(() => definePolicy({ validityDays: { fieldInspect: 60 } } as never));
    expect(method[0]?.pointer).toBe('/validityDays/fieldInspect');
    expect(method[0]?.message.en).toContain('fieldInspection');
  });

  it('refuses a key that would reach an object prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"reboundFailures": 0}}');
    const issues = issuesOf(() => definePolicy(hostile));
    expect(issues[0]?.code).toBe('forbidden_key');
    expect(({} as Record<string, unknown>).reboundFailures).toBeUndefined();
  });
});
