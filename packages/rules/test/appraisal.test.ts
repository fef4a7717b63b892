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
  assignedUnitId: unit,
  status: 'assigned',
  evidence: [],
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
    expect(suggestions).toEqual([expect.objectContaining({ unitId: 'late', kind: 'accountability' })]);
    expect(suggestions[0]!.reason['zh-CN']).toContain('问责');
    const mild = appraiseUnits({
      asOf: ASOF,
      units: [{ id: 'late' }],
      rectifications: many.slice(0, 3),
      config: { ...DEFAULT_APPRAISAL, overdueDeduction: 0 },
    });
    expect(mild.suggestions).toEqual([expect.objectContaining({ kind: 'admonitionMeeting' })]);
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
