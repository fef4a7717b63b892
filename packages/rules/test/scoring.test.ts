import { districtFramework } from '@chuangwen/checklists/district';
import type { Observation, Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { pointsFor, projectScore, scoreFramework } from '../src/index.js';
import { ASOF, facility } from './helpers.js';

const at = (daysAgo: number) => new Date(Date.parse(ASOF) - daysAgo * 86_400_000).toISOString();
const o = (
  standardRef: string,
  outcome: 'pass' | 'fail',
  extra: Partial<Observation> = {},
  siteId = 's1',
): Observation =>
  ({
    id: `${standardRef}-${siteId}-${outcome}`,
    standardRef,
    scope: { kind: 'site', siteId },
    observedAt: at(2),
    method: 'fieldInspection',
    source: 'selfCheck',
    outcome,
    evidence: [],
    ...extra,
  }) as Observation;
const find = (code: string) => {
  for (const item of districtFramework.items)
    for (const c of item.contents ?? []) for (const s of c.standards) if (s.code === code) return s;
  throw new Error(code);
};

describe('pointsFor: each declared rule', () => {
  it.each([
    ['state description A', facility, o('F', 'pass', { violationCount: 0 }), true, 3],
    ['state description B', facility, o('F', 'fail', { violationCount: 1 }), false, 3 * 0.66],
    ['state description C#', facility, o('F', 'fail', { violationCount: 7 }), false, 0],
    ['state description fail without a count', facility, o('F', 'fail'), false, 3 * 0.66],
    ['count threshold, 2 short', find('01.01.01'), o('X', 'fail', { violationCount: 2 }), false, 2 - 2 * 0.4],
    ['count threshold, floor at 0', find('01.01.01'), o('X', 'fail', { violationCount: 50 }), false, 0],
    ['ratio at full', find('06.03.03'), o('X', 'pass', { measuredRate: 0.995 }), true, 1],
    [
      'ratio between pass and full',
      find('06.03.03'),
      o('X', 'fail', { measuredRate: 0.96 }),
      false,
      0.96 / 0.99,
    ],
    ['ratio below pass', find('06.03.03'), o('X', 'fail', { measuredRate: 0.9 }), false, 0],
    ['survey at the line', find('01.01.03'), o('X', 'pass', { measuredRate: 0.9 }), true, 2],
    [
      'survey below the line',
      find('01.01.03'),
      o('X', 'fail', { measuredRate: 0.72 }),
      false,
      (2 * 0.72) / 0.9,
    ],
    ['binary pass', find('10.01.01'), o('X', 'pass'), true, 1],
    ['binary fail', find('10.01.01'), o('X', 'fail'), false, 0],
  ] as const)('%s', (_name, standard, evidence, passed, expected) => {
    expect(
      pointsFor(standard, evidence as never, passed, standard.kind === 'survey' ? 0.9 : undefined),
    ).toBeCloseTo(expected, 10);
  });
});

describe('scoreFramework', () => {
  const observations = [
    o('06.02.02', 'pass', {}, 's1'),
    o('06.02.02', 'fail', { violationCount: 2 }, 's2'),
    o('10.01.01', 'pass'),
  ];

  it('averages scopes, sums items and leaves standards without evidence unscored', () => {
    const score = scoreFramework({
      framework: districtFramework,
      observations,
      asOf: ASOF,
      prerequisiteScores: { P01: 90 },
    });
    expect(score.standards['06.02.02']).toMatchObject({
      points: (2 + 2 * 0.33) / 2,
      scopesScored: 2,
      maxPoints: 2,
    });
    expect(score.standards['01.01.01']!.points).toBeNull();
    expect(score.unscored).toHaveLength(70);
    expect(score.maxPoints).toBe(130);
    expect(score.additive).toBeCloseTo(1.33 + 1, 10);
    expect(score.items['06']!.points).toBeCloseTo(1.33, 10);
    expect(score.gated).toBe(false);
    expect(score.total).toBeCloseTo(score.additive, 10);
  });

  it('gates the total on prerequisites and keeps negative-list penalties apart', () => {
    const gated = scoreFramework({
      framework: districtFramework,
      observations,
      asOf: ASOF,
      prerequisiteScores: { P01: 80 },
    });
    expect(gated.gated).toBe(true);
    expect(gated.total).toBe(0);
    expect(gated.prerequisites).toEqual([{ code: 'P01', minimumScore: 85, actual: 80, passed: false }]);
    expect(scoreFramework({ framework: districtFramework, observations, asOf: ASOF }).gated).toBe(true);
    const penalised = scoreFramework({
      framework: districtFramework,
      observations,
      asOf: ASOF,
      prerequisiteScores: { P01: 88 },
      distinctiveBonus: 9,
      negativeEvents: [
        { ruleCode: 'N02', occurredOn: '2026-03-01' },
        { ruleCode: 'N01', occurredOn: '2026-01-10' },
        { ruleCode: 'N02', occurredOn: '2024-01-01' },
      ],
    });
    expect(penalised.negativeDeductions).toBe(3);
    expect(penalised.sanctions).toEqual([
      { ruleCode: 'N01', occurredOn: '2026-01-10', penalty: { kind: 'suspendTitle', years: 1 } },
    ]);
    expect(penalised.bonus).toBe(5);
    expect(penalised.total).toBeCloseTo(Math.max(0, penalised.additive - 3) + 5, 10);
  });

  it('projects the score if every open rectification closes by its deadline, not counting escalated ones', () => {
    const rect = (id: string, status: Rectification['status'], deadline?: string): Rectification =>
      ({
        id,
        standardRef: '06.02.02',
        scope: { kind: 'site', siteId: 's2' },
        description: '问题',
        reportedAt: at(2),
        status,
        evidence: [],
        repeatCount: 0,
        ...(deadline ? { deadline } : {}),
      }) as Rectification;
    const projection = projectScore({
      framework: districtFramework,
      observations,
      asOf: ASOF,
      prerequisiteScores: { P01: 90 },
      rectifications: [
        rect('r1', 'assigned', '2026-07-15'),
        rect('r2', 'escalated', '2026-07-15'),
        rect('r3', 'reported'),
        rect('r4', 'closed', '2026-06-01'),
      ],
    });
    expect(projection.assumedClosed).toEqual(['r1']);
    expect(projection.excluded).toEqual([
      { id: 'r2', reason: 'escalated' },
      { id: 'r3', reason: 'noDeadline' },
    ]);
    expect(projection.projected.standards['06.02.02']!.points).toBe(2);
    expect(projection.gain).toBeCloseTo(2 - 1.33, 10);
  });
});
