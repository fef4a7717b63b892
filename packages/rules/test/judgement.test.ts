import type { ScoringRule } from '@chuangwen/checklists';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, judge } from '../src/index.js';
import { ASOF, facility, obs } from './helpers.js';

const STATE: ScoringRule = facility.scoring;
const COUNT: ScoringRule = { kind: 'countThreshold', required: 5, deductionPerShortfall: 0.4 };
const RATIO: ScoringRule = { kind: 'ratio', fullAt: 0.99, passAt: 0.95 };
const SURVEY: ScoringRule = { kind: 'survey', passLine: 0.9 };
const INCIDENCE: ScoringRule = { kind: 'incidence', maxRate: 0.05 };
const NONE: ScoringRule = { kind: 'noOccurrence' };
const BINARY: ScoringRule = { kind: 'binary' };
const at = (o: ReturnType<typeof obs>) => o as Parameters<typeof judge>[1];
const ctx = { maxPoints: 2 };

describe('judge: each rule reads its own measure', () => {
  it.each([
    ['state A', STATE, at(obs('pass', 1, { violationCount: 0 })), true, 2, 'A'],
    ['state B passes by default', STATE, at(obs('pass', 1, { violationCount: 1 })), true, 1.32, 'B'],
    ['state C below the pass band', STATE, at(obs('pass', 1, { violationCount: 2 })), false, 0.66, 'C'],
    ['state C# scores nothing', STATE, at(obs('pass', 1, { violationCount: 5 })), false, 0, 'C#'],
    [
      'state: the assessor grade is honoured',
      STATE,
      at(obs('pass', 1, { violationCount: 0, grade: 'C' })),
      false,
      0.66,
      'C',
    ],
    [
      'state: a pass grade of A is strict',
      { ...STATE, passGrade: 'A' } as ScoringRule,
      at(obs('pass', 1, { violationCount: 1 })),
      false,
      1.32,
      'B',
    ],
    ['count at the required number', COUNT, at(obs('pass', 1, { measuredCount: 5 })), true, 2, undefined],
    [
      'count below the required number',
      COUNT,
      at(obs('pass', 1, { measuredCount: 4 })),
      false,
      1.6,
      undefined,
    ],
    ['count floors at 0', COUNT, at(obs('fail', 1, { measuredCount: 0 })), false, 0, undefined],
    ['ratio at full', RATIO, at(obs('pass', 1, { measuredRate: 0.995 })), true, 2, undefined],
    [
      'ratio between the lines',
      RATIO,
      at(obs('pass', 1, { measuredRate: 0.96 })),
      true,
      (2 * 0.96) / 0.99,
      undefined,
    ],
    [
      'ratio 90% against 95% fails and scores 0',
      RATIO,
      at(obs('pass', 1, { measuredRate: 0.9 })),
      false,
      0,
      undefined,
    ],
    ['survey at the line', SURVEY, at(obs('pass', 1, { measuredRate: 0.9 })), true, 2, undefined],
    [
      'survey below the line',
      SURVEY,
      at(obs('pass', 1, { measuredRate: 0.72 })),
      false,
      (2 * 0.72) / 0.9,
      undefined,
    ],
    ['incidence within the limit', INCIDENCE, at(obs('pass', 1, { measuredRate: 0.03 })), true, 2, undefined],
    ['incidence above the limit', INCIDENCE, at(obs('pass', 1, { measuredRate: 0.08 })), false, 0, undefined],
    ['no occurrence: none seen', NONE, at(obs('pass', 1, { violationCount: 0 })), true, 2, undefined],
    ['no occurrence: one seen fails', NONE, at(obs('pass', 1, { violationCount: 1 })), false, 0, undefined],
    [
      'no occurrence: the outcome speaks when no count is given',
      NONE,
      at(obs('fail', 1)),
      false,
      0,
      undefined,
    ],
    ['binary pass', BINARY, at(obs('pass', 1)), true, 2, undefined],
    ['binary fail', BINARY, at(obs('fail', 1)), false, 0, undefined],
    [
      'a fail stays a fail whatever the measure',
      COUNT,
      at(obs('fail', 1, { measuredCount: 9 })),
      false,
      2,
      undefined,
    ],
    [
      'the assessor score is honoured',
      COUNT,
      at(obs('pass', 1, { measuredCount: 5, score: 1.2 })),
      true,
      1.2,
      undefined,
    ],
    ['an assessor score of 0 is no pass', BINARY, at(obs('pass', 1, { score: 0 })), false, 0, undefined],
  ] as const)('%s', (_name, rule, o, passes, points, grade) => {
    const j = judge(rule, o, ctx);
    expect(j.passes).toBe(passes);
    expect(j.points).toBeCloseTo(points, 10);
    expect(j.grade).toBe(grade);
    expect(j.missing).toBeUndefined();
  });

  it.each([
    ['state description without a count or grade', STATE, 'violationCount'],
    ['a count rule without a count', COUNT, 'measuredCount'],
    ['a ratio without a rate', RATIO, 'measuredRate'],
    ['a survey without a rate', SURVEY, 'measuredRate'],
    ['an incidence rule without a rate', INCIDENCE, 'measuredRate'],
  ] as const)('reports %s as missing, never scored as full marks', (_name, rule, missing) => {
    const j = judge(rule, at(obs('pass', 1)), ctx);
    expect(j).toMatchObject({ missing, points: null });
  });

  it('reads a site type threshold over the rule’s own number', () => {
    expect(judge(COUNT, at(obs('pass', 1, { measuredCount: 3 })), { ...ctx, required: 3 }).passes).toBe(true);
  });

  it('scores nothing but still classifies where the edition publishes no weights', () => {
    expect(judge(COUNT, at(obs('pass', 1, { measuredCount: 5 })), { maxPoints: null })).toMatchObject({
      passes: true,
      points: null,
    });
  });
});

