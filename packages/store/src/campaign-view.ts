import {
  type CampaignContext,
  type CampaignState,
  type Configuration,
  campaignCountdown,
  type EvidenceCounts,
  type EvidenceItem,
  isOverdue,
  readinessOf,
} from '@chuangwen/machine';
import { derivedFacts } from '@chuangwen/machine/internal';
import type { Campaign, Phase, Rectification } from '@chuangwen/model';
import {
  type BoardSnapshot,
  type BoardSummary,
  type ClassCounts,
  type ClassOverride,
  type ComplianceClass,
  daysBetween,
  type GoalRate,
  type LedgerCounters,
  limitInForce,
  type Readiness,
  type ReinspectionDue,
  shanghaiDate,
  type TimeLimitCountdown,
  toMs,
} from '@chuangwen/rules';
import { plainCountdown } from '@chuangwen/rules/internal';
import type { RecordStore } from './contract.js';
import {
  asDocument,
  boardHistory,
  type CellExplanation,
  cellsOf,
  explainCell,
  surveysOf,
  type ViewCell,
} from './view-details.js';
import { ViewProjection } from './view-projection.js';

/** A standard on the board: the class its evidence gives, and the class decided over it where one was. */
export interface ViewStandard {
  itemCode: string;
  /** The class readiness reads: the override where there is one, else the derived class. */
  class: ComplianceClass;
  derived: ComplianceClass;
  override?: ClassOverride;
  counts: ClassCounts;
}

/** A rectification as the ledger shows it at the view's moment: the record, whether it is overdue, what is left. */
export interface LedgerRow extends Rectification {
  /** Past its deadline (the day, or the instant of a limit in hours); never when closed, escalated or parked. */
  overdue: boolean;
  /**
   * Calendar days from the view's day to the deadline (negative when overdue); absent without a deadline or once
   * settled. `countdown` counts in the deadline's own unit.
   */
  daysLeft?: number;
  /**
   * What is left of the deadline, or how far past it, in the deadline's own unit (working days for 限期3个工作日, working
   * hours, calendar days for a date), counted on the record's calendar; absent without a deadline, once settled, or
   * while parked (挂账: the clock is stopped). Says when the calendar cannot count (a year not yet published).
   */
  countdown?: TimeLimitCountdown;
  /** Escalated beyond the campaign's power (上报上级). */
  escalated: boolean;
}

/** Counts of the evidence held, by status: kept by the record's evidence index as items come and change status. */
export type { EvidenceCounts };

/**
 * A campaign whole, as every host reads it: the document, the configuration, the phase with its readiness and
 * countdown, the board (each standard's derived class beside any override), the ledger with what is overdue, the
 * re-inspection schedule, and the evidence with its status. Built from the record's projections, kept current by delta,
 * so the service, the dashboard, the command and the workbook exports cannot disagree. A view is read-only: two reads
 * at the same position and moment return the same view.
 */
