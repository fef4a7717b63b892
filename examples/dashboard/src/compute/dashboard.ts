// Everything the page shows for one campaign at one moment, computed at once from the data in hand: in the browser,
// from the service's record or from a dropped file alike.
import type { FrameworkEdition } from '@chuangwen/checklists';
import type { CivilityIndex, ClassCounts, GoalRate, ReinspectionDue } from '@chuangwen/rules';
import type { CampaignData } from '../data/campaign-data.js';
import { mainEdition } from '../data/editions.js';
import { type BoardView, boardView } from './board-view.js';
import {
  civilityView,
  historyView,
  type LedgerView,
  ledgerView,
  type PhaseView,
  phaseView,
  scheduleView,
  surveyView,
} from './campaign-views.js';

/** The page's content for one campaign at one moment. */
export interface Dashboard {
  data: CampaignData;
  framework: FrameworkEdition;
  asOf: string;
  board: BoardView;
  phase: PhaseView;
  ledger: LedgerView;
  schedule: { week: ReinspectionDue[]; month: ReinspectionDue[] };
  surveys: GoalRate[];
  civility: CivilityIndex | undefined;
  history: { at: string; totals: ClassCounts }[];
}

/** Computes every view; throws a LoadError when the page does not carry the campaign's framework. */
export function computeDashboard(data: CampaignData, asOf: string): Dashboard {
  const framework = mainEdition(data.document);
  const board = boardView(data, framework, asOf);
  return {
    data,
    framework,
    asOf,
    board,
    phase: phaseView(data, framework, board, asOf),
    ledger: ledgerView(data, asOf),
    schedule: scheduleView(board),
    surveys: surveyView(data),
    civility: civilityView(data),
    history: historyView(data, framework, asOf),
  };
}
