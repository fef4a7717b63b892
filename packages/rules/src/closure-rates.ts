import { type Rectification, type UnitAttribution, unitsNamed, type WorkingCalendar } from '@chuangwen/model';
import { shanghaiDate, toMs } from './time.js';
import { workingDaysBetween } from './working-time.js';

/** One line of the closure report: a unit, a channel, or the total. */
export interface ClosureRate {
  key: string;
  /** Reported (立案) within the period. */
  filed: number;
  /**
   * Due for closure (应结案): closed within the period, or open (not closed before it) with a deadline that ran out by
   * its end. Merged duplicates (并单) and parked problems (挂账) are not counted.
   */
  due: number;
  /** Closed (结案) within the period, among those due. */
  closed: number;
  /** Closed within the period by the deadline (按期结案); a problem with no deadline is never late. */
  closedOnTime: number;
  /** 结案率: closed ÷ due; null when nothing was due. */
  closureRate: number | null;
  /** 按期结案率: closed on time ÷ due; null when nothing was due. */
  onTimeRate: number | null;
  /** Problems reported by the end of the period that came back after closure (回潮, 重办) at least once. */
  reopened: number;
  /** How many times they came back, summed. */
  reopenings: number;
  /** Open at the end of the period and past their deadline (escalated and parked problems are not). */
  overdue: number;
  /** Working days past the deadline, summed over the overdue problems the calendar can count. */
  overdueWorkingDays: number;
  /** The most working days one problem is overdue. */
  maxOverdueWorkingDays: number;
  /** Overdue problems the calendar cannot count (a year not published yet). */
  overdueUncounted: number;
}

/** Options of {@link closureReport}. */
export interface ClosureReportOptions {
  /** The first day (or instant) of the period, such as a month's first day. */
  from: string;
  /** The end of the period: its last day (to the end of it) or an instant; also the moment overdue is judged at. */
  to: string;
  /** Lines per unit (under an attribution) or per channel (自行巡查, 12345, 数字城管, …). */
  by: 'unit' | 'channel';
  attribution?: UnitAttribution;
  /** The calendar overdue working days are counted on. */
  calendar: WorkingCalendar;
}

/** The closure report of a period: one line per unit or channel, and the total over distinct problems. */
export interface ClosureReport {
  rows: ClosureRate[];
  total: ClosureRate;
}

const END_OF_DAY = 'T23:59:59.999+08:00';
const endOf = (day: string) => (day.length === 10 ? toMs(`${day}${END_OF_DAY}`) : toMs(day));

/** The instant a problem's deadline runs out: a limit in hours at its instant, a day limit at the end of its day. */
function deadlineEnd(r: Rectification): number | undefined {
  if (r.timeLimit?.dueAt !== undefined) return toMs(r.timeLimit.dueAt);
  const day = r.timeLimit?.dueDate ?? r.deadline;
  return day === undefined ? undefined : toMs(`${day}${END_OF_DAY}`);
}

const emptyLine = (key: string): ClosureRate => ({
  key,
  filed: 0,
  due: 0,
  closed: 0,
  closedOnTime: 0,
  closureRate: null,
  onTimeRate: null,
  reopened: 0,
  reopenings: 0,
  overdue: 0,
  overdueWorkingDays: 0,
  maxOverdueWorkingDays: 0,
  overdueUncounted: 0,
});

/**
 * 结案率 and 按期结案率 of a period, as 数字城管 notices publish them (结案数 ÷ 应结案数, 按期结案数 ÷ 应结案数), per unit or per
 * channel, with problems reopened after closure and overdue problems counted in working days on the calendar. A
 * problem counts once for each unit it names under the attribution, and once in the total. Pure: the period's end is
 * the moment judged at.
 */
export function closureReport(
  rectifications: readonly Rectification[],
  options: ClosureReportOptions,
): ClosureReport {
  const from = toMs(options.from.length === 10 ? `${options.from}T00:00:00+08:00` : options.from);
  const to = endOf(options.to);
  const today = shanghaiDate(to);
  const rows = new Map<string, ClosureRate>();
  const total = emptyLine('total');
  for (const r of rectifications) {
    const reported = toMs(r.reportedAt);
    if (reported > to) continue;
    const closedAt = r.status === 'closed' && r.closedAt !== undefined ? toMs(r.closedAt) : undefined;
    const end = deadlineEnd(r);
    const merged = r.mergedInto !== undefined;
    const parked = r.parkedAt !== undefined && closedAt === undefined;
    const closedInPeriod = closedAt !== undefined && closedAt >= from && closedAt <= to;
    const openAtStart = closedAt === undefined || closedAt >= from;
    const due =
      !merged &&
      !parked &&
      openAtStart &&
      (closedInPeriod || (closedAt === undefined && end !== undefined && end <= to));
    const onTime = closedInPeriod && (end === undefined || (closedAt ?? 0) <= end);
    const open = closedAt === undefined && !merged && !parked && r.status !== 'escalated';
    let overdueDays: number | null | undefined;
    if (open && end !== undefined && end < to) {
      const day = r.timeLimit?.dueDate ?? r.deadline ?? shanghaiDate(end);
      const count = workingDaysBetween(options.calendar, day, today);
      overdueDays = count.known ? count.value : null;
    }
    const keys =
      options.by === 'unit' ? unitsNamed(r, options.attribution ?? 'lead') : [r.channel ?? 'unspecified'];
    for (const line of [...keys.map((k) => rows.get(k) ?? rows.set(k, emptyLine(k)).get(k)!), total]) {
      if (reported >= from) line.filed += 1;
      if (due) line.due += 1;
      if (due && closedInPeriod) line.closed += 1;
      if (due && onTime) line.closedOnTime += 1;
      if (r.repeatCount > 0) {
        line.reopened += 1;
        line.reopenings += r.repeatCount;
      }
      if (overdueDays !== undefined) {
        line.overdue += 1;
        if (overdueDays === null) line.overdueUncounted += 1;
        else {
          line.overdueWorkingDays += overdueDays;
          line.maxOverdueWorkingDays = Math.max(line.maxOverdueWorkingDays, overdueDays);
        }
      }
    }
  }
  const finish = (line: ClosureRate) => ({
    ...line,
    closureRate: line.due > 0 ? line.closed / line.due : null,
    onTimeRate: line.due > 0 ? line.closedOnTime / line.due : null,
  });
  return {
    rows: [...rows.values()].map(finish).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    total: finish(total),
  };
}