export interface CampaignView {
  campaignId: string;
  asOf: string;
  /** The campaign document as the office wrote it (null when the record was not started from one). */
  document: unknown;
  configuration: Configuration;
  state: CampaignState;
  cycle: number;
  history: CampaignContext['history'];
  countdown: ReturnType<typeof campaignCountdown>;
  /** Whether the current phase may end now, and every blocker (none once closed). */
  readiness: Readiness | { phase: 'closed'; ready: false; blockers: [] };
  lastRefusal?: CampaignContext['lastRefusal'];
  board: {
    totals: ClassCounts;
    items: BoardSummary['items'];
    units: BoardSummary['units'];
    unitTotals: BoardSummary['unitTotals'];
    standards: Record<string, ViewStandard>;
  };
  ledger: LedgerRow[];
  counters: LedgerCounters;
  archive: CampaignContext['facts']['archive'];
  /** Cells that lapse into 未知可否达标 within the schedule's horizon if nothing new is recorded, soonest first. */
  schedule: ReinspectionDue[];
  evidence: EvidenceCounts;
  /** Survey rates with their 95% intervals against the document's targets (每项指标的比率与置信区间). */
  surveys: GoalRate[];
  /** The evidence held, with its status, optionally of one kind or only what is in force. */
  items(filter?: { kind?: EvidenceItem['kind']; inForce?: boolean }): EvidenceItem[];
  /** The cells of one standard, with their classes. */
  cells(standardRef: string): ViewCell[];
  /** A cell's full classification, with reasons and the actions each unit owes, and the observations it holds. */
  explain(standardRef: string, scopeKey: string): CellExplanation | undefined;
  /** The board's totals at each of `moments` (up to the view's moment), judged on the evidence in force now. */
  boardHistory(moments: readonly string[]): { at: string; totals: ClassCounts }[];
  /** The campaign as a document at this point of its record (see {@link asDocument}); undefined without a document. */
  asDocument(): Campaign | undefined;
  /**
   * Whether a phase could end on what the record holds at the view's moment, whatever phase the record is in: for a
   * record read from a document (which starts at 宣传发动), the phase its timeline plans.
   */
  readinessFor(phase: Phase): Readiness;
  /** The whole board at the view's moment, every cell included: what a printed 达标情况汇总表 shows. */
  boardSnapshot(): BoardSnapshot | undefined;
}

/** The plain part of a view: what a service sends over the wire and a page renders, without the on-demand methods. */
export type CampaignViewData = Omit<
  CampaignView,
  'items' | 'cells' | 'explain' | 'boardHistory' | 'asDocument' | 'readinessFor' | 'boardSnapshot'
>;

/** The plain part of a view (a copy of its fields, no methods), ready for JSON. */
export function viewData(view: CampaignView): CampaignViewData {
  const {
    items: _i,
    cells: _c,
    explain: _e,
    boardHistory: _h,
    asDocument: _d,
    readinessFor: _r,
    ...data
  } = view;
  return data;
}

/** Options of a view: its moment, and how far ahead the re-inspection schedule looks. */
export interface CampaignViewOptions {
  asOf: string;
  /** Days ahead the re-inspection schedule looks (default 14). */
  scheduleDays?: number;
}

const views = new WeakMap<RecordStore, Map<string, ViewProjection>>();

/** The projection of a campaign a view keeps for this store, as it stands (not caught up). */
export function keptView(store: RecordStore, campaignId: string): ViewProjection | undefined {
  return views.get(store)?.get(campaignId);
}

/** The kept projection of a campaign, caught up with the store; loaded whole on the first read. */
export async function projectionOf(
  store: RecordStore,
  campaignId: string,
  asOf: string,
): Promise<ViewProjection | undefined> {
  let held = views.get(store);
  if (!held) {
    held = new Map();
    views.set(store, held);
  }
  const known = held.get(campaignId);
  if (known && (await known.refresh(store))) return known;
  const loaded = await ViewProjection.load(store, campaignId, asOf);
  if (loaded) held.set(campaignId, loaded);
  else held.delete(campaignId);
  return loaded;
}

const EMPTY: ClassCounts = { compliant: 0, nonCompliant: 0, undetermined: 0, reboundProne: 0 };

/**
 * A campaign as every host reads it, at a moment. The first read of a campaign builds its projections from the store;
 * later reads catch up with what was appended since (one row when nothing was) and answer from memory. Moving the
 * moment forward re-judges only the cells that fall due; moving it back re-judges every cell. Undefined for an unknown
 * campaign, or one of the first stream format not yet migrated.
 */
export async function campaignView(
  store: RecordStore,
  campaignId: string,
  options: CampaignViewOptions,
): Promise<CampaignView | undefined> {
  const p = await projectionOf(store, campaignId, options.asOf);
  if (!p) return undefined;
  // A second read at the same position and moment is the same view: answered from the last one, not computed again.
  const key = `${p.position.pos}/${p.position.hash}/${options.asOf}/${options.scheduleDays ?? 14}`;
  const last = lastViews.get(p);
  if (last?.key === key) return last.view;
  const view = await viewOf(p, campaignId, options);
  lastViews.set(p, { key, view });
  return view;
}

