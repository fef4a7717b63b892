// The one thing the page computes from, wherever the campaign comes from: the library's campaign view (the record read
// whole at a moment) with the main framework edition it is judged against, and the drill-down answered on demand. A
// service answers it over HTTP; a dropped file is read into a record in the browser and answers it there. The page
// never merges a document and a record by hand, so the two modes cannot disagree.
import type { FrameworkEdition } from '@chuangwen/checklists';
import type { CampaignState } from '@chuangwen/machine';
import type { Campaign } from '@chuangwen/model';
import type { Blocker, ClassCounts } from '@chuangwen/rules';
import type { CampaignViewData, CellExplanation, ViewCell } from '@chuangwen/store';

/** Where the campaign came from. */
type Origin = { kind: 'service'; api: string; campaignId: string } | { kind: 'file'; name: string };

/** The board's totals at one moment of its history. */
export interface HistoryPoint {
  at: string;
  totals: ClassCounts;
}

/** The phase the page shows, and what keeps it from ending. */
interface PhaseOnScreen {
  state: CampaignState;
  /** True when the state is the record's own; false for a file, whose record starts at 宣传发动: the timeline's plan. */
  fromRecord: boolean;
  blockers: Blocker[];
}

/** A campaign at one moment, as the page reads it. */
export interface CampaignSource {
  origin: Origin;
  asOf: string;
  /** The view's plain part: document, configuration, phase, board, ledger, schedule, evidence counts, surveys. */
  view: CampaignViewData;
  /** The campaign document the record was started from, when there was one (title, timeline, extensions). */
  document: Campaign | undefined;
  /** The main framework edition: the board's items and standards, in their order. */
  framework: FrameworkEdition;
  phase: PhaseOnScreen;
  /** The cells of one standard with their classes. */
  cells(code: string): Promise<ViewCell[]>;
  /** Why a cell has its class; undefined where nothing is recorded. */
  explain(code: string, key: string): Promise<CellExplanation | undefined>;
  /** The board each week from the first planned day to the moment, judged on the evidence in force now. */
  history(): Promise<HistoryPoint[]>;
  /** The same campaign at another moment. */
  at(asOf: string): Promise<CampaignSource>;
}

/**
 * How far ahead the page asks for the re-inspection schedule: 30 days and the rest of the 30th, so the month's list
 * holds every cell whose re-check-by day is within 30 days (the lists are split by that day).
 */
export const SCHEDULE_DAYS = 31;

/** Days between the history's points. */
export const HISTORY_EVERY_DAYS = 7;

/** The main edition a view's configuration records, whole. */
export function mainFramework(view: CampaignViewData): FrameworkEdition | undefined {
  return view.configuration.frameworks.find((f) => f.role === 'main')?.edition;
}

/** A view's document as the model's campaign, when the record was started from one. */
export function documentOf(view: CampaignViewData): Campaign | undefined {
  const document = view.document as Campaign | null | undefined;
  return document !== null && typeof document === 'object' && Array.isArray(document.timeline)
    ? document
    : undefined;
}
