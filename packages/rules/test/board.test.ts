import { effectivePoints, listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { generateDistrict } from '@chuangwen/fixtures';
import type { Observation, Rectification } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASSES_WORST_FIRST,
  ComplianceBoard,
  classify,
  classifyAll,
  definePolicy,
  scopeKey,
} from '../src/index.js';
import { ASOF } from './helpers.js';

const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(Date.parse(ASOF) - daysAgo * DAY).toISOString();
const later = (days: number) => new Date(Date.parse(ASOF) + days * DAY).toISOString();
const o = (
  id: string,
  standardRef: string,
  siteId: string,
  outcome: 'pass' | 'fail' | 'notAssessable',
  daysAgo: number,
): Observation =>
  ({
    id,
    standardRef,
    scope: { kind: 'site', siteId },
    observedAt: at(daysAgo),
    method: 'covertInspection',
    source: 'supervisionCheck',
    outcome,
    evidence: [],
  }) as Observation;
const sites = [
  { id: 's1', siteType: 'mainRoad', responsibleUnitId: 'c1' },
  { id: 's2', siteType: 'mainRoad', responsibleUnitId: 'c2' },
  { id: 's3', siteType: 'mainRoad', responsibleUnitId: 'x' },
];
/** A street with two communities, and a unit outside it. */
const units = [
  { id: 'street' },
  { id: 'c1', parentId: 'street' },
  { id: 'c2', parentId: 'street' },
  { id: 'x' },
];
const closed = (id: string, standardRef: string, siteId: string, daysAgo: number): Rectification => ({
  id,
  standardRef,
  scope: { kind: 'site', siteId },
  description: '公厕异味',
  reportedAt: at(daysAgo + 10),
  status: 'closed',
  supportingUnitIds: [],
  guarantorUnitIds: [],
  returnedCount: 0,
  closedAt: at(daysAgo),
  evidence: ['d1'],
  repeatCount: 0,
});
const STANDARDS = listStandards(districtFramework).length;
const POINTS = effectivePoints(districtFramework);

