import { TimeLimitSchema, type WorkingCalendar } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  calendarFingerprint,
  compareTimeLimit,
  resolveTimeLimit,
  type TimeLimitResolution,
  timeLimitCountdown,
} from '../src/index.js';
import { calendarOf, OFFICE_HOURS } from './calendars.js';

function known(resolution: TimeLimitResolution) {
  if (!resolution.known) throw new Error(resolution.unknown.message.en);
  expect(TimeLimitSchema.safeParse(resolution.timeLimit).success).toBe(true);
  return resolution.timeLimit;
}

/**
 * A FICTIONAL national 2027 (the real notice is not out): only for showing that loading another year leaves a stored
 * 2026 deadline and its fingerprint as they were.
 */
function withFictional2027(calendar: WorkingCalendar): WorkingCalendar {
  const [national, ...rest] = calendar.layers;
  const years = national!.years.filter((y) => y.year !== 2027);
  years.push({
    year: 2027,
    published: true,
    sources: ['虚构的 2027 年安排（仅供测试）'],
    days: [{ date: '2027-01-01', name: '元旦', working: false }],
  });
  return { ...calendar, layers: [{ ...national!, years }, ...rest] };
}

describe('a time limit applied from a start', () => {
  const calendar = calendarOf([2024, 2025, 2026, 2027], { officeHours: OFFICE_HOURS });

  it('keeps the rule, the start, the last day and the fingerprint of the data read', () => {
    const limit = known(resolveTimeLimit(calendar, { workingDays: 3 }, '2026-09-30T10:00:00+08:00'));
    expect(limit).toEqual({
      rule: { workingDays: 3 },
      from: '2026-09-30T10:00:00+08:00',
      dueDate: '2026-10-10',
      calendarFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(limit.calendarFingerprint).toBe(calendarFingerprint(calendar, '2026-09-30', '2026-10-10'));
  });

  it('resolves each unit: calendar days, calendar days ending on a working day, working and plain hours', () => {
    expect(known(resolveTimeLimit(calendar, { calendarDays: 10 }, '2026-09-25T09:00:00+08:00'))).toEqual({
      rule: { calendarDays: 10 },
      from: '2026-09-25T09:00:00+08:00',
      dueDate: '2026-10-05',
    });
    // The 10th day falls in the National Day holiday: it moves to the next working day (民法典第二百零三条).
    expect(
      known(
        resolveTimeLimit(calendar, { calendarDays: 10, endOnWorkingDay: true }, '2026-09-25T09:00:00+08:00'),
      ).dueDate,
    ).toBe('2026-10-08');
    const hours = known(resolveTimeLimit(calendar, { workingHours: 4 }, '2026-02-13T16:00:00+08:00'));
    expect(hours).toMatchObject({ dueDate: '2026-02-14', dueAt: '2026-02-14T11:00:00+08:00' });
    expect(hours.calendarFingerprint).not.toBe(calendarFingerprint(calendar, '2026-02-13', '2026-02-14'));
    expect(known(resolveTimeLimit(calendar, { calendarHours: 2 }, '2026-12-31T23:00:00+08:00'))).toEqual({
      rule: { calendarHours: 2 },
      from: '2026-12-31T23:00:00+08:00',
      dueDate: '2027-01-01',
      dueAt: '2027-01-01T01:00:00+08:00',
    });
  });

  it('is unknown, keeping the rule and the start, when it crosses into the unpublished year', () => {
    const resolution = resolveTimeLimit(calendar, { workingDays: 5 }, '2026-12-28T09:00:00+08:00');
    expect(resolution).toMatchObject({
      known: false,
      timeLimit: { rule: { workingDays: 5 }, from: '2026-12-28T09:00:00+08:00' },
      unknown: { reason: 'notPublished', year: 2027 },
    });
    expect(resolution.timeLimit.dueDate).toBeUndefined();
    // A short one that stays in December is known, and provisional until the 2027 notice is out.
    expect(known(resolveTimeLimit(calendar, { workingDays: 1 }, '2026-12-28T09:00:00+08:00'))).toMatchObject({
      dueDate: '2026-12-29',
      provisional: true,
    });
  });
});

describe('stability: a stored deadline replays the same after the calendar changes', () => {
  const before = calendarOf([2024, 2025, 2026, 2027]);

  it('gives the same answer and fingerprint after next year is loaded', () => {
    const stored = known(resolveTimeLimit(before, { workingDays: 3 }, '2026-03-02T09:00:00+08:00'));
    const after = withFictional2027(before);
    expect(known(resolveTimeLimit(after, stored.rule, stored.from))).toEqual(stored);
    expect(compareTimeLimit(stored, after)).toEqual({ status: 'unchanged', sameData: true });
    // A deadline that was unknown for want of 2027 now settles.
    const waiting = resolveTimeLimit(before, { workingDays: 5 }, '2026-12-28T09:00:00+08:00').timeLimit;
    expect(compareTimeLimit(waiting, after)).toMatchObject({
      status: 'nowKnown',
      current: { dueDate: '2027-01-05' },
    });
    expect(compareTimeLimit(waiting, before)).toMatchObject({ status: 'unknown', unknown: { year: 2027 } });
  });

  it('says when a changed notice moves a stored deadline: 2020, the Spring Festival extended after publication', () => {
    const asPublished = calendarOf([2019], { revisions: ['2020-as-of-2019-11-21'] });
    const amended = calendarOf([2019, 2020]);
    // 3 working days from 23 January 2020: as first published, 31 January, the make-up Saturday 1 February, 3 February.
    const stored = known(resolveTimeLimit(asPublished, { workingDays: 3 }, '2020-01-23T10:00:00+08:00'));
    expect(stored.dueDate).toBe('2020-02-03');
    // The extension (off to 2 February, the make-up Saturday cancelled) moves it; the stored one stays as it was.
    const comparison = compareTimeLimit(stored, amended);
    expect(comparison).toMatchObject({ status: 'changed', current: { dueDate: '2020-02-05' } });
    expect(stored.dueDate).toBe('2020-02-03');
    // Deadlines elsewhere in 2020 read the changed year too: same day, but the data differs.
    const summer = known(resolveTimeLimit(asPublished, { workingDays: 3 }, '2020-07-01T10:00:00+08:00'));
    expect(compareTimeLimit(summer, amended)).toEqual({ status: 'unchanged', sameData: false });
  });

  it('handles the December edge: the next notice makes a December Saturday a working day', () => {
    // With only 2018 loaded, Friday 28 December 2018 + 1 working day is Monday the 31st, provisional.
    const only2018 = calendarOf([2018]);
    const stored = known(resolveTimeLimit(only2018, { workingDays: 1 }, '2018-12-28T10:00:00+08:00'));
    expect(stored).toMatchObject({ dueDate: '2018-12-31', provisional: true });
    // The 2019 notice (2018-12-06) makes Saturday the 29th a working day and the 30th and 31st days off.
    const with2019 = calendarOf([2018, 2019]);
    expect(compareTimeLimit(stored, with2019)).toMatchObject({
      status: 'changed',
      current: { dueDate: '2018-12-29' },
    });
    expect(
      known(resolveTimeLimit(with2019, { workingDays: 1 }, '2018-12-28T10:00:00+08:00')).provisional,
    ).toBeUndefined();
  });

  it('says when a later revision of the same year changes it: 2019, May Day moved in March', () => {
    const march = calendarOf([2018], { revisions: ['2019-as-of-2019-03-09'] });
    const now = calendarOf([2018, 2019]);
    const stored = known(resolveTimeLimit(march, { workingDays: 2 }, '2019-04-30T09:00:00+08:00'));
    expect(stored.dueDate).toBe('2019-05-03');
    expect(compareTimeLimit(stored, now)).toMatchObject({
      status: 'changed',
      current: { dueDate: '2019-05-06' },
    });
  });

  it('never recounts a limit that reads no calendar', () => {
    const plain = known(resolveTimeLimit(before, { calendarDays: 15 }, '2026-12-28T09:00:00+08:00'));
    expect(plain).toEqual({
      rule: { calendarDays: 15 },
      from: '2026-12-28T09:00:00+08:00',
      dueDate: '2027-01-12',
    });
    expect(compareTimeLimit(plain, calendarOf([2026]))).toEqual({ status: 'unchanged', sameData: true });
  });
});

describe('countdown in the time limit’s own unit', () => {
  const calendar = calendarOf([2025, 2026, 2027], { officeHours: OFFICE_HOURS });
  const limit = known(resolveTimeLimit(calendar, { workingDays: 3 }, '2026-09-30T10:00:00+08:00'));

  it('counts working days left and overdue, a holiday and a make-up Saturday included', () => {
    expect(timeLimitCountdown(limit, '2026-10-05T12:00:00+08:00', calendar)).toMatchObject({
      unit: 'workingDays',
      overdue: false,
      left: 3,
      overdueBy: null,
    });
    expect(timeLimitCountdown(limit, '2026-10-10T17:00:00+08:00', calendar)).toMatchObject({
      overdue: false,
      left: 0,
    });
    // Sunday the 11th: past the last day, but no working day has gone by.
    expect(timeLimitCountdown(limit, '2026-10-11T09:00:00+08:00', calendar)).toMatchObject({
      overdue: true,
      overdueBy: 0,
    });
    expect(timeLimitCountdown(limit, '2026-10-13T09:00:00+08:00', calendar)).toMatchObject({
      overdue: true,
      overdueBy: 2,
    });
  });

  it('counts calendar days, working hours and hours', () => {
    const days = known(resolveTimeLimit(calendar, { calendarDays: 10 }, '2026-09-25T09:00:00+08:00'));
    expect(timeLimitCountdown(days, '2026-10-08T09:00:00+08:00', calendar)).toMatchObject({
      unit: 'calendarDays',
      overdue: true,
      overdueBy: 3,
    });
    const hours = known(resolveTimeLimit(calendar, { workingHours: 4 }, '2026-02-13T16:00:00+08:00'));
    expect(timeLimitCountdown(hours, '2026-02-14T09:00:00+08:00', calendar)).toMatchObject({
      unit: 'workingHours',
      overdue: false,
      left: 2,
    });
    expect(timeLimitCountdown(hours, '2026-02-24T09:30:00+08:00', calendar)).toMatchObject({
      overdue: true,
      overdueBy: 5.5,
    });
    const plain = known(resolveTimeLimit(calendar, { calendarHours: 2 }, '2026-03-03T09:00:00+08:00'));
    expect(timeLimitCountdown(plain, '2026-03-03T10:30:00+08:00', calendar)).toMatchObject({ left: 0.5 });
  });

  it('says the count is unknown when today is in a year without data, but still knows it is overdue', () => {
    const december = known(resolveTimeLimit(calendar, { workingDays: 1 }, '2026-12-30T09:00:00+08:00'));
    const countdown = timeLimitCountdown(december, '2027-01-06T09:00:00+08:00', calendar);
    expect(countdown).toMatchObject({ overdue: true, overdueBy: null, unknown: { reason: 'notPublished' } });
    const unresolved = resolveTimeLimit(calendar, { workingDays: 5 }, '2026-12-30T09:00:00+08:00').timeLimit;
    expect(timeLimitCountdown(unresolved, '2026-12-31T09:00:00+08:00', calendar)).toMatchObject({
      overdue: undefined,
      unknown: { reason: 'notPublished' },
    });
  });
});
