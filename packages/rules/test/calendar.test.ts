import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  type CalendarAnswer,
  dayStatus,
  isWorkingDay,
  workingDaysBetween,
  workingHoursBetween,
} from '../src/index.js';
import { calendarOf, OFFICE_HOURS, SAMPLE_PROVINCE } from './calendars.js';

const national = calendarOf([2024, 2025, 2026, 2027]);

function value<T>(answer: CalendarAnswer<T>): T {
  if (!answer.known) throw new Error(answer.unknown.message.en);
  return answer.value;
}

describe('working days over the published years 2024–2026', () => {
  it('works the make-up weekend days (调休) and rests the holidays the notices set', () => {
    // 2026 notice: 1月4日（周日）、2月14日（周六）、2月28日（周六）、5月9日（周六）、9月20日（周日）、10月10日（周六）上班.
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
      expect(value(isWorkingDay(national, date)), date).toBe(true);
    // 2024: 2月4日、2月18日（星期日）, 4月7日, 4月28日, 5月11日（星期六）; 2025: 1月26日（周日）, 2月8日（周六）.
    for (const date of ['2024-02-04', '2024-02-18', '2024-04-07', '2024-05-11', '2025-01-26', '2025-02-08'])
      expect(value(isWorkingDay(national, date)), date).toBe(true);
    for (const date of ['2026-02-16', '2026-02-23', '2025-10-08', '2024-06-10', '2026-01-02'])
      expect(value(isWorkingDay(national, date)), date).toBe(false);
    // Ordinary weeks: a Tuesday works, a Sunday rests.
    expect(value(isWorkingDay(national, '2026-03-03'))).toBe(true);
    expect(value(isWorkingDay(national, '2026-03-08'))).toBe(false);
    expect(value(dayStatus(national, '2026-02-14'))).toEqual({
      date: '2026-02-14',
      working: true,
      weekend: true,
      name: '春节',
      layerId: 'national',
    });
  });

  it('adds working days counting from the next day, through a holiday and onto a make-up Saturday', () => {
    // 限期3个工作日 from 30 September 2026: 1–7 October off, 8th, 9th, then Saturday the 10th is worked.
    expect(value(addWorkingDays(national, '2026-09-30', 3))).toBe('2026-10-10');
    expect(value(addWorkingDays(national, '2026-02-13', 1))).toBe('2026-02-14');
    expect(value(addWorkingDays(national, '2026-02-14', 1))).toBe('2026-02-24');
    // 0 days: the day itself when worked, else the next working day.
    expect(value(addWorkingDays(national, '2026-03-03', 0))).toBe('2026-03-03');
    expect(value(addWorkingDays(national, '2026-10-03', 0))).toBe('2026-10-08');
    // Counting back.
    expect(value(addWorkingDays(national, '2026-10-08', -1))).toBe('2026-09-30');
    // Across a year end into the next published year: 2024-12-31 (Tue) + 2 → 2025-01-02 (1 January off).
    expect(value(addWorkingDays(national, '2024-12-31', 2))).toBe('2025-01-03');
  });

  it('counts working days between two dates, the first one not counted', () => {
    expect(value(workingDaysBetween(national, '2026-02-13', '2026-02-24'))).toBe(2);
    expect(value(workingDaysBetween(national, '2026-02-24', '2026-02-13'))).toBe(-2);
    expect(value(workingDaysBetween(national, '2024-02-10', '2024-02-09'))).toBe(-1);
    expect(value(workingDaysBetween(national, '2026-03-03', '2026-03-03'))).toBe(0);
    // The whole of 2026: 365 days, 104 weekend days, 6 make-up days worked, the holidays on weekdays rested.
    expect(value(workingDaysBetween(national, '2025-12-31', '2026-12-31'))).toBe(248);
  });

  it('agrees with itself: adding n working days and counting them back give n (property)', () => {
    const day = fc
      .integer({ min: 40, max: 3 * 365 - 40 })
      .map((i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -20, max: 20 }), (date, n) => {
        const to = value(addWorkingDays(national, date, n));
        if (n !== 0) expect(value(workingDaysBetween(national, date, to))).toBe(n);
        expect(value(isWorkingDay(national, to))).toBe(true);
      }),
    );
  });
});

describe('a year with no published data is unknown, never an ordinary week', () => {
  it('says why, in both languages: not published yet, or not loaded', () => {
    const unpublished = isWorkingDay(national, '2027-01-04');
    expect(unpublished.known).toBe(false);
    if (unpublished.known) return;
    expect(unpublished.unknown).toMatchObject({ reason: 'notPublished', year: 2027, date: '2027-01-04' });
    expect(unpublished.unknown.message['zh-CN']).toContain('2027 年的国家节假日安排尚未发布');
    expect(unpublished.unknown.message.en).toContain('not published yet');
    const missing = isWorkingDay(calendarOf([2024, 2025, 2026]), '2027-03-03');
    expect(missing).toMatchObject({ known: false, unknown: { reason: 'notLoaded', year: 2027 } });
    expect(isWorkingDay(national, '2023-06-01')).toMatchObject({
      known: false,
      unknown: { reason: 'notLoaded', year: 2023 },
    });
  });

  it('makes a deadline that crosses into the unpublished year unknown', () => {
    // 28 December 2026 + 5 working days reaches January 2027, whose notice is not out.
    const answer = addWorkingDays(national, '2026-12-28', 5);
    expect(answer).toMatchObject({ known: false, unknown: { reason: 'notPublished', date: '2027-01-01' } });
    expect(workingDaysBetween(national, '2026-12-01', '2027-01-15').known).toBe(false);
  });

  it('marks December answers provisional until the next notice is out', () => {
    expect(addWorkingDays(national, '2026-12-28', 1)).toEqual({
      known: true,
      value: '2026-12-29',
      provisional: true,
    });
    expect(addWorkingDays(national, '2025-12-28', 1)).toEqual({
      known: true,
      value: '2025-12-29',
      provisional: false,
    });
  });
});

