// What every view should show, computed in Node by the library itself on the same campaign, independently of the
// page's own modules and of the campaign view it reads: the board and its roll-ups, the countdown, the ledger's rates
// and flagged problems, the re-inspection schedule, survey rates, the civility index and the board at past moments.
import type { CivilityTally } from '@chuangwen/checklists';
import { civilitySheet, districtFramework, SAMPLE_CIVILITY_PASS_LINE } from '@chuangwen/checklists/district';
import { isOverdue } from '@chuangwen/machine';
import {
  type ArchiveDocument,
  type Campaign,
  type CampaignInput,
  GOAL_METRICS,
  type Observation,
  type Rectification,
  type SurveyResponse,
  validateCampaign,
} from '@chuangwen/model';
import {
  ComplianceBoard,
  civilityIndex,
  daysBetween,
  limitInForce,
  phaseCountdowns,
  rectificationRates,
  shanghaiDate,
  surveyRates,
  timeLimitCountdown,
  toMs,
} from '@chuangwen/rules';
import type { CampaignViewData, LedgerRow } from '@chuangwen/store';
import { VIEWER } from '../scripts/page-server.js';
import { SAMPLE_AS_OF, SAMPLE_CAMPAIGN_ID } from '../scripts/seed.js';

/** A campaign's record as plain data, and the service's own view of it at the sample's moment. */
export interface Record {
  document: Campaign;
  observations: Observation[];
  rectifications: Rectification[];
  surveys: SurveyResponse[];
  documents: ArchiveDocument[];
  view: CampaignViewData;
}

/** Reads the sample campaign's record from the service, as any client would, every page of its evidence. */
export async function readRecord(base: string): Promise<Record> {
  const get = async <T>(path: string) => {
    const response = await fetch(`${base}/campaigns/${SAMPLE_CAMPAIGN_ID}${path}`, { headers: VIEWER });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const items: { kind: string; record: unknown }[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const page: { items: typeof items; next: number | null } = await get(
      `/evidence?inForce=true&from=${from}`,
    );
    items.push(...page.items);
    from = page.next;
  }
  const of = <T>(kind: string) => items.filter((i) => i.kind === kind).map((i) => i.record as T);
  const moment = `asOf=${encodeURIComponent(SAMPLE_AS_OF)}`;
  const ledger = await get<{ entries: LedgerRow[] }>(`/ledger?${moment}`);
  return {
    document: await get<Campaign>('/document'),
    observations: of<Observation>('observation'),
    rectifications: ledger.entries.map(
      ({ overdue: _o, daysLeft: _d, escalated: _e, countdown: _c, ...r }) => r,
    ),
    surveys: of<SurveyResponse>('survey'),
    documents: of<ArchiveDocument>('document'),
    view: await get<CampaignViewData>(`/view?${moment}`),
  };
}

/** The record as one campaign document, the file a user would drop onto the page. */
export function recordAsDocument(record: Record): Campaign {
  const input: CampaignInput = {
    ...record.document,
    observations: record.observations,
    rectifications: record.rectifications,
    surveyResponses: record.surveys,
    archive: record.documents,
  };
  const checked = validateCampaign(input);
  if (!checked.ok)
    throw new Error(
      `the exported record is not a valid document: ${JSON.stringify(checked.issues.slice(0, 3))}`,
    );
  return checked.value;
}

/** A board of the record judged at `asOf`. */
export function boardAt(record: Record, asOf: string): ComplianceBoard {
  const { document } = record;
  const board = new ComplianceBoard({
    framework: districtFramework,
    asOf,
    sites: document.sites,
    units: document.units,
    tasks: document.tasks,
    rectifications: record.rectifications,
  });
  board.recordAll(record.observations);
  return board;
}

/** Everything the views show at `asOf`. */
export function expectedViews(record: Record, asOf: string) {
  const board = boardAt(record, asOf);
  const tallies = record.document.extensions?.civilityTallies as CivilityTally[] | undefined;
  const rates = surveyRates(record.surveys, record.document.goals.targetRates);
  const today = shanghaiDate(toMs(asOf));
  // The schedule by the day to re-check by: within 7 days, within 30 (a cell lapsing late on the 30th included).
  const lapsing = board.lapsing(31);
  const within = (days: number) => lapsing.filter((d) => daysBetween(today, d.recheckBy) <= days);
  return {
    snapshot: board.snapshot(),
    countdowns: phaseCountdowns(record.document.timeline, asOf),
    rates: rectificationRates(record.rectifications, { asOf, by: 'unit' }),
    overdue: record.rectifications.filter((r) => isOverdue(r, asOf)).map((r) => r.id),
    // How far past its deadline each overdue problem is, in the deadline's own unit, counted apart from the view.
    late: Object.fromEntries(
      record.rectifications
        .filter((r) => isOverdue(r, asOf))
        .map((r) => [r.id, timeLimitCountdown(limitInForce(r)!, asOf, record.document.calendar)]),
    ),
    escalated: record.rectifications.filter((r) => r.status === 'escalated').map((r) => r.id),
    week: within(7),
    month: within(30),
    surveys: GOAL_METRICS.map((m) => rates[m]),
    civility:
      tallies && civilityIndex({ sheet: civilitySheet, tallies, passLine: SAMPLE_CIVILITY_PASS_LINE }),
    board,
  };
}
