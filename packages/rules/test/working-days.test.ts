import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HolidayCalendarSchema, workingDaysBetween } from '../src/index.js';

// A sample calendar in the holiday-cn format (not the real notice of any year): a week off from Thursday 1 October
// 2026, with Sunday 27 September and Saturday 10 October worked instead.
const SAMPLE = HolidayCalendarSchema.parse({
  $schema: 'https://example.invalid/holiday.schema.json',
  year: 2026,
  papers: ['(sample)'],
  days: [
    { name: '示例假期', date: '2026-09-27', isOffDay: false },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      name: '示例假期',
      date: `2026-10-${d}`,
      isOffDay: true,
    })),
    { name: '示例假期', date: '2026-10-10', isOffDay: false },
  ],
});

describe('workingDaysBetween', () => {
  it('counts weekdays where no calendar speaks', () => {
    // Monday 2 November to Monday 9 November 2026: Tue–Fri and Monday.
    expect(workingDaysBetween('2026-11-02', '2026-11-09', [])).toBe(5);
    expect(workingDaysBetween('2026-11-02', '2026-11-02', [])).toBe(0);
  });

  it('skips the days off and counts the weekend days worked instead', () => {
    // Friday 25 September to Friday 9 October: Sun 27 worked, Mon 28–Wed 30, 1–7 off, Thu 8, Fri 9.
    expect(workingDaysBetween('2026-09-25', '2026-10-09', SAMPLE)).toBe(1 + 3 + 2);
    expect(workingDaysBetween('2026-09-25', '2026-10-09', [])).toBe(10);
    expect(workingDaysBetween('2026-10-09', '2026-10-12', SAMPLE)).toBe(2);
  });

  it('counts backwards for a deadline passed', () => {
    expect(workingDaysBetween('2026-11-09', '2026-11-02', [])).toBe(-5);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (a, b) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        return workingDaysBetween(day(a), day(b), SAMPLE) === -workingDaysBetween(day(b), day(a), SAMPLE);
      }),
    );
  });

  it('refuses unreadable dates and spans beyond reason, and calendars not in the format', () => {
    expect(() => workingDaysBetween('2026-13-01', '2026-11-02', [])).toThrow(RangeError);
    expect(() => workingDaysBetween('2000-01-01', '2099-01-01', [])).toThrow(RangeError);
    expect(
      HolidayCalendarSchema.safeParse({ year: 2026, days: [{ date: '10/01', isOffDay: true }] }).success,
    ).toBe(false);
  });
});
