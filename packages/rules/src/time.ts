import { inOneLine } from '@chuangwen/model/internal';
import { say } from './messages.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (after H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The digits of `s` from `from` to `to` as a number, or NaN if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether y-m-d is a real calendar date. */
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

/** The error every function that takes an instant gives for one it cannot read, naming the value. */
function unreadableInstant(value: unknown): RangeError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 64)) : String(value);
  return new RangeError(inOneLine(say('unreadableInstant', { shown })));
}

/**
 * Milliseconds since the epoch of an ISO instant (`2026-04-01T09:00:00+08:00`, `…Z`) or date (`2026-04-01`, read as
 * midnight in Asia/Shanghai). Read digit by digit, several times faster than `Date.parse`, which rules run millions
 * of times. Anything else, or a date that does not exist (`2027-13-45`), throws a `RangeError` naming the value,
 * so an unreadable moment never classifies silently.
 */
export function toMs(value: string): number {
  if (typeof value !== 'string') throw unreadableInstant(value);
  const n = value.length;
  if (n < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) throw unreadableInstant(value);
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (!isCalendarDate(y, m, d)) throw unreadableInstant(value);
  const days = daysFromCivil(y, m, d);
  if (n === 10) return days * DAY_MS - SHANGHAI_OFFSET_MS;
  if (n < 20 || value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58)
    throw unreadableInstant(value);
  const hh = digits(value, 11, 13);
  const mm = digits(value, 14, 16);
  const ss = digits(value, 17, 19);
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) throw unreadableInstant(value);
  let i = 19;
  let fraction = 0;
  if (value.charCodeAt(i) === 46) {
    let scale = 100;
    i += 1;
    const start = i;
    while (i < n) {
      const c = value.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      fraction += c * scale;
      scale /= 10;
      i += 1;
    }
    if (i === start) throw unreadableInstant(value);
    fraction = Math.floor(fraction);
  }
  let offset = Number.NaN;
  const sign = value.charCodeAt(i);
  if (sign === 90 && i === n - 1) offset = 0;
  else if ((sign === 43 || sign === 45) && i === n - 6 && value.charCodeAt(i + 3) === 58) {
    const oh = digits(value, i + 1, i + 3);
    const om = digits(value, i + 4, i + 6);
    if (oh <= 23 && om <= 59) offset = (oh * 60 + om) * 60_000 * (sign === 45 ? -1 : 1);
  }
  if (Number.isNaN(offset)) throw unreadableInstant(value);
  return days * DAY_MS + (hh * 3600 + mm * 60 + ss) * 1000 + fraction - offset;
}

/** The calendar date (`YYYY-MM-DD`) in Asia/Shanghai of an instant in milliseconds. */
export function shanghaiDate(ms: number): string {
  // Civil from days (H. Hinnant), without building a Date.
  const z = Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The calendar month (`YYYY-MM`) in Asia/Shanghai of an instant in milliseconds. */
export function shanghaiMonth(ms: number): string {
  return shanghaiDate(ms).slice(0, 7);
}

/** Whole days from date `a` to date `b` (both `YYYY-MM-DD`), negative when `b` is earlier. Throws on an unreadable date. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** The date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return shanghaiDate(toMs(date) + days * DAY_MS);
}

/** The months from `from` to `to` inclusive, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  toMs(`${from.slice(0, 7)}-01`);
  toMs(`${to.slice(0, 7)}-01`);
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** A moment of judgement, read once: its instant and its Asia/Shanghai date, with dates a number of days later. */
export interface Moment {
  asOf: string;
  ms: number;
  today: string;
  /** The date `days` after today, remembered, since rules ask for the same few offsets millions of times. */
  daysLater(days: number): string;
}

let lastMoment: Moment | undefined;

/**
 * The moment of `asOf`, read once; an unreadable one throws a `RangeError` naming it. The last one is remembered:
 * a batch of rules judges at the same moment.
 */
export function momentOf(asOf: string): Moment {
  if (lastMoment?.asOf === asOf) return lastMoment;
  const ms = toMs(asOf);
  const today = shanghaiDate(ms);
  const later = new Map<number, string>();
  lastMoment = {
    asOf,
    ms,
    today,
    daysLater(days) {
      let date = later.get(days);
      if (date === undefined) {
        date = shanghaiDate(ms + days * DAY_MS);
        later.set(days, date);
      }
      return date;
    },
  };
  return lastMoment;
}

/** The day number (days since 1970-01-01) of a date `YYYY-MM-DD`; throws on an unreadable date. */
export function dayNumber(date: string): number {
  return Math.round((toMs(date) + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The date `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return shanghaiDate(day * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** The instant of milliseconds since the epoch, written in Beijing time: `2026-03-02T09:30:00+08:00`. */
export function shanghaiInstant(ms: number): string {
  const whole = Math.round(ms / 1000) * 1000;
  const ofDay = (((whole + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(ofDay / 3_600_000);
  const m = Math.floor((ofDay % 3_600_000) / 60_000);
  const s = Math.floor((ofDay % 60_000) / 1000);
  return `${shanghaiDate(whole)}T${pad(h)}:${pad(m)}:${pad(s)}+08:00`;
}
