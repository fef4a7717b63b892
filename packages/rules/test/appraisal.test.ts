import type { Observation, Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { appraiseUnits, DEFAULT_APPRAISAL } from '../src/index.js';

const ASOF = '2026-06-30T12:00:00+08:00';
const rect = (id: string, unit: string, extra: Partial<Rectification> = {}): Rectification => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'unit', unitId: unit },
  description: '问题',
  reportedAt: '2026-06-01T09:00:00+08:00',
  leadUnitId: unit,
  supportingUnitIds: [],
  guarantorUnitIds: [],
  status: 'assigned',
  evidence: [],
  returnedCount: 0,
  repeatCount: 0,
  ...extra,
});
const found = (id: string, source: Observation['source']): Observation => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'jurisdiction' },
  observedAt: '2026-06-01T08:00:00+08:00',
  method: 'covertInspection',
  source,
  outcome: 'fail',
  evidence: [],
});

describe('appraiseUnits', () => {
  it('deducts by the level that found a problem, halves on-the-spot fixes, repeats for recurrences, and adds bonuses', () => {
    const { scorecards } = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      observations: [found('o-city', 'officialAssessment'), found('o-street', 'supervisionCheck')],
      rectifications: [
        rect('r1', 'a', { observationId: 'o-city', deadline: '2026-07-10' }),
        rect('r2', 'b', {
          observationId: 'o-city',
          status: 'closed',
          closedAt: '2026-06-01T15:00:00+08:00',
          deadline: '2026-06-10',
        }),
        rect('r3', 'c', { observationId: 'o-street', repeatCount: 2, deadline: '2026-06-20' }),
        rect('r4', 'd', {
          observationId: 'o-street',
          status: 'closed',
          closedAt: '2026-06-05T09:00:00+08:00',
          deadline: '2026-06-10',
        }),
      ],
      bonuses: [{ unitId: 'd', points: 3, reason: '区级表扬' }],
    });
    const byUnit = Object.fromEntries(scorecards.map((c) => [c.unitId, c]));
    expect(byUnit.a!.score).toBe(98);
    expect(byUnit.b!.score).toBe(99);
    expect(byUnit.c).toMatchObject({ score: 100 - 3 - 2, overdue: 1 });
    expect(byUnit.d!.score).toBe(102);
    expect(byUnit.c!.entries.map((e) => e.reason)).toEqual([
      '督查发现问题，反复 2 次 / problem found by supervision check; recurred 2 time(s)',
      '整改逾期 / overdue',
    ]);
    expect(scorecards.map((c) => [c.unitId, c.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 3],
      ['c', 4],
    ]);
    expect(byUnit.c!.grade).toBe('excellent');
    expect(
      appraiseUnits({
        asOf: ASOF,
        units: [{ id: 'z' }],
        rectifications: [rect('r9', 'z', { deadline: '2026-06-10', repeatCount: 5 })],
      }).scorecards[0],
    ).toMatchObject({ score: 92, grade: 'good' });
  });

  it('shares ranks between equal scores and suggests accountability where thresholds trip', () => {
    const many = Array.from({ length: 12 }, (_, i) => rect(`r${i}`, 'late', { deadline: '2026-06-10' }));
    const { scorecards, suggestions } = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'x' }, { id: 'y' }, { id: 'late' }],
      rectifications: many,
    });
    expect(scorecards.map((c) => [c.unitId, c.rank])).toEqual([
      ['x', 1],
      ['y', 1],
      ['late', 3],
    ]);
    expect(scorecards[2]!.score).toBe(100 - 12 * 3);
    // Tied first, x and y share the two red flags; the one commendation cannot go to one of two equals, so to neither.
    expect(suggestions.map((s) => [s.unitId, s.kind])).toEqual([
      ['x', 'redFlag'],
      ['y', 'redFlag'],
      ['late', 'blueFlag'],
      ['late', 'accountability'],
    ]);
    const accountability = suggestions.find((s) => s.kind === 'accountability')!;
    expect(accountability.reason['zh-CN']).toBe('得分 64 低于 70 分，建议问责');
    expect(accountability.refs).toHaveLength(24);
    const mild = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'late' }, { id: 'fine' }],
      rectifications: many.slice(0, 3),
      config: { ...DEFAULT_APPRAISAL, overdueDeduction: 0 },
    });
    const late = mild.suggestions.filter((s) => s.unitId === 'late').map((s) => s.kind);
    expect(late).toContain('admonitionMeeting');
    expect(late).not.toContain('accountability');
  });

  it('does not count escalated problems as overdue, nor problems reported after asOf', () => {
    const { scorecards } = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'a' }],
      rectifications: [
        rect('r1', 'a', { status: 'escalated', deadline: '2026-06-10' }),
        rect('r2', 'a', { reportedAt: '2026-07-02T09:00:00+08:00' }),
      ],
    });
    expect(scorecards[0]).toMatchObject({ score: 99, overdue: 0 });
  });
});

describe('appraisal as offices do it', () => {
  it('never suggests a sanction for the top of a ranking group, even when every score is low', () => {
    const r = (i: number, unit: string) => rect(`r${unit}${i}`, unit, { deadline: '2026-06-10' });
    const { scorecards, suggestions } = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      rectifications: [
        ...Array.from({ length: 11 }, (_, i) => r(i, 'a')),
        ...Array.from({ length: 12 }, (_, i) => r(i, 'b')),
        ...Array.from({ length: 13 }, (_, i) => r(i, 'c')),
      ],
    });
    expect(scorecards.map((c) => [c.unitId, c.rank, c.score])).toEqual([
      ['a', 1, 67],
      ['b', 2, 64],
      ['c', 3, 61],
    ]);
    expect(suggestions.filter((s) => s.unitId === 'a').map((s) => s.kind)).toEqual(['redFlag']);
    expect(suggestions.filter((s) => s.unitId === 'c').map((s) => s.kind)).toEqual([
      'blueFlag',
      'accountability',
    ]);
  });

  it('ranks within groups: districts apart from counties, departments apart from communities', () => {
    const { scorecards } = appraiseUnits({
      asOf: ASOF,
      units: [
        { id: 'd1', kind: 'district' },
        { id: 'd2', kind: 'district' },
        { id: 'k1', kind: 'county' },
        { id: 'k2', kind: 'county', rankingGroup: 'district' },
      ],
      rectifications: [rect('r1', 'd1'), rect('r2', 'k1')],
    });
    expect(scorecards.map((c) => [c.unitId, c.rankingGroup, c.rank])).toEqual([
      ['d2', 'district', 1],
      ['k2', 'district', 1],
      ['d1', 'district', 3],
      ['k1', 'county', 1],
    ]);
  });

  it('counts a problem once against each unit a notice names, never twice for one unit', () => {
    const shared = rect('r1', 'lead', {
      supportingUnitIds: ['help', 'lead'],
      guarantorUnitIds: ['guard', 'help'],
    });
    const units = [{ id: 'lead' }, { id: 'help' }, { id: 'guard' }];
    const leadOnly = appraiseUnits({ asOf: ASOF, units, rectifications: [shared] }).scorecards;
    expect(Object.fromEntries(leadOnly.map((c) => [c.unitId, c.score]))).toEqual({
      lead: 99,
      help: 100,
      guard: 100,
    });
    const every = appraiseUnits({
      asOf: ASOF,
      units,
      rectifications: [shared],
      config: { attribution: 'everyNamed' },
    });
    expect(Object.fromEntries(every.scorecards.map((c) => [c.unitId, c.entries.length]))).toEqual({
      lead: 1,
      help: 1,
      guard: 1,
    });
  });
});