describe('ComplianceBoard', () => {
  it('rolls standards up worst first, by item, by unit and up the unit hierarchy', () => {
    expect(CLASSES_WORST_FIRST).toEqual(['nonCompliant', 'undetermined', 'reboundProne', 'compliant']);
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites, units });
    board.recordAll([
      o('a', '06.02.02', 's1', 'pass', 3),
      o('b', '06.02.02', 's2', 'fail', 3),
      o('c', '06.01.01', 's3', 'pass', 3),
    ]);
    expect(board.standard('06.02.02')).toEqual({
      code: '06.02.02',
      itemCode: '06',
      class: 'nonCompliant',
      counts: { compliant: 1, nonCompliant: 1, undetermined: 0, reboundProne: 0 },
      scopes: { 'site:s1': 'compliant', 'site:s2': 'nonCompliant' },
    });
    expect(board.standard('01.01.01')).toMatchObject({ class: 'undetermined', scopes: {} });
    const snap = board.snapshot();
    expect(snap.items['06']).toMatchObject({ class: 'nonCompliant' });
    expect(snap.items['06']!.counts).toMatchObject({ nonCompliant: 1, compliant: 1 });
    expect(snap.units).toEqual({
      c1: { compliant: 1, nonCompliant: 0, undetermined: 0, reboundProne: 0 },
      c2: { compliant: 0, nonCompliant: 1, undetermined: 0, reboundProne: 0 },
      x: { compliant: 1, nonCompliant: 0, undetermined: 0, reboundProne: 0 },
    });
    expect(snap.unitTotals.street).toEqual({
      compliant: 1,
      nonCompliant: 1,
      undetermined: 0,
      reboundProne: 0,
    });
    expect(snap.unitTotals.x).toEqual(snap.units.x);
    expect(Object.values(snap.totals).reduce((a, b) => a + b, 0)).toBe(STANDARDS);
    expect(snap.totals).toMatchObject({ nonCompliant: 1, compliant: 1, undetermined: STANDARDS - 2 });
  });

  it('re-classifies only what an observation touches and reports which standards changed', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites });
    expect(board.record(o('a', '06.01.01', 's1', 'fail', 5))).toEqual(['06.01.01']);
    expect(board.record(o('b', '06.01.01', 's1', 'fail', 4))).toEqual([]);
    expect(board.record(o('b', '06.01.01', 's1', 'pass', 4))).toEqual([]);
    expect(board.record(o('c', '06.01.01', 's1', 'pass', 1))).toEqual(['06.01.01']);
    expect(board.cellClass('06.01.01', 'site:s1')).toBe('reboundProne');
    expect(board.cellClass('06.01.01', 'site:s2')).toBeUndefined();
  });

  it('counts a failure after a closed rectification as relapse, and explains it on demand', () => {
    const board = new ComplianceBoard({
      framework: districtFramework,
      asOf: ASOF,
      rectifications: [closed('r1', '06.02.02', 's1', 30)],
    });
    const observations = [o('a', '06.02.02', 's1', 'fail', 20), o('b', '06.02.02', 's1', 'pass', 2)];
    board.recordAll(observations);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('reboundProne');
    const byId = new Map(observations.map((x) => [x.id, x]));
    const explained = board.explain('06.02.02', 'site:s1', (id) => byId.get(id))!;
    expect(explained.class).toBe('reboundProne');
    expect(explained.reasons[0]!.rule).toBe('relapseAfterClosure');
    expect(() => board.explain('06.02.02', 'site:s1', () => undefined)).toThrow(/找不到测评记录 a/);
    expect(board.explain('06.02.02', 'site:s9', () => undefined)).toBeUndefined();
  });

  it('takes a closure recorded after the evidence into account', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF });
    board.recordAll([o('a', '06.02.02', 's1', 'fail', 20), o('b', '06.02.02', 's1', 'pass', 2)]);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('compliant');
    expect(board.recordRectification(closed('r1', '06.02.02', 's1', 30))).toEqual(['06.02.02']);
    expect(board.recordRectification(closed('r1', '06.02.02', 's1', 30))).toEqual([]);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('reboundProne');
  });

  it('drops a closure when its rectification is reopened, as a rebuild from the current records would', () => {
    const closedR1 = closed('r1', '06.02.02', 's1', 60);
    const board = new ComplianceBoard({
      framework: districtFramework,
      asOf: ASOF,
      rectifications: [closedR1],
    });
    board.recordAll([o('a', '06.02.02', 's1', 'fail', 50), o('b', '06.02.02', 's1', 'pass', 1)]);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('reboundProne');
    const { closedAt: _cleared, ...reopened } = { ...closedR1, status: 'reopened' as const, repeatCount: 1 };
    expect(board.recordRectification(reopened)).toEqual(['06.02.02']);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('compliant');
    const reclosed = { ...closedR1, closedAt: at(10), repeatCount: 1 };
    board.recordRectification(reclosed);
    const rebuilt = new ComplianceBoard({
      framework: districtFramework,
      asOf: ASOF,
      rectifications: [reclosed],
    });
    rebuilt.recordAll([o('a', '06.02.02', 's1', 'fail', 50), o('b', '06.02.02', 's1', 'pass', 1)]);
    expect(board.snapshot()).toEqual(rebuilt.snapshot());
  });

  it("lets a unit's self-check pass clear no finding that still stands, unless the policy says so", () => {
    const finding = { ...o('f', '06.02.02', 's1', 'fail', 5), source: 'supervisionCheck' as const };
    const selfPass = { ...o('s', '06.02.02', 's1', 'pass', 1), source: 'selfCheck' as const };
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF });
    board.recordAll([finding, selfPass]);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('nonCompliant');
    const explained = board.explain('06.02.02', 'site:s1', (id) => (id === 'f' ? finding : selfPass))!;
    expect(explained.reasons.map((r) => r.rule)).toContain('selfCheckOverruled');
    board.record({ ...o('r', '06.02.02', 's1', 'pass', 0), source: 'supervisionCheck' });
    expect(board.cellClass('06.02.02', 'site:s1')).not.toBe('nonCompliant');
    const lenient = new ComplianceBoard({
      framework: districtFramework,
      asOf: ASOF,
      policy: definePolicy({ selfChecksClearFindings: true }),
    });
    lenient.recordAll([finding, selfPass]);
    expect(lenient.cellClass('06.02.02', 'site:s1')).not.toBe('nonCompliant');
  });

  it('moves with time from a queue: evidence expires, a failure leaves the window, later evidence comes into force', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF });
    board.recordAll([
      o('a', '06.02.02', 's1', 'pass', 1),
      o('f1', '06.01.01', 's1', 'fail', 150),
      o('f2', '06.01.01', 's1', 'fail', 145),
      o('p', '06.01.01', 's1', 'pass', 1),
    ]);
    board.record({ ...o('z', '04.01.02', 's1', 'fail', 0), observedAt: later(5) });
    expect([
      board.cellClass('06.02.02', 'site:s1'),
      board.cellClass('06.01.01', 'site:s1'),
      board.cellClass('04.01.02', 'site:s1'),
    ]).toEqual(['compliant', 'reboundProne', 'undetermined']);
    board.at(later(6));
    expect(board.cellClass('04.01.02', 'site:s1')).toBe('nonCompliant');
    board.at(later(40));
    expect(board.cellClass('06.01.01', 'site:s1')).toBe('compliant');
    board.at(later(100));
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('undetermined');
    board.at(ASOF);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('compliant');
    expect(board.asOf).toBe(ASOF);
  });

  it('withdraws an observation as if it had never been recorded; the last one withdrawn leaves the cell empty', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites });
    const fail = o('a', '06.02.02', 's1', 'fail', 3);
    board.recordAll([o('p', '06.02.02', 's1', 'pass', 10), fail]);
    expect(board.withdraw(fail)).toEqual(['06.02.02']);
    expect(board.cellClass('06.02.02', 'site:s1')).toBe('compliant');
    expect(board.withdraw(fail)).toEqual([]);
    board.withdraw(o('p', '06.02.02', 's1', 'pass', 10));
    expect(board.standard('06.02.02')).toMatchObject({ class: 'undetermined', scopes: {} });
    expect(board.snapshot().units.c1).toBeUndefined();
  });

  it('lists the cells about to lapse into 未知可否达标, soonest first, for the re-inspection schedule', () => {
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF, sites });
    board.recordAll([
      o('a', '06.02.02', 's1', 'pass', 85),
      o('b', '06.01.01', 's2', 'fail', 80),
      o('c', '04.01.02', 's1', 'pass', 10),
      o('d', '04.01.02', 's2', 'notAssessable', 1),
    ]);
    const due = board.lapsing(14);
    expect(due.map((d) => [d.standardRef, d.scopeKey, d.class])).toEqual([
      ['06.02.02', 'site:s1', 'compliant'],
      ['06.01.01', 'site:s2', 'nonCompliant'],
    ]);
    expect(due[0]).toMatchObject({ itemCode: '06', responsibleUnitId: 'c1', recheckBy: '2026-07-05' });
    expect(Date.parse(due[0]!.validUntil)).toBe(Date.parse(at(85)) + 90 * DAY);
    expect(board.lapsing(90).map((d) => d.standardRef)).toEqual(['06.02.02', '06.01.01', '04.01.02']);
    board.record(o('e', '06.02.02', 's1', 'pass', 0));
    expect(board.lapsing(14).map((d) => d.standardRef)).toEqual(['06.01.01']);
    board.at(later(20));
    expect(board.lapsing(14)).toEqual([]);
  });

  it('keeps observations of unknown standards and area-only findings out, and names them', () => {
    const snap = classifyAll({
      framework: districtFramework,
      asOf: ASOF,
      observations: [
        o('x', '99.99.99', 's1', 'fail', 1),
        { ...o('y', '06.01.01', 's1', 'fail', 1), standardRef: undefined, area: 'market' } as Observation,
      ],
    });
    expect(snap.unknownStandardObservations).toEqual(['x']);
    const board = new ComplianceBoard({ framework: districtFramework, asOf: ASOF });
    const unknown = o('x', '99.99.99', 's1', 'fail', 1);
    board.recordAll([unknown, unknown]);
    expect(board.snapshot().unknownStandardObservations).toEqual(['x']);
    board.withdraw(unknown);
    expect(board.snapshot().unknownStandardObservations).toEqual([]);
    expect(snap.areaFindings).toEqual(['y']);
    expect(snap.totals.nonCompliant).toBe(0);
  });
});

