import { districtFramework } from '@chuangwen/checklists/district';
import type { Observation, Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { projectScore, scoreFramework } from '../src/index.js';
import { ASOF } from './helpers.js';

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
describe('scoreFramework', () => {
  const observations = [
    o('06.02.02', 'pass', { violationCount: 0 }, 's1'),
    o('06.02.02', 'fail', { violationCount: 2 }, 's2'),
    o('10.01.01', 'pass'),
  ];

  it('averages scopes, sums items and groups, rounds to the edition precision and leaves standards without evidence unscored', () => {
    const score = scoreFramework({
      framework: districtFramework,
      observations,
      asOf: ASOF,
      prerequisiteScores: { P01: 90 },
    });
    // (1.5 + 1.5 × 0.33) / 2 = 0.9975, rounded to two places.
    expect(score.standards['06.02.02']).toMatchObject({ points: 1, scopesScored: 2, maxPoints: 1.5 });
    expect(score.standards['01.01.01']!.points).toBeNull();
    expect(score.unscored).toHaveLength(70);
    expect(score.maxPoints).toBe(100);
    expect(score.additive).toBe(2);
    expect(score.items['06']!.points).toBe(1);
    expect(score.groups).toMatchObject({
      G1: { points: 1, maxPoints: 75 },
      G2: { points: 1, maxPoints: 25 },
    });
    expect(score.gated).toBe(false);
    expect(score.total).toBe(score.additive);
    expect(score.editionId).toBe(districtFramework.id);
  });

  it('never shows float noise in a result', () => {
    const noisy = [
      o('01.01.01', 'pass', { measuredCount: 4 }, 's1'),
      o('01.01.01', 'fail', { measuredCount: 3 }, 's2'),
      o('01.01.01', 'fail', { measuredCount: 2 }, 's3'),
    ];
    const score = scoreFramework({ framework: districtFramework, observations: noisy, asOf: ASOF });
    const text = JSON.stringify(score);
    expect(text).not.toMatch(/\d\.\d*(?:0000000|9999999)\d/);
    // (1.1 + 0.7 + 0.3) / 3 is 0.7000000000000001 in floating point.
    expect(score.standards['01.01.01']!.points).toBe(0.7);
  });

  it('leaves a scope whose deciding observation lacks the measure unscored, never full marks', () => {
    const score = scoreFramework({
      framework: districtFramework,
      observations: [o('06.02.02', 'pass', {}, 's1'), o('01.01.01', 'pass', {}, 's1')],
      asOf: ASOF,
    });
    expect(score.standards['06.02.02']).toMatchObject({ points: null, scopesMissingMeasure: 1 });
    expect(score.standards['01.01.01']).toMatchObject({ points: null, scopesMissingMeasure: 1 });
    expect(score.additive).toBe(0);
  });

  it('scores only the observations of its own edition', () => {
    const score = scoreFramework({
      framework: districtFramework,
      observations: [
        o('10.01.01', 'pass', { editionId: 'sample-minors-2026' }),
        o('06.02.02', 'pass', { violationCount: 0, editionId: districtFramework.id }),
      ],
      asOf: ASOF,
    });
    expect(score.standards['10.01.01']!.points).toBeNull();
    expect(score.standards['06.02.02']!.points).toBe(1.5);
  });

  it('reads the site type threshold of a count rule at sites of that type', () => {
    const count = o('01.01.01', 'pass', { measuredCount: 5 }, 'road');
    const sites = [{ id: 'road', siteType: 'mainRoad' }];
    expect(
      scoreFramework({ framework: districtFramework, observations: [count], asOf: ASOF, sites }).standards[
        '01.01.01'
      ]!.points,
    ).toBe(1.5);
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
    expect(gated.prerequisites).toEqual([
      { code: 'P01', kind: 'score', minimumScore: 85, actual: 80, passed: false },
    ]);
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
        supportingUnitIds: [],
        guarantorUnitIds: [],
        returnedCount: 0,
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
    expect(projection.projected.standards['06.02.02']!.points).toBe(1.5);
    expect(projection.gain).toBe(0.5);
  });
});
