import { type DeadlineRule, deadlineUnit, type TimeLimit, type WorkingCalendar } from '@chuangwen/model';
import { type CalendarAnswer, type CalendarUnknown, calendarFingerprint } from './calendar.js';
import { plainCountdown, type TimeLimitCountdown } from './deadline-in-force.js';
import { say } from './messages.js';
import { addDays, shanghaiDate, shanghaiInstant, toMs } from './time.js';
import { addWorkingDays, addWorkingHours, workingDaysBetween, workingHoursBetween } from './working-time.js';

/** A time limit worked out: the time limit with its deadline, or the time limit alone and why the calendar cannot say. */
export type TimeLimitResolution =
  | { known: true; timeLimit: TimeLimit }
  | { known: false; timeLimit: TimeLimit; unknown: CalendarUnknown };

/** Whether a rule reads the calendar at all: plain calendar days and hours do not. */
const readsCalendar = (rule: DeadlineRule) =>
  'workingDays' in rule ||
  'workingHours' in rule ||
  ('calendarDays' in rule && rule.endOnWorkingDay === true);

/** The deadline of a rule from an instant, in the calendar's terms. */
function dueOf(
  calendar: WorkingCalendar,
  rule: DeadlineRule,
  from: string,
): CalendarAnswer<{ date: string; at?: string }> {
  const start = shanghaiDate(toMs(from));
  const asDate = (a: CalendarAnswer<string>): CalendarAnswer<{ date: string }> =>
    a.known ? { known: true, value: { date: a.value }, provisional: a.provisional } : a;
  if ('workingDays' in rule) return asDate(addWorkingDays(calendar, start, rule.workingDays));
  if ('calendarDays' in rule) {
    const date = addDays(start, rule.calendarDays);
    return rule.endOnWorkingDay
      ? asDate(addWorkingDays(calendar, date, 0))
      : { known: true, value: { date }, provisional: false };
  }
  if ('workingHours' in rule) {
    const at = addWorkingHours(calendar, from, rule.workingHours);
    return at.known
      ? {
          known: true,
          value: { date: shanghaiDate(toMs(at.value)), at: at.value },
          provisional: at.provisional,
        }
      : at;
  }
  const at = shanghaiInstant(toMs(from) + rule.calendarHours * 3_600_000);
  return { known: true, value: { date: shanghaiDate(toMs(at)), at }, provisional: false };
}

/** What a limit in working days or hours gives when there is no calendar to count them on. */
const NO_CALENDAR: CalendarUnknown = {
  reason: 'noCalendar',
  message: say('noCalendar'),
};

/**
 * Applies a time limit from the instant the clock starts (交办, 派单, 派遣): the last day (and the instant, for limits in
 * hours), with the fingerprint of the calendar data read ({@link calendarFingerprint}) and whether December days of a
 * year whose next notice is not out were read (`provisional`). Unknown, with the rule and start kept, when a day it
 * needs is in a year not loaded or not published yet, or when the rule needs a calendar and none is given (a limit in
 * plain calendar days or hours needs none). Pure: the same calendar data gives the same answer.
 */
export function resolveTimeLimit(
  calendar: WorkingCalendar | undefined,
  rule: DeadlineRule,
  from: string,
): TimeLimitResolution {
  const base: TimeLimit = { rule, from };
  if (!calendar && readsCalendar(rule)) return { known: false, timeLimit: base, unknown: NO_CALENDAR };
  // A rule that reads no calendar resolves against any; the empty one is never read.
  const due = dueOf(calendar ?? { layers: [] }, rule, from);
  if (!due.known) return { known: false, timeLimit: base, unknown: due.unknown };
  const timeLimit: TimeLimit = { ...base, dueDate: due.value.date };
  if (due.value.at !== undefined) timeLimit.dueAt = due.value.at;
  if (calendar && readsCalendar(rule))
    timeLimit.calendarFingerprint = calendarFingerprint(calendar, shanghaiDate(toMs(from)), due.value.date, {
      officeHours: 'workingHours' in rule,
    });
  if (due.provisional) timeLimit.provisional = true;
  return { known: true, timeLimit };
}

