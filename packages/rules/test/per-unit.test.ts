import type { Observation, Rectification } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseUnits, ComplianceBoard, rectificationRates, scopeKey } from '../src/index.js';
import { contributionOf } from '../src/internal.js';
import {
  AS_OF,
  MARKET_ORDER,
  NOTICE_COUNTS,
  noticeFindings,
  noticeFramework,
  noticeProblems,
  noticeSites,
  noticeUnits,
  PARKING,
} from './notice.js';

const board = () =>
  new ComplianceBoard({
    framework: noticeFramework,
    asOf: AS_OF,
    sites: noticeSites,
    units: noticeUnits,
    rectifications: noticeProblems,
  });
const nonCompliant = (counts: Record<string, { nonCompliant: number }>) =>
  Object.fromEntries(
    Object.entries(counts)
      .filter(([, c]) => c.nonCompliant > 0)
      .map(([unit, c]) => [unit, c.nonCompliant]),
  );
const market = scopeKey({ kind: 'site', siteId: 's-market' });
const avenue = scopeKey({ kind: 'site', siteId: 's-avenue' });

describe('problems per answerable unit, as the notice counts them', () => {
  it('counts each cell under the unit its finding names, the co-lead too, never the site’s unit nor the guarantor', () => {
    const b = board();
    b.recordAll(noticeFindings);
    const units = b.snapshot().units;
    expect(nonCompliant(units)).toEqual(NOTICE_COUNTS);
    // The market's street community answers for the place, but the notice names other units for both problems there.
    expect(units['u-c-wangjiang']).toBeUndefined();
    expect(units['u-culture']).toBeUndefined();
  });

  it('gives the same counts as rectificationRates and the appraisal, one per unit named', () => {
    const b = board();
    b.recordAll(noticeFindings);
    const rates = rectificationRates(noticeProblems, { asOf: AS_OF, by: 'unit' });
    expect(Object.fromEntries(rates.map((r) => [r.key, r.found]))).toEqual(NOTICE_COUNTS);
    expect(nonCompliant(b.snapshot().units)).toEqual(Object.fromEntries(rates.map((r) => [r.key, r.found])));
    const { scorecards, issues } = appraiseUnits({
      asOf: AS_OF,
      units: noticeUnits,
      rectifications: noticeProblems,
      observations: noticeFindings,
    });
    expect(issues).toEqual([]);
    const deducted = Object.fromEntries(
      scorecards.filter((c) => c.entries.length > 0).map((c) => [c.unitId, c.entries.length]),
    );
    expect(deducted).toEqual(NOTICE_COUNTS);
    // Every unit named, supporting and guarantor units too, where a host chooses to count them so.
    const every = rectificationRates(noticeProblems, { asOf: AS_OF, by: 'unit', attribution: 'everyNamed' });
    expect(every.find((r) => r.key === 'u-culture')?.found).toBe(1);
  });

  it('rolls a cell up the hierarchy once, however many of its units sit under one parent', () => {
    const b = new ComplianceBoard({
      framework: noticeFramework,
      asOf: AS_OF,
      sites: noticeSites,
      // Both answerable bureaus under one district office: the avenue's cell is one problem to it, not two.
      units: [...noticeUnits, { id: 'office' }].map((u) =>
        u.id === 'u-police' || u.id === 'u-urban' ? { ...u, parentId: 'office' } : u,
      ),
      rectifications: noticeProblems,
    });
    b.recordAll(noticeFindings);
    const snap = b.snapshot();
    expect(snap.units['u-police']?.nonCompliant).toBe(1);
    expect(snap.units['u-urban']?.nonCompliant).toBe(1);
    expect(snap.unitTotals.office?.nonCompliant).toBe(1);
  });

  it('gives the cell’s actions to the units named for it, then the site’s', () => {
    const b = board();
    b.recordAll(noticeFindings);
    const explained = b.explain(MARKET_ORDER, market, (id) => noticeFindings.find((o) => o.id === id));
    expect(explained?.class).toBe('nonCompliant');
    const owners = explained!.actions.map((a) => a.owner);
    expect(owners[0]).toEqual({ kind: 'units', unitIds: ['u-market-svc'] });
    const avenueWork = b.explain(PARKING, avenue, (id) => noticeFindings.find((o) => o.id === id));
    expect(avenueWork!.actions[0]!.owner).toEqual({ kind: 'units', unitIds: ['u-police', 'u-urban'] });
    // The re-inspection schedule names them too: the first answerable unit, and all of them where there are several.
    const due = b.lapsing(90);
    expect(due.find((d) => d.scopeKey === avenue)).toMatchObject({
      responsibleUnitId: 'u-police',
      responsibleUnitIds: ['u-police', 'u-urban'],
    });
    const stall = due.find((d) => d.standardRef === MARKET_ORDER)!;
    expect([stall.responsibleUnitId, stall.responsibleUnitIds]).toEqual(['u-market-svc', undefined]);
  });

  it('keeps the counts by delta: a finding withdrawn or a problem re-assigned moves only its own unit', () => {
    const b = board();
    b.recordAll(noticeFindings);
    b.withdraw(noticeFindings[1]!);
    expect(nonCompliant(b.snapshot().units)).toEqual({ ...NOTICE_COUNTS, 'u-traffic': undefined } as never);
    // The traffic police's problem stays handed over at the cell: recorded again, it counts once, not twice.
    b.record(noticeFindings[1]!);
    expect(nonCompliant(b.snapshot().units)).toEqual(NOTICE_COUNTS);
    // The avenue problem handed to the city-management bureau alone: the police no longer answers for it.
    b.recordRectification({ ...noticeProblems[2]!, leadUnitId: 'u-urban', coLeadUnitIds: [] });
    const after = nonCompliant(b.snapshot().units);
    expect(after['u-urban']).toBe(1);
    // The finding itself still names the police, so the police still counts the cell it found the problem in.
    expect(after['u-police']).toBe(1);
    const fresh = board();
    fresh.recordAll(noticeFindings);
    fresh.recordRectification({ ...noticeProblems[2]!, leadUnitId: 'u-urban', coLeadUnitIds: [] });
    expect(nonCompliant(fresh.snapshot().units)).toEqual(after);
  });

  it('counts a finding that names no unit under the site’s unit, and the site’s unit only while one does', () => {
    const b = new ComplianceBoard({
      framework: noticeFramework,
      asOf: AS_OF,
      sites: noticeSites,
      units: noticeUnits,
    });
    const { responsibleUnitId: _named, ...unnamed } = noticeFindings[0]!;
    b.record({ ...unnamed, id: 'self-1' });
    expect(nonCompliant(b.snapshot().units)).toEqual({ 'u-c-wangjiang': 1 });
    b.record(noticeFindings[0]!);
    expect(nonCompliant(b.snapshot().units)).toEqual({ 'u-c-wangjiang': 1, 'u-market-svc': 1 });
    b.withdraw({ ...unnamed, id: 'self-1' });
    expect(nonCompliant(b.snapshot().units)).toEqual({ 'u-market-svc': 1 });
    expect(b.snapshot().unitTotals['u-yunxi']).toBeUndefined();
  });

  it('holds a problem in hand when only its co-lead and deadline are known', () => {
    const { leadUnitId: _lead, ...withoutLead } = noticeProblems[2]!;
    expect(contributionOf({ ...withoutLead, coLeadUnitIds: ['u-urban'] })).toEqual({
      status: 'open',
      repeats: 0,
      deadline: '2026-06-30',
      handles: PARKING,
    });
    expect(contributionOf({ ...withoutLead, coLeadUnitIds: [] }).handles).toBeUndefined();
  });
});