/** The last view read from each kept projection, by the position and options it was read at. */
const lastViews = new WeakMap<ViewProjection, { key: string; view: CampaignView }>();

async function viewOf(
  p: ViewProjection,
  campaignId: string,
  options: CampaignViewOptions,
): Promise<CampaignView> {
  const { asOf } = options;
  const context = p.campaign.snapshot.context;
  const state = p.campaign.snapshot.value;
  const board = p.boardAt(asOf);
  const derived = derivedFacts(context, p.configuration, { classesAt: () => board?.classes() ?? {} }, asOf);
  const snapshot = board?.summary();
  const standards: Record<string, ViewStandard> = {};
  for (const [code, status] of Object.entries(snapshot?.standards ?? {})) {
    const override = context.facts.overrides[code];
    standards[code] = {
      itemCode: status.itemCode,
      class: override?.class ?? status.class,
      derived: status.class,
      ...(override ? { override } : {}),
      counts: status.counts,
    };
  }
  const today = shanghaiDate(toMs(asOf));
  const calendar = p.configuration.calendar;
  const rows = [...p.rectifications.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const limits = rows.map((r) =>
    r.status === 'closed' || r.status === 'escalated' || r.parkedAt !== undefined
      ? undefined
      : limitInForce(r),
  );
  // A deadline in calendar days or hours counts without the calendar; working days or hours (or one not worked out
  // yet) need it, and its code is loaded only then.
  const plain = limits.map((limit) => limit && plainCountdown(limit, asOf));
  const working = limits.some((limit, i) => limit && !plain[i])
    ? (await import('./working-countdown.js')).timeLimitCountdown
    : undefined;
  const ledger: LedgerRow[] = rows.map((r, i) => {
    const settled = r.status === 'closed' || r.status === 'escalated';
    const limit = limits[i];
    const countdown = limit && (plain[i] ?? working!(limit, asOf, calendar));
    return {
      ...r,
      overdue: isOverdue(r, asOf),
      escalated: r.status === 'escalated',
      ...(r.deadline !== undefined && !settled ? { daysLeft: daysBetween(today, r.deadline) } : {}),
      ...(countdown ? { countdown } : {}),
    };
  });
  const counts: EvidenceCounts = p.evidence.counts();
  return {
    campaignId,
    asOf,
    document: p.document,
    configuration: p.configuration.value,
    state,
    cycle: context.cycle,
    history: context.history,
    countdown: campaignCountdown(p.campaign, asOf),
    readiness:
      state === 'closed'
        ? { phase: 'closed', ready: false, blockers: [] }
        : readinessOf(context, state, derived, p.configuration.readiness),
    ...(context.lastRefusal ? { lastRefusal: context.lastRefusal } : {}),
    board: {
      totals: snapshot?.totals ?? { ...EMPTY },
      items: snapshot?.items ?? {},
      units: snapshot?.units ?? {},
      unitTotals: snapshot?.unitTotals ?? {},
      standards,
    },
    ledger,
    counters: context.facts.ledger,
    archive: context.facts.archive,
    schedule: board?.lapsing(options.scheduleDays ?? 14) ?? [],
    evidence: counts,
    surveys: surveysOf(p),
    items: (filter) => p.items(filter),
    // Each method moves the kept board back to this view's moment: another view may have moved it since.
    cells: (code) => cellsOf(p.boardAt(asOf), code),
    explain: (code, key) => explainCell(p.boardAt(asOf), p, code, key),
    boardHistory: (moments) => boardHistory(p, moments),
    asDocument: () => asDocument(p),
    readinessFor: (phase) => readinessOf(context, phase, derived, p.configuration.readiness),
    boardSnapshot: () => p.boardAt(asOf)?.snapshot(),
  };
}
