import { districtFramework } from '@chuangwen/checklists/district';
import { generateDistrict } from '@chuangwen/fixtures';
import type { Observation, Rectification } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSES_WORST_FIRST, ComplianceBoard, classifyAll } from '../src/index.js';
import { ASOF } from './helpers.js';

const codes = ['06.01.01', '06.02.02', '04.01.02'];
const at = (daysAgo: number) => new Date(Date.parse(ASOF) - daysAgo * 86_400_000).toISOString();
const o = (
  id: string,
  standardRef: string,
  siteId: string,
  outcome: 'pass' | 'fail',
  daysAgo: number,
): Observation => ({
  id,
  standardRef,
  scope: { kind: 'site', siteId },
  observedAt: at(daysAgo),
  method: 'covertInspection',
  source: 'supervisionCheck',
  outcome,
  evidence: [],
});
const sites = [
  { id: 's1', name: '甲', siteType: 'mainRoad', unitId: 'u1', selection: 'fixed' as const },
  { id: 's2', name: '乙', siteType: 'mainRoad', unitId: 'u2', selection: 'fixed' as const },
];

describe('ComplianceBoard', () => {
  it('rolls standards up worst first: non-compliant, undetermined, rebound-prone, compliant', () => {
    expect(CLASSES_WORST_FIRST).toEqual(['nonCompliant', 'undetermined', 'reboundProne', 'compliant']);
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites });
    board.recordAll([o('a', '06.02.02', 's1', 'pass', 3), o('b', '06.02.02', 's2', 'fail', 3)]);
    expect(board.standard('06.02.02')).toMatchObject({
      class: 'nonCompliant',
      counts: { compliant: 1, nonCompliant: 1 },
    });
    expect(board.standard('06.02.02')!.scopes['site:s2']!.class).toBe('nonCompliant');
    expect(board.standard('01.01.01')).toMatchObject({ class: 'undetermined', scopes: {} });
    const snap = board.snapshot();
    expect(snap.items['06']).toMatchObject({ class: 'nonCompliant' });
    expect(snap.items['06']!.counts.nonCompliant).toBe(1);
    expect(snap.units).toEqual({
      u1: { compliant: 1, nonCompliant: 0, undetermined: 0, reboundProne: 0 },
      u2: { compliant: 0, nonCompliant: 1, undetermined: 0, reboundProne: 0 },
    });
    expect(Object.values(snap.totals).reduce((a, b) => a + b, 0)).toBe(72);
  });

  it('re-classifies only what a new observation touches and reports the change', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites });
    expect(board.record(o('a', '06.01.01', 's1', 'fail', 5))).toEqual(['06.01.01']);
    const other = board.standard('06.02.02');
    expect(board.record(o('b', '06.01.01', 's1', 'fail', 4))).toEqual([]);
    expect(board.standard('06.02.02')).toBe(other);
    expect(board.record(o('c', '06.01.01', 's1', 'pass', 1))).toEqual(['06.01.01']);
    expect(board.standard('06.01.01')!.class).toBe('reboundProne');
  });

  it('counts a failure after a closed rectification as relapse', () => {
    const closed: Rectification = {
      id: 'r1',
      standardRef: '06.02.02',
      scope: { kind: 'site', siteId: 's1' },
      description: '公厕异味',
      reportedAt: at(40),
      status: 'closed',
      supportingUnitIds: [],
      guarantorUnitIds: [],
      returnedCount: 0,
      closedAt: at(30),
      evidence: ['d1'],
      repeatCount: 0,
    };
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, rectifications: [closed] });
    board.recordAll([o('a', '06.02.02', 's1', 'fail', 20), o('b', '06.02.02', 's1', 'pass', 2)]);
    expect(board.standard('06.02.02')!.scopes['site:s1']!.reasons[0]!.rule).toBe('relapseAfterClosure');
  });

  it('moves with time: evidence expires when the moment advances', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF });
    board.record(o('a', '06.02.02', 's1', 'pass', 1));
    expect(board.standard('06.02.02')!.class).toBe('compliant');
    board.at(new Date(Date.parse(ASOF) + 100 * 86_400_000).toISOString());
    expect(board.standard('06.02.02')!.class).toBe('undetermined');
  });

  it('keeps observations of unknown standards out, and names them', () => {
    const snap = classifyAll({
      framework: districtFramework,
      asOf: ASOF,
      observations: [o('x', '99.99.99', 's1', 'fail', 1)],
    });
    expect(snap.unknownStandardObservations).toEqual(['x']);
    expect(snap.totals.nonCompliant).toBe(0);
  });

  it('gives the same board one observation at a time as all at once, in any order', () => {
    const district = generateDistrict({
      seed: 5,
      streets: 1,
      unitsPerStreet: 6,
      sitesPerUnit: 2,
      observations: 400,
      standardCodes: codes,
      from: '2026-02-01',
    });
    const { observations } = district;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(observations, { minLength: observations.length, maxLength: observations.length }),
        (shuffled) => {
          const incremental = new ComplianceBoard({
            framework: districtFramework,
            asOf: ASOF,
            sites: district.sites,
          });
          for (const x of shuffled) incremental.record(x);
          const batch = classifyAll({
            framework: districtFramework,
            asOf: ASOF,
            sites: district.sites,
            observations,
          });
          expect(incremental.snapshot()).toEqual(batch);
        },
      ),
      { numRuns: 5 },
    );
  });
});