/** What the current calendar makes of a stored time limit. */
export type TimeLimitComparison =
  /** The same deadline; `sameData` when the fingerprint matches, so nothing it read has changed. */
  | { status: 'unchanged'; sameData: boolean }
  /** The current calendar gives another deadline (a notice changed a day it read); the stored one stays on record. */
  | { status: 'changed'; current: TimeLimit }
  /** The stored time limit had no deadline yet, and the current calendar gives one. */
  | { status: 'nowKnown'; current: TimeLimit }
  /** The current calendar cannot say. */
  | { status: 'unknown'; unknown: CalendarUnknown };

/**
 * Whether a stored time limit is still what the current calendar gives. Replays keep reading the stored deadline; this
 * tells an office which deadlines a changed notice has moved (or which an unpublished year now settles), so it can
 * decide what to do with them. When the data it was read from is unchanged (same fingerprint), nothing is recounted.
 */
export function compareTimeLimit(stored: TimeLimit, calendar: WorkingCalendar): TimeLimitComparison {
  if (stored.dueDate !== undefined && !readsCalendar(stored.rule))
    return { status: 'unchanged', sameData: true };
  if (stored.dueDate !== undefined && stored.calendarFingerprint !== undefined) {
    const now = calendarFingerprint(calendar, shanghaiDate(toMs(stored.from)), stored.dueDate, {
      officeHours: 'workingHours' in stored.rule,
    });
    if (now === stored.calendarFingerprint) return { status: 'unchanged', sameData: true };
  }
  const current = resolveTimeLimit(calendar, stored.rule, stored.from);
  if (!current.known) return { status: 'unknown', unknown: current.unknown };
  if (stored.dueDate === undefined) return { status: 'nowKnown', current: current.timeLimit };
  const same = current.timeLimit.dueDate === stored.dueDate && current.timeLimit.dueAt === stored.dueAt;
  return same ? { status: 'unchanged', sameData: false } : { status: 'changed', current: current.timeLimit };
}

/**
 * Days (or hours) left and overdue at `asOf`, counted in the time limit's own unit: working days for a limit in working
 * days (a Saturday after a Friday deadline is overdue by 0 working days), calendar days, working hours or hours. Without
 * a calendar, a limit in working days or hours still says whether it is overdue, and that the count is unknown. Pure:
 * the moment is passed in.
 */
export function timeLimitCountdown(
  limit: TimeLimit,
  asOf: string,
  calendar: WorkingCalendar | undefined,
): TimeLimitCountdown {
  const unit = deadlineUnit(limit.rule);
  const out: TimeLimitCountdown = { unit, overdue: undefined, left: null, overdueBy: null };
  if (limit.dueDate === undefined) {
    // Worked out afresh, without the fingerprint a countdown has no use for.
    if (!calendar && readsCalendar(limit.rule)) return { ...out, unknown: NO_CALENDAR };
    const due = dueOf(calendar ?? { layers: [] }, limit.rule, limit.from);
    if (!due.known) return { ...out, unknown: due.unknown };
    const dueAt = due.value.at === undefined ? {} : { dueAt: due.value.at };
    return timeLimitCountdown({ ...limit, dueDate: due.value.date, ...dueAt }, asOf, calendar);
  }
  const plain = plainCountdown(limit, asOf);
  if (plain) return plain;
  out.dueDate = limit.dueDate;
  if (limit.dueAt !== undefined) out.dueAt = limit.dueAt;
  const now = toMs(asOf);
  const today = shanghaiDate(now);
  out.overdue =
    unit === 'workingHours' && limit.dueAt !== undefined ? now > toMs(limit.dueAt) : today > limit.dueDate;
  if (!calendar) return { ...out, unknown: NO_CALENDAR };
  let count: CalendarAnswer<number>;
  if (unit === 'workingDays')
    count = out.overdue
      ? workingDaysBetween(calendar, limit.dueDate, today)
      : workingDaysBetween(calendar, today, limit.dueDate);
  else {
    count = workingHoursBetween(calendar, asOf, limit.dueAt ?? `${limit.dueDate}T23:59:59+08:00`);
    if (count.known) count = { ...count, value: Math.abs(count.value) };
  }
  if (!count.known) return { ...out, unknown: count.unknown };
  if (out.overdue) out.overdueBy = count.value;
  else out.left = count.value;
  return out;
}
