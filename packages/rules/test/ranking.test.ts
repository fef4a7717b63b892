import type { AssessmentRound, Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { drawSites, rankUnits, rectificationRates, roundReport, suggestOutcomes } from '../src/index.js';

describe('rankUnits', () => {
  const results = [
    { unitId: 'a', score: 90 },
    { unitId: 'b', score: 95 },
    { unitId: 'c', score: 90 },
    { unitId: 'd', score: 80 },
  ];
  it('shares ranks by competition ranking (1, 2, 2, 4) or dense ranking (1, 2, 2, 3)', () => {
    expect(rankUnits(results).map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(rankUnits(results, { ties: 'dense' }).map((r) => r.rank)).toEqual([1, 2, 2, 3]);
    expect(rankUnits(results).find((r) => r.unitId === 'd')).toMatchObject({ last: true, groupSize: 4 });
  });

  it('keeps the ranks of a rank-only table and leaves out lines with neither', () => {
    const ranked = rankUnits([
      { unitId: 'x', rank: 2, rankingGroup: 'counties' },
      { unitId: 'y', rank: 1, rankingGroup: 'counties' },
      { unitId: 'z' },
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank, r.last])).toEqual([
      ['y', 1, false],
      ['x', 2, true],
    ]);
  });
});

describe('suggestOutcomes', () => {
  it('holds a unit accountable for last place twice running, from rank-only tables', () => {
    const now = rankUnits([
      { unitId: 'a', rank: 1 },
      { unitId: 'b', rank: 2 },
      { unitId: 'c', rank: 3 },
    ]);
    const before = rankUnits([
      { unitId: 'a', rank: 2 },
      { unitId: 'b', rank: 1 },
      { unitId: 'c', rank: 3 },
    ]);
    const once = suggestOutcomes(now).filter((s) => s.unitId === 'c');
    expect(once.map((s) => s.kind)).toEqual(['blueFlag']);
    const twice = suggestOutcomes(now, { previous: [before] }).filter((s) => s.unitId === 'c');
    expect(twice.map((s) => s.kind)).toEqual(['blueFlag', 'accountability']);
    expect(twice[1]!.reason['zh-CN']).toBe('连续 2 次排名末位，建议问责');
    expect(twice[1]!.reason.en).toBe('last 2 times running: accountability suggested');
  });

  it('flags neither end of a group too small to have both', () => {
    const two = rankUnits([
      { unitId: 'a', score: 90 },
      { unitId: 'b', score: 80 },
    ]);
    expect(
      suggestOutcomes(two, {
        triggers: [
          { kind: 'redFlag', top: 2 },
          { kind: 'blueFlag', bottom: 1 },
        ],
      }),
    ).toEqual([]);
  });

  it('sanctions the top of a group only when told to', () => {
    const ranked = rankUnits([
      { unitId: 'a', score: 60 },
      { unitId: 'b', score: 50 },
    ]);
    const triggers = [{ kind: 'accountability' as const, scoreBelow: 70 }];
    expect(suggestOutcomes(ranked, { triggers }).map((s) => s.unitId)).toEqual(['b']);
    expect(suggestOutcomes(ranked, { triggers, spareTopRanked: false }).map((s) => s.unitId)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('roundReport', () => {
  const round = (id: string, heldOn: string, results: AssessmentRound['results']): AssessmentRound => ({
    id,
    kind: 'mock',
    title: id,
    period: heldOn.slice(0, 7),
    heldOn,
    results,
  });
  const line = (unitId: string, score: number, field: number, survey: number) => ({
    unitId,
    score,
    methodScores: { fieldInspection: field, survey },
    parts: [],
  });
  it('reports per unit, per method and per round, with the change since the round before', () => {
    const report = roundReport([
      round('q2', '2026-06-20', [line('a', 86, 84, 90), line('b', 90, 92, 87)]),
      round('q1', '2026-03-20', [line('a', 80, 78, 85), line('b', 91, 93, 88)]),
    ]);
    expect(report.rounds.map((r) => r.id)).toEqual(['q1', 'q2']);
    const a = report.units.a!;
    expect(a.map((l) => [l.roundId, l.score, l.rank, l.change, l.rankChange])).toEqual([
      ['q1', 80, 2, null, null],
      ['q2', 86, 2, 6, 0],
    ]);
    expect(a[1]!.methodChanges).toEqual({ fieldInspection: 6, survey: 5 });
    expect(report.methodMeans.q2).toEqual({ fieldInspection: 88, survey: 88.5 });
  });
});

describe('rectificationRates', () => {
  const r = (
    id: string,
    lead: string,
    status: Rectification['status'],
    extra: Partial<Rectification> = {},
  ): Rectification => ({
    id,
    scope: { kind: 'jurisdiction' },
    description: '问题',
    reportedAt: '2026-05-01T09:00:00+08:00',
    leadUnitId: lead,
    supportingUnitIds: [],
    guarantorUnitIds: [],
    status,
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
    ...extra,
  });
  const ledger = [
    r('1', 'a', 'closed', { closedAt: '2026-05-03T09:00:00+08:00', area: 'market' }),
    r('2', 'a', 'assigned', { deadline: '2026-05-10', area: 'market' }),
    r('3', 'b', 'escalated', { area: 'trafficOrder', supportingUnitIds: ['a'] }),
    r('4', 'b', 'closed', { closedAt: '2026-05-02T09:00:00+08:00', standardRef: '06.01.01' }),
  ];
  it('gives 整改率 per unit, escalated problems never counted as closed', () => {
    const rates = rectificationRates(ledger, { asOf: '2026-05-20', by: 'unit' });
    expect(rates).toEqual([
      { key: 'a', found: 2, closed: 1, escalated: 0, overdue: 1, rate: 0.5 },
      { key: 'b', found: 2, closed: 1, escalated: 1, overdue: 0, rate: 0.5 },
    ]);
    const every = rectificationRates(ledger, { asOf: '2026-05-20', by: 'unit', attribution: 'everyNamed' });
    expect(every.find((x) => x.key === 'a')).toMatchObject({ found: 3, escalated: 1 });
  });
  it('gives 整改率 per area, from the finding or the standard', () => {
    const rates = rectificationRates(ledger, {
      asOf: '2026-05-20',
      by: 'area',
      areaOf: (code) => (code.startsWith('06.01') ? 'townscape' : undefined),
    });
    expect(rates.map((x) => [x.key, x.found, x.rate])).toEqual([
      ['market', 2, 0.5],
      ['townscape', 1, 1],
      ['trafficOrder', 1, 0],
    ]);
  });
});

describe('drawSites', () => {
  const sites = Array.from({ length: 12 }, (_, i) => ({
    id: `s${String(i).padStart(2, '0')}`,
    siteType: i < 8 ? 'mainRoad' : 'busStop',
    selection: i === 5 ? ('fixed' as const) : ('random' as const),
  }));
  const quotas = [
    { siteType: 'mainRoad', count: 3 },
    { siteType: 'busStop', count: 6 },
  ];
  it('draws per type, fixed sites first, reproducibly for a seed and whatever the order of sites', () => {
    const a = drawSites(sites, quotas, 2026);
    expect(a).toEqual(drawSites([...sites].reverse(), quotas, 2026));
    expect(a.drawn[0]!.siteIds).toHaveLength(3);
    expect(a.drawn[0]!.siteIds[0]).toBe('s05');
    expect(new Set(a.drawn[0]!.siteIds).size).toBe(3);
    expect(a.drawn[1]!.siteIds.sort()).toEqual(['s08', 's09', 's10', 's11']);
    expect(a.shortfalls).toEqual([{ siteType: 'busStop', wanted: 6, available: 4 }]);
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) => drawSites(sites, quotas, seed).drawn[0]!.siteIds.join()),
    );
    expect(draws.size).toBeGreaterThan(5);
  });
});
