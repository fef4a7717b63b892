import {
  DateSchema,
  DateTimeSchema,
  leadUnitsOf,
  type Rectification,
  StandardCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

import { standardGroup } from './fact-groups.js';
import { shanghaiDate, toMs } from './time.js';

/**
 * What one rectification adds to the ledger's counters: whether it is open, closed or escalated, how often it came
 * back, its deadline while open, and the standard it answers for once it has a lead unit and a deadline.
 */
export const LedgerContributionSchema = z.strictObject({
  status: z.enum(['open', 'closed', 'escalated']),
  repeats: z.int().min(0),
  /** The deadline of an open problem: its last day. */
  deadline: DateSchema.optional(),
  /** The instant the deadline of an open problem runs out, for a time limit in hours (in place of its day). */
  dueAt: DateTimeSchema.optional(),
  /** The standard a problem in hand (open or escalated, with a lead unit and a deadline) answers for. */
  handles: StandardCodeSchema.optional(),
});
/** What one rectification adds to the ledger's counters. */
export interface LedgerContribution extends z.infer<typeof LedgerContributionSchema> {}

/**
 * The ledger as counters, updated by each rectification event's change and never by scanning: the facts phase
 * readiness needs from the ledger, bounded by the number of standards and deadline dates, not of problems.
 */
export const LedgerCountersSchema = z.strictObject({
  open: z.int().min(0).default(0),
  closed: z.int().min(0).default(0),
  escalated: z.int().min(0).default(0),
  /** Recurrences after closure (回潮), summed. */
  relapses: z.int().min(0).default(0),
  /**
   * Open problems by deadline date, grouped by month (`YYYY-MM` → date → count): how many are overdue at a moment is a
   * sum over the dates before it. Grouped so that one change copies a month, not every date.
   */
  deadlines: z.record(Month, z.record(DateSchema, z.int().min(1))).default({}),
  /**
   * Open problems whose time limit is in hours, by the instant it runs out, grouped by its day (`YYYY-MM-DD` → instant
   * → count): overdue from that instant, not from the end of the day. Absent while there are none.
   */
  dueAt: z.record(DateSchema, z.record(z.string().max(40), z.int().min(1))).optional(),
  /**
   * Open problems handed over with a lead unit and a deadline, by the standard they answer for, grouped by the
   * standard's major item (`06` → `06.01.01` → count), so that one change copies a group, not every standard.
   */
  handled: z.record(z.string().max(64), z.record(StandardCodeSchema, z.int().min(1))).default({}),
});
/** The ledger as counters. */
export interface LedgerCounters extends z.infer<typeof LedgerCountersSchema> {}

/** Counters of an empty ledger. */
export function emptyLedger(): LedgerCounters {
  return { open: 0, closed: 0, escalated: 0, relapses: 0, deadlines: {}, handled: {} };
}

/**
 * What a rectification, in its current state, adds to the counters. A problem is in hand once it has a deadline and a
 * unit that answers for it: its lead unit, or a co-lead where the notice names several ("A、B负责"). A parked problem
 * (挂账) is open, but its clock is stopped: its deadline is not counted until work resumes. A time limit in hours
 * counts by its instant, so it is overdue from then, not from the end of its day.
 */
export function contributionOf(
  r: Pick<
    Rectification,
    'status' | 'repeatCount' | 'deadline' | 'leadUnitId' | 'coLeadUnitIds' | 'standardRef'
  > &
    Partial<Pick<Rectification, 'parkedAt' | 'timeLimit'>>,
): LedgerContribution {
  const led = leadUnitsOf(r).length > 0;
  if (r.status === 'closed') return { status: 'closed', repeats: r.repeatCount };
  // An escalated problem is not fixed, but it is in hand: a lead unit above the street owns it, so it still answers
  // for its standard.
  if (r.status === 'escalated') {
    const out: LedgerContribution = { status: 'escalated', repeats: r.repeatCount };
    if (r.deadline !== undefined && led && r.standardRef !== undefined) out.handles = r.standardRef;
    return out;
  }
  const out: LedgerContribution = { status: 'open', repeats: r.repeatCount };
  const dueAt = r.timeLimit?.dueAt;
  if (r.deadline !== undefined && r.parkedAt === undefined) {
    if (dueAt !== undefined && r.timeLimit?.dueDate === r.deadline) out.dueAt = dueAt;
    else out.deadline = r.deadline;
  }
  if (r.deadline !== undefined && led && r.standardRef !== undefined) out.handles = r.standardRef;
  return out;
}

type Grouped = Record<string, Record<string, number>>;

/** The group a key is counted under: a date's month, a standard's major item (its code's first part). */
const groupOf = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(key) ? key.slice(0, 7) : standardGroup(key));

/** A grouped count with one key moved by `by`: copies the top level and one group, never every key. */
function bump(map: Grouped, key: string | undefined, by: number, group = key && groupOf(key)): Grouped {
  if (key === undefined || group === undefined) return map;
  const inner = { ...(Object.hasOwn(map, group) ? map[group] : undefined) };
  const next = (Object.hasOwn(inner, key) ? inner[key]! : 0) + by;
  if (next > 0) inner[key] = next;
  else delete inner[key];
  const out = { ...map };
  if (Object.keys(inner).length > 0) out[group] = inner;
  else delete out[group];
  return out;
}

/** How many open problems handed over with a unit and a deadline answer for a standard. */
export function handledCount(counters: LedgerCounters, standardRef: string): number {
  const key = groupOf(standardRef);
  const group = Object.hasOwn(counters.handled, key) ? counters.handled[key]! : undefined;
  return group && Object.hasOwn(group, standardRef) ? group[standardRef]! : 0;
}

/** The counters after one rectification changed from `before` (none for a new one) to `after`. Pure. */
export function applyContribution(
  counters: LedgerCounters,
  before: LedgerContribution | null,
  after: LedgerContribution | null,
): LedgerCounters {
  let out = { ...counters };
  for (const [c, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (!c) continue;
    out = {
      ...out,
      [c.status]: out[c.status] + sign,
      relapses: out.relapses + sign * c.repeats,
      deadlines: bump(out.deadlines, c.deadline, sign),
      handled: bump(out.handled, c.handles, sign),
    };
    if (c.dueAt !== undefined) {
      const dueAt = bump(out.dueAt ?? {}, c.dueAt, sign, shanghaiDate(toMs(c.dueAt)));
      if (Object.keys(dueAt).length > 0) out.dueAt = dueAt;
      else delete out.dueAt;
    }
  }
  return out;
}

/**
 * How many open problems are past their deadline at `asOf`: after the deadline day (the day itself is not overdue), or
 * after the instant of a limit in hours. Parked problems are not counted.
 */
export function overdueCount(counters: LedgerCounters, asOf: string): number {
  const now = toMs(asOf);
  let n = 0;
  for (const dates of Object.values(counters.deadlines))
    for (const [date, count] of Object.entries(dates))
      if (now > toMs(`${date}T23:59:59.999+08:00`)) n += count;
  for (const instants of Object.values(counters.dueAt ?? {}))
    for (const [instant, count] of Object.entries(instants)) if (now > toMs(instant)) n += count;
  return n;
}
