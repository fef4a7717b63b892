import { type DeadlineUnit, deadlineUnit, type Rectification, type TimeLimit } from '@chuangwen/model';
import type { CalendarUnknown } from './calendar.js';
import { daysBetween, shanghaiDate, toMs } from './time.js';

// What a rectification is held to and whether it is past it: small and calendar-free, so a view that only flags
// overdue problems carries no calendar code.

/**
 * The time limit a rectification is held to: its own, or, for a deadline written as a date (限期至4月10日), that day as
 * a limit of no days from its start, so an extension of it counts from that day.
 */
export function limitInForce(r: Pick<Rectification, 'timeLimit' | 'deadline'>): TimeLimit | undefined {
  if (r.timeLimit) return r.timeLimit;
  return r.deadline === undefined
    ? undefined
    : { rule: { calendarDays: 0 }, from: `${r.deadline}T00:00:00+08:00`, dueDate: r.deadline };
}

/**
 * Whether an open problem is past its deadline at `asOf`: after the deadline day (the day itself is not overdue), or
 * after the instant of a limit in hours. Never when closed, escalated or parked (挂账: its clock is stopped). The one
 * reading of overdue the ledger's counters, rates, views and reports share.
 */
export function isOverdue(
  rectification: Pick<Rectification, 'status' | 'deadline'> &
    Partial<Pick<Rectification, 'parkedAt' | 'timeLimit'>>,
  asOf: string,
): boolean {
  const due = rectification.deadline;
  const { status } = rectification;
  if (status === 'closed' || status === 'escalated' || due === undefined) return false;
  if (rectification.parkedAt !== undefined) return false;
  const dueAt = rectification.timeLimit?.dueDate === due ? rectification.timeLimit.dueAt : undefined;
  return toMs(asOf) > (dueAt !== undefined ? toMs(dueAt) : toMs(`${due}T23:59:59.999+08:00`));
}

/** Where a time limit stands at a moment, counted in its own unit. */
export interface TimeLimitCountdown {
  unit: DeadlineUnit;
  dueDate?: string;
  dueAt?: string;
  /** Past the last day (or the instant, for limits in hours); undefined while the deadline itself is unknown. */
  overdue: boolean | undefined;
  /** Units left, 0 on the last day; null when overdue or when the calendar cannot count them. */
  left: number | null;
  /** Units past the deadline (working days or hours elapsed since); null when not overdue or when uncountable. */
  overdueBy: number | null;
  /** Why a count is missing. */
  unknown?: CalendarUnknown;
}

/**
 * The countdown of a time limit that needs no calendar to count: one in calendar days (a deadline written as a date
 * too) or plain hours, with its last day known; undefined for a limit in working days or hours, or with no last day
 * yet (`timeLimitCountdown` counts those on the calendar). Pure.
 */
export function plainCountdown(limit: TimeLimit, asOf: string): TimeLimitCountdown | undefined {
  const unit = deadlineUnit(limit.rule);
  if (limit.dueDate === undefined || (unit !== 'calendarDays' && unit !== 'calendarHours')) return undefined;
  const now = toMs(asOf);
  const today = shanghaiDate(now);
  const out: TimeLimitCountdown = {
    unit,
    dueDate: limit.dueDate,
    overdue: false,
    left: null,
    overdueBy: null,
  };
  let count: number;
  if (unit === 'calendarDays') {
    out.overdue = today > limit.dueDate;
    count = Math.abs(daysBetween(today, limit.dueDate));
  } else {
    if (limit.dueAt !== undefined) out.dueAt = limit.dueAt;
    const dueAt = toMs(limit.dueAt ?? `${limit.dueDate}T23:59:59+08:00`);
    out.overdue = limit.dueAt !== undefined ? now > dueAt : today > limit.dueDate;
    count = Math.abs(Math.round(((dueAt - now) / 3_600_000) * 100) / 100);
  }
  if (out.overdue) out.overdueBy = count;
  else out.left = count;
  return out;
}
