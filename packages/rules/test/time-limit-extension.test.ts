import type { Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  applyMoves,
  extendTimeLimit,
  extensionProblem,
  isOverdue,
  limitInForce,
  rectificationRates,
  resolveTimeLimit,
  type TimeLimitResolution,
  timeLimitCountdown,
} from '../src/index.js';
import { calendarOf, OFFICE_HOURS } from './calendars.js';

const calendar = calendarOf([2025, 2026, 2027], { officeHours: OFFICE_HOURS });
const known = (r: TimeLimitResolution) => {
  if (!r.known) throw new Error(r.unknown.message.en);
  return r.timeLimit;
};
const from = '2026-09-25T10:00:00+08:00';

describe('a time limit without a calendar', () => {
  it('is unknown for working days and hours, and resolves for plain days and hours', () => {
    expect(resolveTimeLimit(undefined, { workingDays: 3 }, from)).toMatchObject({
      known: false,
      timeLimit: { rule: { workingDays: 3 }, from },
      unknown: { reason: 'noCalendar', message: { 'zh-CN': expect.stringContaining('没有工作日日历') } },
    });
    expect(resolveTimeLimit(undefined, { calendarDays: 10, endOnWorkingDay: true }, from).known).toBe(false);
    expect(known(resolveTimeLimit(undefined, { calendarDays: 10 }, from))).toEqual({
      rule: { calendarDays: 10 },
      from,
      dueDate: '2026-10-05',
    });
    expect(known(resolveTimeLimit(undefined, { calendarHours: 2 }, from)).dueAt).toBe(
      '2026-09-25T12:00:00+08:00',
    );
  });

  it('still says whether a deadline is past, and that the count in working days is unknown', () => {
    const limit = known(resolveTimeLimit(calendar, { workingDays: 3 }, from));
    expect(timeLimitCountdown(limit, '2026-10-12T09:00:00+08:00', undefined)).toMatchObject({
      unit: 'workingDays',
      overdue: true,
      overdueBy: null,
      unknown: { reason: 'noCalendar' },
    });
    const days = known(resolveTimeLimit(undefined, { calendarDays: 10 }, from));
    expect(timeLimitCountdown(days, '2026-10-01T09:00:00+08:00', undefined)).toMatchObject({
      overdue: false,
      left: 4,
    });
  });
});

