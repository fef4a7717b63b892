// What the page shows for one campaign at one moment, laid out from its source: the view's board rolled up in the
// framework's and the configuration's order, the ledger's rates and flagged problems, the schedule split into the
// week and the month, the civility index. Nothing here judges anything: every class, flag and date is the view's.
import { type LocatedStandard, listStandards } from '@chuangwen/checklists';
import type { Rectification } from '@chuangwen/model';
import {
  type CivilityIndex,
  type ClassCounts,
  type ComplianceClass,
  daysBetween,
  type RectificationRate,
  type ReinspectionDue,
  rectificationRates,
  shanghaiDate,
  toMs,
  worstOf,
} from '@chuangwen/rules';
import type { LedgerRow, ViewStandard } from '@chuangwen/store';
import { civilityOf } from '../data/civility.js';
import type { CampaignSource } from '../data/source.js';

/** One row of the summary: a major item or a unit, its worst class and how many of its standards or cells are in each. */
export interface SummaryRow {
  id: string;
  label: string | { 'zh-CN': string; en?: string };
  class: ComplianceClass;
  counts: ClassCounts;
}

/** The page's content for one campaign at one moment. */
export interface Dashboard {
  source: CampaignSource;
  items: SummaryRow[];
  units: SummaryRow[];
  /** The main edition's standards by code, with their item. */
  standards: Map<string, LocatedStandard>;
  ledger: { rates: RectificationRate[]; problems: { unitId: string; entries: LedgerRow[] }[] };
  schedule: { week: ReinspectionDue[]; month: ReinspectionDue[] };
  civility: CivilityIndex | undefined;
}

/** The standards of one item, in the framework's order, each with its status on the board. */
export function standardsOfItem(dashboard: Dashboard, itemCode: string) {
  const statuses = dashboard.source.view.board.standards;
  return [...dashboard.standards.values()]
    .filter((l) => l.item.code === itemCode && statuses[l.standard.code] !== undefined)
    .map((l) => ({ located: l, status: statuses[l.standard.code] as ViewStandard }));
}

function itemRows(source: CampaignSource): SummaryRow[] {
  const { items } = source.view.board;
  return source.framework.items
    .filter((item) => items[item.code] !== undefined)
    .map((item) => ({
      id: item.code,
      label: {
        'zh-CN': `${item.displayCode ?? item.code} ${item.title['zh-CN']}`,
        en: `${item.code} ${item.title.en ?? item.title['zh-CN']}`,
      },
      class: items[item.code]!.class,
      counts: items[item.code]!.counts,
    }));
}

/** Units in the configuration's order with the cells they answer for (a site's cells count under the site's unit). */
function unitRows(source: CampaignSource): SummaryRow[] {
  const { units } = source.view.board;
  return source.view.configuration.units
    .filter((u) => units[u.id] !== undefined)
    .map((u) => ({
      id: u.id,
      label: u.name,
      class: worstOf(units[u.id]!, 'undetermined'),
      counts: units[u.id]!,
    }));
}

/** The view's ledger as the page shows it: 整改率 per lead unit, and each unit's overdue and escalated problems. */
function ledgerOf(source: CampaignSource): Dashboard['ledger'] {
  const { asOf, ledger } = source.view;
  const reported = ledger.filter((r) => toMs(r.reportedAt) <= toMs(asOf));
  const flagged = reported.filter((r) => r.overdue || r.escalated);
  const lead = (r: Rectification) => r.leadUnitId ?? '';
  return {
    rates: rectificationRates(reported, { asOf, by: 'unit' }),
    problems: [...new Set(flagged.map(lead))].sort().map((unitId) => ({
      unitId,
      entries: flagged.filter((r) => lead(r) === unitId),
    })),
  };
}

/** The view's schedule split by the day to re-check by: within 7 days, and within 30. */
function scheduleOf(source: CampaignSource): Dashboard['schedule'] {
  const today = shanghaiDate(toMs(source.view.asOf));
  const within = (days: number) =>
    source.view.schedule.filter((d) => daysBetween(today, d.recheckBy) <= days);
  return { week: within(7), month: within(30) };
}

/** Lays out everything the page shows from one source. */
export function computeDashboard(source: CampaignSource): Dashboard {
  return {
    source,
    items: itemRows(source),
    units: unitRows(source),
    standards: new Map(listStandards(source.framework).map((l) => [l.standard.code, l])),
    ledger: ledgerOf(source),
    schedule: scheduleOf(source),
    civility: civilityOf(source.document),
  };
}
