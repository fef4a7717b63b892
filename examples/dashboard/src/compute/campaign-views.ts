// The views beside the board: the phase countdown with its blockers, the ledger per unit with its overdue and
// escalated problems, the re-inspection schedule, survey rates, the civility index and the board over time. Each is
// one call (or a few) of the library on the data in hand.
import type { FrameworkEdition } from '@chuangwen/checklists';
import { type CampaignState, isOverdue } from '@chuangwen/machine';
import { GOAL_METRICS, type Rectification } from '@chuangwen/model';
import {
  type Blocker,
  type CivilityIndex,
  type ClassCounts,
  civilityIndex,
  type GoalRate,
  type PhaseCountdown,
  phaseCountdowns,
  type RectificationRate,
  type ReinspectionDue,
  rectificationRates,
  shanghaiDate,
  surveyRates,
  toMs,
} from '@chuangwen/rules';
import type { CampaignData } from '../data/campaign-data.js';
import { CIVILITY_SHEET, civilityPassLine, civilityTallies } from '../data/editions.js';
import { type BoardView, boardOf } from './board-view.js';
import { documentReadiness, plannedPhase } from './document-facts.js';

/** The phase countdown (倒计时) and what keeps the current phase from ending. */
export interface PhaseView {
  state: CampaignState;
  /** True when the state is the machine's; false when it is only what the timeline plans. */
  fromRecord: boolean;
  countdowns: PhaseCountdown[];
  blockers: Blocker[];
}

export function phaseView(
  data: CampaignData,
  framework: FrameworkEdition,
  board: BoardView,
  asOf: string,
): PhaseView {
  const countdowns = phaseCountdowns(data.document.timeline, asOf);
  if (data.machine)
    return { state: data.machine.state, fromRecord: true, countdowns, blockers: data.machine.blockers };
  const state = plannedPhase(data, shanghaiDate(toMs(asOf)));
  const readiness = documentReadiness(data, framework, board.snapshot, state);
  return { state, fromRecord: false, countdowns, blockers: readiness.blockers };
}

/** The ledger per lead unit (整改率) and, per unit, its overdue and escalated problems. */
export interface LedgerView {
  rates: RectificationRate[];
  problems: { unitId: string; entries: (Rectification & { overdue: boolean })[] }[];
}

export function ledgerView(data: CampaignData, asOf: string): LedgerView {
  const rates = rectificationRates(data.rectifications, { asOf, by: 'unit' });
  const flagged = data.rectifications
    .filter((r) => toMs(r.reportedAt) <= toMs(asOf))
    .map((r) => ({ ...r, overdue: isOverdue(r, asOf) }))
    .filter((r) => r.overdue || r.status === 'escalated');
  const units = [...new Set(flagged.map((r) => r.leadUnitId ?? ''))].sort();
  return {
    rates,
    problems: units.map((unitId) => ({
      unitId,
      entries: flagged.filter((r) => (r.leadUnitId ?? '') === unitId).sort((a, b) => (a.id < b.id ? -1 : 1)),
    })),
  };
}

/** The re-inspection schedule (复查计划): cells that lapse into 未知可否达标 within a week and within a month. */
export function scheduleView(board: BoardView): { week: ReinspectionDue[]; month: ReinspectionDue[] } {
  return { week: board.board.lapsing(7), month: board.board.lapsing(30) };
}

/** Survey rates with their 95% intervals against the campaign's targets, in the model's order of metrics. */
export function surveyView(data: CampaignData): GoalRate[] {
  const rates = surveyRates(data.surveys, data.document.goals.targetRates);
  return GOAL_METRICS.map((m) => rates[m]);
}

/** The civility index by site type, from the document's tallies; undefined when it holds none. */
export function civilityView(data: CampaignData): CivilityIndex | undefined {
  const tallies = civilityTallies(data.document);
  return (
    tallies && civilityIndex({ sheet: CIVILITY_SHEET, tallies, passLine: civilityPassLine(data.document) })
  );
}

/** The moments the board is judged at over time: weekly from the first planned day, then the moment itself. */
function historyMoments(data: CampaignData, asOf: string): string[] {
  const first = data.document.timeline[0]?.start;
  const end = toMs(asOf);
  const out: string[] = [];
  if (first !== undefined)
    for (let ms = toMs(`${first}T12:00:00+08:00`); ms < end; ms += 7 * 86_400_000)
      out.push(`${shanghaiDate(ms)}T12:00:00+08:00`);
  out.push(asOf);
  return out;
}

/** The board over time: totals per class at each moment, judged on the evidence now in force. */
export function historyView(
  data: CampaignData,
  framework: FrameworkEdition,
  asOf: string,
): { at: string; totals: ClassCounts }[] {
  const moments = historyMoments(data, asOf);
  // One board moved forward through the moments: each step re-judges only the cells with something due.
  const board = boardOf(data, framework, moments[0]!);
  return moments.map((at) => ({ at, totals: { ...board.at(at).snapshot().totals } }));
}