describe('layers: a province adds its festival and its make-up Saturday, an office its own day', () => {
  const province = calendarOf([2024, 2025, 2026, 2027], { layers: [SAMPLE_PROVINCE] });

  it('rests the provincial holiday and works its make-up Saturday (fictional province)', () => {
    expect(value(addWorkingDays(national, '2026-04-15', 3))).toBe('2026-04-20');
    expect(value(addWorkingDays(province, '2026-04-15', 3))).toBe('2026-04-22');
    expect(value(workingDaysBetween(national, '2026-04-24', '2026-04-27'))).toBe(1);
    expect(value(workingDaysBetween(province, '2026-04-24', '2026-04-27'))).toBe(2);
    expect(value(dayStatus(province, '2026-04-16'))).toMatchObject({
      working: false,
      layerId: 'sample-province',
    });
  });

  it('is unknown in a year the province has not published, unless it only lists days', () => {
    const unpublishedProvince = calendarOf([2024, 2025, 2026], {
      layers: [{ ...SAMPLE_PROVINCE, years: SAMPLE_PROVINCE.years?.filter((y) => y.year !== 2025) ?? [] }],
    });
    const answer = isWorkingDay(unpublishedProvince, '2025-05-06');
    expect(answer).toMatchObject({
      known: false,
      unknown: { reason: 'notLoaded', layerId: 'sample-province' },
    });
    if (!answer.known) expect(answer.unknown.message['zh-CN']).toContain('示例省（虚构）');
    const listed = calendarOf([2024, 2025, 2026], {
      layers: [{ ...SAMPLE_PROVINCE, coverage: 'listedDays', years: [] }],
    });
    expect(value(isWorkingDay(listed, '2025-05-06'))).toBe(true);
  });

  it("applies an office's own day off over the national and provincial layers", () => {
    const office = calendarOf([2026], {
      layers: [
        SAMPLE_PROVINCE,
        {
          id: 'office',
          level: 'local',
          name: '示例街道办事处（虚构）',
          years: [
            {
              year: 2026,
              published: true,
              days: [{ date: '2026-06-01', name: '办公楼检修（虚构）', working: false }],
            },
          ],
        },
      ],
    });
    expect(value(isWorkingDay(office, '2026-06-01'))).toBe(false);
    // The office layer lists days only: no 2025 data is needed from it.
    expect(value(addWorkingDays(office, '2026-05-29', 1))).toBe('2026-06-02');
  });
});

describe('working hours', () => {
  const withHours = calendarOf([2025, 2026, 2027], { officeHours: OFFICE_HOURS });

  it('counts office hours on working days only, a make-up Saturday included', () => {
    // Friday 13 February 2026, 16:00: 1.5 hours that day, then Saturday the 14th (worked) from 08:30.
    expect(value(addWorkingHours(withHours, '2026-02-13T16:00:00+08:00', 4))).toBe(
      '2026-02-14T11:00:00+08:00',
    );
    expect(
      value(workingHoursBetween(withHours, '2026-02-13T16:00:00+08:00', '2026-02-14T11:00:00+08:00')),
    ).toBe(4);
    // Started over lunch: counting begins at 14:00.
    expect(value(addWorkingHours(withHours, '2026-03-03T12:30:00+08:00', 2))).toBe(
      '2026-03-03T16:00:00+08:00',
    );
    // Ending exactly at the close of a period stays on that day.
    expect(value(addWorkingHours(withHours, '2026-03-03T08:30:00+08:00', 7))).toBe(
      '2026-03-03T17:30:00+08:00',
    );
    // From UTC: 01:00Z is 09:00 in Beijing.
    expect(value(addWorkingHours(withHours, '2026-03-03T01:00:00Z', 1))).toBe('2026-03-03T10:00:00+08:00');
    expect(
      value(workingHoursBetween(withHours, '2026-03-04T10:00:00+08:00', '2026-03-03T10:00:00+08:00')),
    ).toBe(-7);
  });

  it('is unknown without office hours, and across an unpublished year', () => {
    expect(addWorkingHours(national, '2026-03-03T09:00:00+08:00', 1)).toMatchObject({
      known: false,
      unknown: { reason: 'noOfficeHours' },
    });
    expect(addWorkingHours(withHours, '2026-12-31T16:00:00+08:00', 8)).toMatchObject({
      known: false,
      unknown: { reason: 'notPublished', year: 2027 },
    });
  });

  it('refuses an unreadable instant or amount with a bilingual error', () => {
    expect(() => addWorkingHours(withHours, 'yesterday', 1)).toThrow(/无法识别的时间/);
    expect(() => addWorkingDays(national, '2026-03-03', 1.5)).toThrow(/工作日数应为整数/);
  });
});
