import type { Rectification } from '@chuangwen/model';
import { toMs } from './time.js';

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