describe('an extension (延期)', () => {
  const five = known(resolveTimeLimit(calendar, { workingDays: 5 }, from));

  it('in the same unit gives the longer limit from the original start, counted over the holiday', () => {
    // 25–27 September (中秋) and 1–7 October are off: the fifth working day is Friday 9 October.
    expect(five.dueDate).toBe('2026-10-09');
    const longer = known(
      extendTimeLimit(calendar, five, { by: { workingDays: 3 } }, '2026-10-09T09:00:00+08:00'),
    );
    // Saturday the 10th is a make-up working day.
    expect(longer).toMatchObject({ rule: { workingDays: 8 }, from, dueDate: '2026-10-13' });
    expect(longer.calendarFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(extensionProblem(five, { by: { workingDays: 3 } }, longer)).toBeUndefined();
  });

  it('in another unit runs from the end of the deadline in force; to a day, as so many calendar days', () => {
    const days = known(
      extendTimeLimit(calendar, five, { by: { calendarDays: 2 } }, '2026-10-09T09:00:00+08:00'),
    );
    expect(days).toMatchObject({
      rule: { calendarDays: 2 },
      from: '2026-10-09T23:59:59+08:00',
      dueDate: '2026-10-11',
    });
    const until = known(
      extendTimeLimit(calendar, five, { until: '2026-10-20' }, '2026-10-09T09:00:00+08:00'),
    );
    expect(until).toEqual({ rule: { calendarDays: 25 }, from, dueDate: '2026-10-20' });
  });

  it('is unknown when it reaches the unpublished year, or without a calendar', () => {
    const december = known(resolveTimeLimit(calendar, { workingDays: 1 }, '2026-12-24T09:00:00+08:00'));
    expect(
      extendTimeLimit(calendar, december, { by: { workingDays: 10 } }, '2026-12-24T10:00:00+08:00'),
    ).toMatchObject({ known: false, unknown: { reason: 'notPublished', year: 2027 } });
    expect(extendTimeLimit(undefined, five, { by: { workingDays: 1 } }, from)).toMatchObject({
      known: false,
      unknown: { reason: 'noCalendar' },
    });
  });

  it('must give more time, and needs a deadline to extend', () => {
    const earlier = known(extendTimeLimit(calendar, five, { until: '2026-10-08' }, from));
    expect(extensionProblem(five, { until: '2026-10-08' }, earlier)?.en).toContain('not after');
    expect(
      extensionProblem(five, { until: '2026-10-09' }, { ...earlier, dueDate: '2026-10-09' })?.en,
    ).toContain('not after');
    expect(extensionProblem(undefined, { until: '2026-10-08' }, earlier)?.['zh-CN']).toContain(
      '没有可延长的期限',
    );
  });

  it('extends a deadline written as a date from that day', () => {
    const dated = limitInForce({ deadline: '2026-04-10' });
    expect(dated).toEqual({
      rule: { calendarDays: 0 },
      from: '2026-04-10T00:00:00+08:00',
      dueDate: '2026-04-10',
    });
    expect(known(extendTimeLimit(calendar, dated, { by: { calendarDays: 5 } }, from)).dueDate).toBe(
      '2026-04-15',
    );
    // 2026-04-10 is a Friday: three working days after it is Wednesday the 15th.
    expect(known(extendTimeLimit(calendar, dated, { by: { workingDays: 3 } }, from)).dueDate).toBe(
      '2026-04-15',
    );
    expect(limitInForce({})).toBeUndefined();
    expect(limitInForce({ timeLimit: five, deadline: five.dueDate! })).toBe(five);
  });
});

describe('moves that keep what the ledger shows', () => {
  const base: Rectification = {
    id: 'r1',
    area: 'sanitation',
    scope: { kind: 'jurisdiction' },
    description: '示例：垃圾未清运',
    reportedAt: from,
    supportingUnitIds: [],
    guarantorUnitIds: [],
    status: 'reported',
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
  };
  const five = known(resolveTimeLimit(calendar, { workingDays: 5 }, from));
  const eight = known(extendTimeLimit(calendar, five, { by: { workingDays: 3 } }, from));

  it('keeps the original deadline and the approver across extensions, and forgets them on a new hand-over', () => {
    const assigned = applyMoves(base, [
      { key: 'a', move: 'assign', at: from, unitId: 'u1', timeLimit: five },
    ]);
    const extended = applyMoves(assigned, [
      { key: 'e1', move: 'extend', at: from, timeLimit: eight, approvedBy: 'p-office' },
      { key: 'e2', move: 'extend', at: from, timeLimit: { ...eight, dueDate: '2026-10-20' } },
    ]);
    expect(extended).toMatchObject({
      deadline: '2026-10-20',
      originalDeadline: '2026-10-09',
      extensionApprovedBy: 'p-office',
    });
    const again = applyMoves(extended, [
      { key: 'r', move: 'reassign', at: from, unitId: 'u2', timeLimit: five },
    ]);
    expect(again.originalDeadline).toBeUndefined();
    expect(again.extensionApprovedBy).toBeUndefined();
    expect(again).toMatchObject({ leadUnitId: 'u2', deadline: '2026-10-09', status: 'assigned' });
  });

  it('sends back to nobody, and parks and resumes without changing the state', () => {
    const assigned = applyMoves(base, [
      { key: 'a', move: 'assign', at: from, unitId: 'u1', timeLimit: five },
      { key: 's', move: 'start', at: from },
    ]);
    const back = applyMoves({ ...assigned, coLeadUnitIds: ['u2'] }, [
      { key: 'b', move: 'sendBack', at: from },
    ]);
    expect(back).toMatchObject({ status: 'reported' });
    expect([back.leadUnitId, back.coLeadUnitIds, back.deadline, back.timeLimit]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const parked = applyMoves(assigned, [{ key: 'p', move: 'park', at: '2026-10-01T09:00:00+08:00' }]);
    expect(parked).toMatchObject({ status: 'rectifying', parkedAt: '2026-10-01T09:00:00+08:00' });
    const resumed = applyMoves(parked, [{ key: 'u', move: 'resume', at: '2026-10-02T09:00:00+08:00' }]);
    expect(resumed.status).toBe('rectifying');
    expect(resumed.parkedAt).toBeUndefined();
  });

  it('counts 整改率 and overdue without merged duplicates, parked problems, or a limit in hours before its instant', () => {
    const hours = known(resolveTimeLimit(calendar, { workingHours: 4 }, '2026-10-12T08:30:00+08:00'));
    const open = (id: string, more: Partial<Rectification>): Rectification => ({
      ...base,
      id,
      status: 'assigned',
      leadUnitId: 'u1',
      deadline: '2026-10-12',
      ...more,
    });
    const ledger = [
      open('r1', {}),
      open('r2', { parkedAt: '2026-10-10T09:00:00+08:00' }),
      open('r3', { timeLimit: hours, deadline: hours.dueDate! }),
      open('r4', { status: 'closed', closedAt: from, mergedInto: 'r1' }),
      open('r5', { status: 'closed', closedAt: '2026-10-20T09:00:00+08:00' }),
    ];
    const at = (asOf: string) => rectificationRates(ledger, { asOf, by: 'unit' })[0]!;
    expect(hours.dueAt).toBe('2026-10-12T14:30:00+08:00');
    expect(at('2026-10-12T15:00:00+08:00')).toMatchObject({ found: 4, closed: 0, overdue: 1 });
    expect(isOverdue(ledger[2]!, '2026-10-12T14:00:00+08:00')).toBe(false);
    // The next day: r1 and r5 (closed only later) are past their day too; r2 is parked.
    expect(at('2026-10-13T09:00:00+08:00')).toMatchObject({ found: 4, overdue: 3 });
    expect(at('2026-10-21T09:00:00+08:00')).toMatchObject({ found: 4, closed: 1, overdue: 2, rate: 0.25 });
  });
});