describe('the board under any sequence of changes', () => {
  const district = generateDistrict({
    seed: 5,
    streets: 2,
    unitsPerStreet: 3,
    sitesPerUnit: 2,
    observations: 300,
    standardCodes: ['06.01.01', '06.02.02', '04.01.02', '01.01.01'],
    from: '2026-01-01',
  });
  const siteTypeOf = (key: string) => {
    const site = district.sites.find((x) => `site:${x.id}` === key);
    return site ? { siteType: site.siteType } : {};
  };
  type Op =
    | { kind: 'record' | 'withdraw'; index: number }
    | { kind: 'at'; days: number }
    | { kind: 'close'; index: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('record' as const),
        index: fc.nat(district.observations.length - 1),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('withdraw' as const),
        index: fc.nat(district.observations.length - 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('at' as const), days: fc.integer({ min: -30, max: 120 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('close' as const),
        index: fc.nat(district.observations.length - 1),
      }),
    },
  );

  it('equals a board rebuilt from scratch, and every cell agrees with classify on its observations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const options = { framework: districtFramework, sites: district.sites, units: district.units };
        const board = new ComplianceBoard({ ...options, asOf: ASOF });
        const held = new Map<string, Observation>();
        const closures = new Map<string, Rectification>();
        let moment = ASOF;
        for (const step of ops) {
          if (step.kind === 'at') {
            moment = new Date(Date.parse(moment) + step.days * DAY).toISOString();
            board.at(moment);
          } else if (step.kind === 'close') {
            const x = district.observations[step.index]!;
            const r = {
              ...closed(`r${step.index}`, x.standardRef!, 's', 0),
              scope: x.scope,
              closedAt: x.observedAt,
            };
            closures.set(r.id, r);
            board.recordRectification(r);
          } else {
            const x = district.observations[step.index]!;
            if (step.kind === 'record') {
              board.record(x);
              held.set(x.id, x);
            } else {
              board.withdraw(x);
              held.delete(x.id);
            }
          }
        }
        const rebuilt = new ComplianceBoard({
          ...options,
          asOf: moment,
          rectifications: [...closures.values()],
        });
        rebuilt.recordAll([...held.values()]);
        expect(board.snapshot()).toEqual(rebuilt.snapshot());
        for (const [code, status] of Object.entries(board.snapshot().standards))
          for (const [key, cls] of Object.entries(status.scopes)) {
            const observations = [...held.values()].filter(
              (x) => x.standardRef === code && scopeKey(x.scope) === key,
            );
            const direct = classify({
              standard: listStandards(districtFramework).find((l) => l.standard.code === code)!.standard,
              observations,
              asOf: moment,
              closures: [...closures.values()]
                .filter((r) => r.standardRef === code && scopeKey(r.scope) === key)
                .map((r) => ({ id: r.id, closedAt: r.closedAt! })),
              maxPoints: POINTS.get(code) ?? null,
              ...siteTypeOf(key),
            });
            expect(cls, `${code} ${key}`).toBe(direct.class);
            expect(board.explain(code, key, (id) => held.get(id))!.class).toBe(cls);
          }
      }),
      { numRuns: 150 },
    );
  });
});
