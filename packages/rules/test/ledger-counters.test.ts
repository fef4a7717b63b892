import type { Rectification } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LedgerCounters, overdueCount } from '../src/index.js';
import { applyContribution, contributionOf, emptyLedger, handledCount } from '../src/internal.js';

type Part = Pick<Rectification, 'status' | 'repeatCount' | 'deadline' | 'leadUnitId' | 'standardRef'> &
  Partial<Pick<Rectification, 'parkedAt' | 'timeLimit'>>;
const part: fc.Arbitrary<Part> = fc.record(
  {
    status: fc.constantFrom(
      'reported',
      'assigned',
      'rectifying',
      'submitted',
      'returned',
      'closed',
      'reopened',
      'escalated',
    ),
    repeatCount: fc.integer({ min: 0, max: 3 }),
    deadline: fc.constantFrom('2026-05-01', '2026-05-02', '2026-06-30'),
    leadUnitId: fc.constantFrom('u1', 'u2'),
    standardRef: fc.constantFrom('01.01.01', '06.01.01'),
  },
  { requiredKeys: ['status', 'repeatCount'] },
);

/** The counters of a set of records, counted from scratch. */
function rebuild(records: Iterable<Part>): LedgerCounters {
  let out = emptyLedger();
  for (const r of records) out = applyContribution(out, null, contributionOf(r));
  return out;
}

describe('ledger counters', () => {
  it('count open, closed and escalated problems, relapses, deadlines and standards in hand', () => {
    const counters = rebuild([
      {
        status: 'assigned',
        repeatCount: 0,
        deadline: '2026-05-01',
        leadUnitId: 'u1',
        standardRef: '06.01.01',
      },
      { status: 'reported', repeatCount: 0, standardRef: '06.01.01' },
      { status: 'closed', repeatCount: 2, deadline: '2026-04-01', leadUnitId: 'u1', standardRef: '06.01.01' },
      {
        status: 'escalated',
        repeatCount: 1,
        deadline: '2026-04-01',
        leadUnitId: 'u2',
        standardRef: '01.01.01',
      },
    ]);
    expect(counters).toEqual({
      open: 2,
      closed: 1,
      escalated: 1,
      relapses: 3,
      deadlines: { '2026-05': { '2026-05-01': 1 } },
      // The escalated problem is not fixed but is in hand: it still answers for its standard.
      handled: { '06': { '06.01.01': 1 }, '01': { '01.01.01': 1 } },
    });
    expect(handledCount(counters, '06.01.01')).toBe(1);
    expect(handledCount(counters, '01.01.01')).toBe(1);
    expect(handledCount(counters, '02.01.01')).toBe(0);
    expect(handledCount(counters, 'toString')).toBe(0);
    expect(handledCount(counters, '__proto__')).toBe(0);
    expect(overdueCount(counters, '2026-05-01T23:00:00+08:00')).toBe(0);
    expect(overdueCount(counters, '2026-05-02T00:00:00+08:00')).toBe(1);
    expect(() => overdueCount(counters, 'soon')).toThrow(RangeError);
  });

  it('updated by each change, equal a count from scratch, whatever the order of changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), part), { maxLength: 40 }), (changes) => {
        const records = new Map<number, Part>();
        let counters = emptyLedger();
        for (const [id, next] of changes) {
          const before = records.get(id);
          counters = applyContribution(
            counters,
            before ? contributionOf(before) : null,
            contributionOf(next),
          );
          records.set(id, next);
        }
        expect(counters).toEqual(rebuild(records.values()));
        for (const dates of Object.values(counters.deadlines)) {
          expect(Object.keys(dates).length).toBeGreaterThan(0);
          for (const value of Object.values(dates)) expect(value).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('count a standard named like a built-in property as any other', () => {
    const counters = rebuild([
      {
        status: 'assigned',
        repeatCount: 0,
        deadline: '2026-05-01',
        leadUnitId: 'u1',
        standardRef: 'toString',
      },
    ]);
    expect(handledCount(counters, 'toString')).toBe(1);
  });

  it('never let a key reach a prototype', () => {
    const counters = rebuild([
      {
        status: 'assigned',
        repeatCount: 0,
        deadline: '2026-05-01',
        leadUnitId: 'u1',
        standardRef: '06.01.01',
      },
    ]);
    expect(Object.getPrototypeOf(counters.handled)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['06.01.01']).toBeUndefined();
  });

  it('count a limit in hours from its instant, and a parked problem not at all', () => {
    const hours = {
      status: 'assigned' as const,
      repeatCount: 0,
      deadline: '2026-05-06',
      leadUnitId: 'u1',
      timeLimit: {
        rule: { workingHours: 4 },
        from: '2026-05-06T08:30:00+08:00',
        dueDate: '2026-05-06',
        dueAt: '2026-05-06T12:30:00+08:00',
      },
    };
    const days = { status: 'assigned' as const, repeatCount: 0, deadline: '2026-05-06', leadUnitId: 'u2' };
    const counters = rebuild([hours, days, { ...days, parkedAt: '2026-05-05T09:00:00+08:00' }]);
    expect(counters.dueAt).toEqual({ '2026-05-06': { '2026-05-06T12:30:00+08:00': 1 } });
    expect(overdueCount(counters, '2026-05-06T12:00:00+08:00')).toBe(0);
    expect(overdueCount(counters, '2026-05-06T13:00:00+08:00')).toBe(1);
    expect(overdueCount(counters, '2026-05-07T00:00:01+08:00')).toBe(2);
    // Closing it leaves no trace of the instant: counters kept by delta equal counters counted from scratch.
    const closed = applyContribution(
      counters,
      contributionOf(hours),
      contributionOf({ ...hours, status: 'closed' }),
    );
    expect(closed.dueAt).toBeUndefined();
    expect(closed).toEqual(
      rebuild([{ ...hours, status: 'closed' }, days, { ...days, parkedAt: '2026-05-05T09:00:00+08:00' }]),
    );
  });
});
