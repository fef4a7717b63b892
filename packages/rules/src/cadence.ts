import type { BilingualText, CadenceObligation, Meeting, MeetingKind } from '@chuangwen/model';
import { labelled, say } from './messages.js';
import { monthsBetween, shanghaiDate, toMs } from './time.js';

/** A month's obligation and how it went. */
export interface ObligationStatus {
  kind: MeetingKind;
  required: number;
  held: number;
  met: boolean;
  meetingIds: string[];
}

/** A missed obligation, with its month and a message. */
export interface MissedObligation {
  month: string;
  kind: MeetingKind;
  required: number;
  held: number;
  message: BilingualText;
}

/** The cadence per calendar month (Asia/Shanghai) from `from` to `asOf`. */
export interface CadenceReport {
  months: { month: string; complete: boolean; obligations: ObligationStatus[] }[];
  /** Obligations missed in complete months; the month in progress cannot be missed yet. */
  missed: MissedObligation[];
  /** Shortfalls so far in the month in progress. */
  pending: MissedObligation[];
}

/** What {@link cadenceReport} needs. */
export interface CadenceInput {
  meetings: readonly Pick<Meeting, 'id' | 'kind' | 'date' | 'makeUpFor'>[];
  /** First day to check, `YYYY-MM-DD` (the start of special rectification, say). */
  from: string;
  /** The moment of judgement; its month is in progress unless it is the month's last day or later. */
  asOf: string;
  /** The obligations to check: the campaign's own `cadence` (the seed plan's is `SEED_CADENCE` in the sample template). */
  obligations: readonly CadenceObligation[];
}

/**
 * Reports the supervision cadence month by month: each missed obligation with its month. A meeting with
 * `makeUpFor` counts for that month, so a missed month can be caught up. Pure.
 */
export function cadenceReport(input: CadenceInput): CadenceReport {
  const obligations = input.obligations;
  const today = shanghaiDate(toMs(input.asOf));
  const byMonthKind = new Map<string, string[]>();
  for (const m of input.meetings) {
    if (m.date < input.from || m.date > today) continue;
    // A make-up session (补开) counts for the month it makes up, not the month it was held in.
    const key = `${m.makeUpFor ?? m.date.slice(0, 7)}|${m.kind}`;
    const list = byMonthKind.get(key);
    if (list) list.push(m.id);
    else byMonthKind.set(key, [m.id]);
  }
  const report: CadenceReport = { months: [], missed: [], pending: [] };
  if (today < input.from) return report;
  for (const month of monthsBetween(input.from.slice(0, 7), today.slice(0, 7))) {
    const complete = today >= endOfMonth(month);
    const statuses = obligations.map((o) => {
      const ids = [...(byMonthKind.get(`${month}|${o.kind}`) ?? [])].sort();
      return {
        kind: o.kind,
        required: o.minPerMonth,
        held: ids.length,
        met: ids.length >= o.minPerMonth,
        meetingIds: ids,
      };
    });
    report.months.push({ month, complete, obligations: statuses });
    for (const s of statuses) {
      if (s.met) continue;
      const missed: MissedObligation = {
        month,
        kind: s.kind,
        required: s.required,
        held: s.held,
        message: say('obligationMissed', {
          month,
          meeting: labelled(s.kind),
          required: s.required,
          held: s.held,
        }),
      };
      (complete ? report.missed : report.pending).push(missed);
    }
  }
  return report;
}

/** The last day of a month `YYYY-MM`. */
function endOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return shanghaiDate(toMs(next) - 86_400_000);
}
