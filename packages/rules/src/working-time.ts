import type { WorkingCalendar } from '@chuangwen/model';
import { inOneLine } from '@chuangwen/model/internal';
import { type CalendarAnswer, type CalendarUnknown, dayAnswer } from './calendar.js';
import { say } from './messages.js';
import { DAY_MS, dateOfDay, dayNumber, shanghaiDate, shanghaiInstant, toMs } from './time.js';

// Counting working days and working hours over a calendar. Every walk stops at the first day the calendar cannot judge
// and says so, so a deadline that crosses into a year without data is unknown, never counted as ordinary weeks.

/** How far a walk goes before it gives up: ten years of days. */
const MAX_DAYS = 3_660;
const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

const tooFar = (date: string): CalendarUnknown => ({
  reason: 'tooFar',
  date,
  message: say('limitTooFar', { date }),
});

/**
 * Steps from a day number, one day at a time in `direction`, calling `visit` on each day the calendar knows; stops
 * when `visit` returns true, or with the unknown day.
 */
function walk(
  calendar: WorkingCalendar,
  start: number,
  direction: 1 | -1,
  visit: (day: number, working: boolean) => boolean,
): CalendarAnswer<number> {
  let provisional = false;
  for (let i = 0, day = start; i <= MAX_DAYS; i++, day += direction) {
    const answer = dayAnswer(calendar, day);
    if (!answer.known) return answer;
    provisional ||= answer.provisional;
    if (visit(day, answer.value.working)) return { known: true, value: day, provisional };
  }
  return { known: false, unknown: tooFar(dateOfDay(start)) };
}

/**
 * The date `n` working days after `date`, the date itself not counted (限期 N 个工作日, counted from the next day); with
 * `n` = 0, the date itself when it is a working day, else the next working day. A negative `n` counts back. Unknown
 * when a day on the way is in a year whose data is missing or not yet published.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): CalendarAnswer<string> {
  if (!Number.isInteger(n)) throw new RangeError(inOneLine(say('notWholeDays', { days: n })));
  const start = dayNumber(date);
  let left = Math.abs(n);
  const found =
    n === 0
      ? walk(calendar, start, 1, (_, working) => working)
      : walk(calendar, start + Math.sign(n), n > 0 ? 1 : -1, (_, working) => working && --left === 0);
  return found.known ? { known: true, value: dateOfDay(found.value), provisional: found.provisional } : found;
}

/**
 * How many working days lie from `from` to `to`: those after `from` up to and including `to`, so that
 * `addWorkingDays(from, n)` gives `to` exactly when this is `n`. When `to` is earlier, minus those from `to` up to but
 * not including `from` (the days `addWorkingDays` steps back over). Unknown when a day between is in a year without
 * published data.
 */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: string,
  to: string,
): CalendarAnswer<number> {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === b) return { known: true, value: 0, provisional: false };
  const [first, last, sign] = a < b ? [a + 1, b, 1] : [b, a - 1, -1];
  if (last - first > MAX_DAYS) return { known: false, unknown: tooFar(dateOfDay(first)) };
  let count = 0;
  const done = walk(calendar, first, 1, (day, working) => {
    if (working) count += 1;
    return day === last;
  });
  return done.known ? { known: true, value: sign * count, provisional: done.provisional } : done;
}

/** The office periods of a day as [start, end) in milliseconds since the epoch, or unknown without office hours. */
function periodsOf(calendar: WorkingCalendar, day: number): [number, number][] {
  const midnight = day * DAY_MS - SHANGHAI_OFFSET_MS;
  return (calendar.officeHours?.periods ?? []).map((p) => {
    const at = (clock: string) =>
      midnight + (Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))) * 60_000;
    return [at(p.start), at(p.end)];
  });
}

const noOfficeHours: CalendarUnknown = {
  reason: 'noOfficeHours',
  message: say('noOfficeHours'),
};

/**
 * The instant `hours` working hours after `from` (an instant), counting only office hours on working days. Unknown
 * without office hours, or when a day on the way is in a year without published data.
 */
export function addWorkingHours(
  calendar: WorkingCalendar,
  from: string,
  hours: number,
): CalendarAnswer<string> {
  if (!(hours >= 0 && Number.isFinite(hours))) throw new RangeError(inOneLine(say('notHours', { hours })));
  if (!calendar.officeHours) return { known: false, unknown: noOfficeHours };
  const start = toMs(from);
  let left = Math.round(hours * 3600) * 1000;
  let due = start;
  const found = walk(calendar, dayNumber(shanghaiDate(start)), 1, (day, working) => {
    if (!working) return false;
    for (const [open, close] of periodsOf(calendar, day)) {
      const begin = Math.max(open, start);
      if (begin >= close) continue;
      if (left <= close - begin) {
        due = begin + left;
        return true;
      }
      left -= close - begin;
    }
    return false;
  });
  return found.known ? { known: true, value: shanghaiInstant(due), provisional: found.provisional } : found;
}

/**
 * The working hours between two instants (office hours on working days), negative when `to` is earlier; unknown
 * without office hours or when a day between is in a year without published data.
 */
export function workingHoursBetween(
  calendar: WorkingCalendar,
  from: string,
  to: string,
): CalendarAnswer<number> {
  if (!calendar.officeHours) return { known: false, unknown: noOfficeHours };
  const a = toMs(from);
  const b = toMs(to);
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  const last = dayNumber(shanghaiDate(high));
  let total = 0;
  const done = walk(calendar, dayNumber(shanghaiDate(low)), 1, (day, working) => {
    if (working)
      for (const [open, close] of periodsOf(calendar, day))
        total += Math.max(0, Math.min(close, high) - Math.max(open, low));
    return day >= last;
  });
  if (!done.known) return done;
  return {
    known: true,
    value: (sign * Math.round((total / HOUR_MS) * 100)) / 100,
    provisional: done.provisional,
  };
}
