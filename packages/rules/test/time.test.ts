import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, shanghaiDate, toMs } from '../src/index.js';
import { monthsBetween, shanghaiMonth } from '../src/internal.js';

const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) });
const offsets = fc.integer({ min: -14 * 60, max: 14 * 60 });

describe('time', () => {
  it('reads ISO instants exactly as Date.parse does', () => {
    fc.assert(
      fc.property(instants, offsets, fc.constantFrom(0, 1, 2, 3, 6), (ms, offsetMin, fractionDigits) => {
        const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
        const fraction =
          fractionDigits === 0
            ? ''
            : `.${String(ms % 1000)
                .padStart(3, '0')
                .padEnd(fractionDigits, '7')
                .slice(0, fractionDigits)}`;
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const text = `${local}${fraction}${offsetMin === 0 && fractionDigits % 2 === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`}`;
        expect(toMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads dates as midnight in Asia/Shanghai', () => {
    expect(toMs('2026-04-01')).toBe(Date.parse('2026-04-01T00:00:00+08:00'));
    expect(toMs('2028-02-29')).toBe(Date.parse('2028-02-29T00:00:00+08:00'));
  });

  it.each([
    'yesterday',
    '',
    '2027-13-45',
    '2026-02-30',
    '2027-02-29',
    '2026-04-01T09:00Z',
    '2026-04-01T24:00:00Z',
    '2026-04-01T09:60:00Z',
    '2026-04-01T09:00:00',
    '2026-04-01T09:00:00+0800',
    '2026-04-01T09:00:00.Z',
    '2026-0x-01T00:00:00Z',
    '2026-04-01 09:00:00+08:00',
  ])('refuses the unreadable instant %j with a RangeError that names it', (value) => {
    expect(() => toMs(value)).toThrow(RangeError);
    expect(() => toMs(value)).toThrow(JSON.stringify(value));
    expect(() => toMs(value)).toThrow(/无法识别的时间/);
  });

  it('refuses what is not a string at all', () => {
    expect(() => toMs(undefined as unknown as string)).toThrow(RangeError);
    expect(() => toMs(20260401 as unknown as string)).toThrow(/20260401/);
  });

  it('writes Asia/Shanghai dates exactly as the Date object would', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(shanghaiDate(ms)).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    expect(shanghaiDate(Date.parse('2026-04-30T16:00:00Z'))).toBe('2026-05-01');
    expect(shanghaiMonth(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01');
  });

  it('counts days and months across year ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
