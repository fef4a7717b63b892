import type { BilingualText, DeadlineRule, TimeLimit, WorkingCalendar } from '@chuangwen/model';
import { say } from './messages.js';
import { daysBetween, shanghaiDate, toMs } from './time.js';
import { resolveTimeLimit, type TimeLimitResolution } from './time-limits.js';

/** An extension (延期) as an approval or a platform writes it: more time (`by`), or a new last day (`until`). */
export type TimeLimitExtension = { by: DeadlineRule } | { until: string };

/** The instant a time limit runs out: a limit in hours at its instant, a day limit at the end of its last day. */
function endOf(limit: TimeLimit): string | undefined {
  return limit.dueAt ?? (limit.dueDate !== undefined ? `${limit.dueDate}T23:59:59+08:00` : undefined);
}

/**
 * The time limit after an extension (延期), approved at `at`. A new last day (`until`) is kept as written, as so many
 * calendar days from the original start. More time in the limit's own unit (3 working days more on a limit of 5
 * working days) gives the longer limit from the original start, so it is counted exactly as one limit would be; more
 * time in another unit runs from the end of the current deadline (or from `at` when there is none). Unknown, with the
 * rule and start kept, when the calendar cannot say (a year not yet published, no calendar). Pure.
 */
export function extendTimeLimit(
  calendar: WorkingCalendar | undefined,
  current: TimeLimit | undefined,
  extension: TimeLimitExtension,
  at: string,
): TimeLimitResolution {
  if ('until' in extension) {
    const from = current?.from ?? at;
    const days = Math.max(0, daysBetween(shanghaiDate(toMs(from)), extension.until));
    return { known: true, timeLimit: { rule: { calendarDays: days }, from, dueDate: extension.until } };
  }
  const { by } = extension;
  if (current && 'workingDays' in current.rule && 'workingDays' in by)
    return resolveTimeLimit(
      calendar,
      { workingDays: current.rule.workingDays + by.workingDays },
      current.from,
    );
  if (current && 'calendarDays' in current.rule && 'calendarDays' in by)
    return resolveTimeLimit(
      calendar,
      { ...current.rule, calendarDays: current.rule.calendarDays + by.calendarDays },
      current.from,
    );
  return resolveTimeLimit(calendar, by, (current && endOf(current)) ?? at);
}

/**
 * Why an extension cannot apply to a time limit, or undefined when it can: it must give more time than the deadline in
 * force (a new last day after the current one), and there must be a deadline to extend.
 */
export function extensionProblem(
  current: TimeLimit | undefined,
  extension: TimeLimitExtension,
  extended: TimeLimit,
): BilingualText | undefined {
  const before = current && endOf(current);
  if (before === undefined) return say('noDeadlineToExtend');
  const after = endOf(extended);
  if (after !== undefined && toMs(after) <= toMs(before))
    return 'until' in extension
      ? say('extensionNotLater', { until: extension.until, dueDate: current?.dueDate })
      : say('extensionGivesNoTime');
  return undefined;
}
