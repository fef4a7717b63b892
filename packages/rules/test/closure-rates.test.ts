import type { Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { closureReport } from '../src/index.js';
import { calendarOf } from './calendars.js';

const calendar = calendarOf([2025, 2026, 2027]);

let n = 0;
const problem = (fields: Partial<Rectification>): Rectification => ({
  id: `r${++n}`,
  area: 'sanitation',
  scope: { kind: 'jurisdiction' },
  description: '示例问题（虚构）',
  reportedAt: '2026-03-02T09:00:00+08:00',
  supportingUnitIds: [],
  guarantorUnitIds: [],
  status: 'assigned',
  evidence: [],
  returnedCount: 0,
  repeatCount: 0,
  ...fields,
});
const closed = (at: string) => ({ status: 'closed' as const, closedAt: at });

// March 2026, in working days on the real 2026 calendar (no holiday in March).
const ledger: Rectification[] = [
  // c1: closed in time, closed late, closed in February, carried over and still open, merged, reopened twice.
  problem({
    leadUnitId: 'c1',
    channel: 'hotline',
    deadline: '2026-03-10',
    ...closed('2026-03-09T16:00:00+08:00'),
  }),
  problem({
    leadUnitId: 'c1',
    channel: 'hotline',
    deadline: '2026-03-05',
    ...closed('2026-03-12T10:00:00+08:00'),
  }),
  problem({
    leadUnitId: 'c1',
    channel: 'ownInspection',
    reportedAt: '2026-02-10T09:00:00+08:00',
    deadline: '2026-02-20',
    ...closed('2026-02-25T10:00:00+08:00'),
  }),
  problem({
    leadUnitId: 'c1',
    channel: 'hotline',
    reportedAt: '2026-02-10T09:00:00+08:00',
    deadline: '2026-02-28',
  }),
  problem({
    leadUnitId: 'c1',
    channel: 'hotline',
    reportedAt: '2026-03-03T09:00:00+08:00',
    mergedInto: 'r1',
    ...closed('2026-03-03T10:00:00+08:00'),
  }),
  problem({
    leadUnitId: 'c1',
    channel: 'hotline',
    reportedAt: '2026-03-04T09:00:00+08:00',
    deadline: '2026-03-20',
    status: 'reopened',
    repeatCount: 2,
  }),
  // c2: open and overdue, not due yet, parked, an hour limit closed an hour late on its last day.
  problem({
    leadUnitId: 'c2',
    channel: 'urbanManagement',
    reportedAt: '2026-03-20T09:00:00+08:00',
    deadline: '2026-03-25',
  }),
  problem({
    leadUnitId: 'c2',
    channel: 'urbanManagement',
    reportedAt: '2026-03-25T09:00:00+08:00',
    deadline: '2026-04-03',
  }),
  problem({
    leadUnitId: 'c2',
    channel: 'urbanManagement',
    reportedAt: '2026-03-05T09:00:00+08:00',
    deadline: '2026-03-10',
    parkedAt: '2026-03-09T09:00:00+08:00',
  }),
  problem({
    leadUnitId: 'c2',
    channel: 'hotline',
    reportedAt: '2026-03-12T09:00:00+08:00',
    deadline: '2026-03-16',
    timeLimit: {
      rule: { workingHours: 16 },
      from: '2026-03-12T10:00:00+08:00',
      dueDate: '2026-03-16',
      dueAt: '2026-03-16T10:00:00+08:00',
    },
    ...closed('2026-03-16T11:00:00+08:00'),
  }),
  // Reported after the period: not counted.
  problem({ leadUnitId: 'c1', channel: 'hotline', reportedAt: '2026-04-02T09:00:00+08:00' }),
];

describe('结案率 and 按期结案率', () => {
  it('counts per unit what was due, closed and closed on time, reopened and overdue in working days', () => {
    const report = closureReport(ledger, { from: '2026-03-01', to: '2026-03-31', by: 'unit', calendar });
    expect(report.rows.map((r) => r.key)).toEqual(['c1', 'c2']);
    expect(report.rows[0]).toEqual({
      key: 'c1',
      filed: 4,
      due: 4,
      closed: 2,
      closedOnTime: 1,
      closureRate: 0.5,
      onTimeRate: 0.25,
      reopened: 1,
      reopenings: 2,
      overdue: 2,
      // From Saturday 28 February: all 22 working days of March; from 20 March: 7.
      overdueWorkingDays: 29,
      maxOverdueWorkingDays: 22,
      overdueUncounted: 0,
    });
    expect(report.rows[1]).toMatchObject({
      key: 'c2',
      filed: 4,
      due: 2,
      closed: 1,
      closedOnTime: 0,
      overdue: 1,
      overdueWorkingDays: 4,
    });
    expect(report.total).toMatchObject({
      key: 'total',
      filed: 8,
      due: 6,
      closed: 3,
      closedOnTime: 1,
      overdue: 3,
      overdueWorkingDays: 33,
    });
  });

  it('counts per channel, with unspecified for records that name none', () => {
    const report = closureReport([...ledger, problem({ deadline: '2026-03-05' })], {
      from: '2026-03-01',
      to: '2026-03-31',
      by: 'channel',
      calendar,
    });
    expect(report.rows.map((r) => [r.key, r.filed, r.due, r.closed, r.closedOnTime, r.overdue])).toEqual([
      ['hotline', 5, 5, 3, 1, 2],
      ['ownInspection', 0, 0, 0, 0, 0],
      ['unspecified', 1, 1, 0, 0, 1],
      ['urbanManagement', 3, 1, 0, 0, 1],
    ]);
    expect(report.rows[1]!.closureRate).toBeNull();
  });

  it('counts a problem for every unit named when asked, once in the total', () => {
    const shared = [
      problem({
        leadUnitId: 'c1',
        supportingUnitIds: ['c2'],
        deadline: '2026-03-05',
        ...closed('2026-03-04T10:00:00+08:00'),
      }),
    ];
    const report = closureReport(shared, {
      from: '2026-03-01',
      to: '2026-03-31',
      by: 'unit',
      attribution: 'everyNamed',
      calendar,
    });
    expect(report.rows.map((r) => [r.key, r.due, r.closedOnTime])).toEqual([
      ['c1', 1, 1],
      ['c2', 1, 1],
    ]);
    expect(report.total.due).toBe(1);
  });

  it('leaves overdue working days uncounted where the year is not published', () => {
    const late = [
      problem({ leadUnitId: 'c1', reportedAt: '2026-12-20T09:00:00+08:00', deadline: '2026-12-28' }),
    ];
    const report = closureReport(late, { from: '2027-01-01', to: '2027-01-10', by: 'unit', calendar });
    expect(report.total).toMatchObject({ overdue: 1, overdueUncounted: 1, overdueWorkingDays: 0, due: 1 });
  });
});