describe('classify follows the rule, not only the outcome', () => {
  it.each([
    [COUNT, { measuredCount: 3 }, /实测数量 3，少于要求的 5/, /counted 3, fewer than the 5 required/],
    [RATIO, { measuredRate: 0.9 }, /实测比率 90%，低于达标线 95%/, /below the pass line of 95%/],
    [INCIDENCE, { measuredRate: 0.08 }, /发生率 8%，高于上限 5%/, /above the limit of 5%/],
    [NONE, { violationCount: 2 }, /发现 2 例/, /2 occurrence\(s\) found/],
    [STATE, { violationCount: 3 }, /评定等级 C#/, /graded C#/],
  ] as const)('turns a pass below the %s threshold into 未达标 with a reason', (rule, measure, zh, en) => {
    const c = classify({
      standard: standard(rule),
      observations: [obs('pass', 1, measure)],
      asOf: ASOF,
      maxPoints: 2,
    });
    expect(c.class).toBe('nonCompliant');
    expect(c.reasons[0]!.rule).toBe('belowThreshold');
    expect(c.reasons[0]!.message['zh-CN']).toMatch(zh);
    expect(c.reasons[0]!.message.en).toMatch(en);
  });

  it('says when the measure is missing, in both languages, and keeps the inspector’s pass', () => {
    const c = classify({ standard: standard(COUNT), observations: [obs('pass', 1)], asOf: ASOF });
    expect(c.class).toBe('compliant');
    expect(c.reasons.map((r) => r.rule)).toEqual(['latestPasses', 'measureMissing']);
    expect(c.reasons[1]!.message['zh-CN']).toContain('实测数量');
    expect(c.reasons[1]!.message.en).toContain('never full marks');
    expect(c.reasons[1]!.message['zh-CN']).not.toMatch(/[a-z][A-Z]/);
  });
});

// Every rule kind, with any measure an observation might carry: a standard is never 达标 while it scores nothing.
const RULES: ScoringRule[] = [
  STATE,
  { ...STATE, passGrade: 'C' } as ScoringRule,
  COUNT,
  RATIO,
  { kind: 'ratio', fullAt: 0.9, passAt: 0 },
  SURVEY,
  INCIDENCE,
  NONE,
  BINARY,
];

describe('property: never compliant while scoring zero', () => {
  it('holds for every rule kind and any measure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom('pass', 'fail'),
        fc.record(
          {
            violationCount: fc.integer({ min: 0, max: 6 }),
            measuredCount: fc.integer({ min: 0, max: 8 }),
            measuredRate: fc.double({ min: 0, max: 1, noNaN: true }),
            grade: fc.constantFrom('A', 'B', 'C', 'C#'),
            score: fc.double({ min: 0, max: 3, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(2, 0.5, null),
        (rule, outcome, measure, maxPoints) => {
          const o = at(obs(outcome, 1, measure));
          const j = judge(rule, o, { maxPoints });
          if (j.points !== null && j.points <= 0) expect(j.passes).toBe(false);
          const c = classify({ standard: standard(rule), observations: [o], asOf: ASOF, maxPoints });
          if (c.class === 'compliant' || c.class === 'reboundProne')
            expect(j.points === null || j.points > 0).toBe(true);
          if (outcome === 'fail') expect(c.class).toBe('nonCompliant');
        },
      ),
      { numRuns: 3000 },
    );
  });
});

function standard(scoring: ScoringRule) {
  return { ...facility, kind: scoring.kind === 'survey' ? ('survey' as const) : facility.kind, scoring };
}
