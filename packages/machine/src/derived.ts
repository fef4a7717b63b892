import {
  type CampaignFacts,
  type ComplianceClass,
  cadenceReport,
  type DerivedFacts,
  shanghaiDate,
  toMs,
} from '@chuangwen/rules';
import { meetingList } from '@chuangwen/rules/internal';
import type { CampaignContext } from './campaign-context.js';
import type { CompiledConfiguration } from './configuration.js';

/** What the classes of standards are read from: the record's board, moved to a moment. */
export interface ClassSource {
  /** The class of every standard of the main edition at `at`, from the evidence in force then. */
  classesAt(at: string): Readonly<Record<string, ComplianceClass>>;
}

/**
 * The first day the supervision cadence counts from: the first whole month of the current cycle's special
 * rectification (the day it began, when that is a month's first; else the first of the next month). A month the phase
 * began part-way through owes no monthly obligations: no office holds a month's meetings in its last days.
 */
function cadenceFrom(context: CampaignContext): string | undefined {
  for (let i = context.history.length - 1; i >= 0; i--) {
    const entry = context.history[i]!;
    if (entry.cycle !== context.cycle) break;
    if (entry.phase === 'specialRectification') {
      const day = shanghaiDate(toMs(entry.at));
      if (day.endsWith('-01')) return day;
      const [year, month] = day.split('-').map(Number) as [number, number];
      return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    }
  }
  return undefined;
}

/** The months (`YYYY-MM`) whose supervision obligations were missed and not caught up, at `at`. */
function missedMonthsAt(
  facts: Pick<CampaignFacts, 'meetings'>,
  context: CampaignContext,
  config: CompiledConfiguration,
  at: string,
): string[] {
  const from = cadenceFrom(context);
  if (from === undefined || config.value.cadence.length === 0) return [];
  const report = cadenceReport({
    meetings: meetingList(facts.meetings),
    from,
    asOf: at,
    obligations: config.value.cadence,
  });
  return [...new Set(report.missed.map((m) => m.month))].sort();
}

/**
 * The facts readiness reads beside the recorded ones, derived at `at`: each standard's class from the board (an
 * override, where one was decided, in its place) and the months of missed supervision from the meetings recorded.
 * Nobody sends these; they follow from the record.
 */
export function derivedFacts(
  context: CampaignContext,
  config: CompiledConfiguration,
  board: ClassSource,
  at: string,
): DerivedFacts {
  const standards: Record<string, ComplianceClass> = { ...board.classesAt(at) };
  for (const [code, override] of Object.entries(context.facts.overrides)) standards[code] = override.class;
  return { standards, missedMonths: missedMonthsAt(context.facts, context, config, at) };
}