describe('per-unit counts by delta', () => {
  const units = ['u-yunxi', 'u-c-wangjiang', 'u-market-svc', 'u-traffic', 'u-police', 'u-urban'];
  const places = ['s-market', 's-avenue'];
  const codes = [MARKET_ORDER, PARKING];
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('record' as const),
      n: fc.integer({ min: 0, max: 11 }),
      named: fc.option(fc.constantFrom(...units), { nil: undefined }),
      fail: fc.boolean(),
      day: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({ kind: fc.constant('withdraw' as const), n: fc.integer({ min: 0, max: 11 }) }),
    fc.record({
      kind: fc.constant('assign' as const),
      r: fc.integer({ min: 0, max: 3 }),
      lead: fc.constantFrom(...units),
      coLeads: fc.subarray(units, { maxLength: 2 }),
    }),
  );
  const observation = (n: number, named: string | undefined, fail: boolean, day: number): Observation => ({
    id: `o${n}`,
    standardRef: codes[n % 2]!,
    scope: { kind: 'site', siteId: places[Math.floor(n / 2) % 2]! },
    ...(named === undefined ? {} : { responsibleUnitId: named }),
    observedAt: `2026-06-${String(day).padStart(2, '0')}T09:00:00+08:00`,
    method: 'covertInspection',
    source: 'supervisionCheck',
    outcome: fail ? 'fail' : 'pass',
    violationCount: fail ? 1 : 0,
    evidence: [],
  });
  const problem = (r: number, lead: string, coLeads: string[]): Rectification => ({
    ...noticeProblems[0]!,
    id: `r${r}`,
    standardRef: codes[r % 2]!,
    scope: { kind: 'site', siteId: places[Math.floor(r / 2) % 2]! },
    leadUnitId: lead,
    coLeadUnitIds: coLeads,
  });

  it('equal a board built afresh from what stands, whatever is recorded, withdrawn or re-assigned', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const live = new ComplianceBoard({
          framework: noticeFramework,
          asOf: AS_OF,
          sites: noticeSites,
          units: noticeUnits,
        });
        const standing = new Map<string, Observation>();
        const problems = new Map<string, Rectification>();
        for (const o of ops) {
          if (o.kind === 'record') {
            const obs = observation(o.n, o.named, o.fail, o.day);
            if (standing.has(obs.id)) continue;
            standing.set(obs.id, obs);
            live.record(obs);
          } else if (o.kind === 'withdraw') {
            const obs = standing.get(`o${o.n}`);
            if (!obs) continue;
            standing.delete(obs.id);
            live.withdraw(obs);
          } else {
            const r = problem(o.r, o.lead, o.coLeads);
            problems.set(r.id, r);
            live.recordRectification(r);
          }
        }
        const fresh = new ComplianceBoard({
          framework: noticeFramework,
          asOf: AS_OF,
          sites: noticeSites,
          units: noticeUnits,
          rectifications: [...problems.values()],
        });
        fresh.recordAll([...standing.values()]);
        const a = live.snapshot();
        const b = fresh.snapshot();
        expect(a.units).toEqual(b.units);
        expect(a.unitTotals).toEqual(b.unitTotals);
        expect(a.standards).toEqual(b.standards);
      }),
      { numRuns: 300 },
    );
  });
});
