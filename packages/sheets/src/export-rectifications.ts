import type { SiteType } from '@chuangwen/checklists';
import { type Campaign, ENUM_LABELS, formatPercent, type Rectification, type Scope } from '@chuangwen/model';
import { rectificationRates } from '@chuangwen/rules';
import { beijingDate, dateCell, instantCell } from './dates.js';
import { RECTIFICATION_TABLE, SCOPE_WORDS } from './rectification-columns.js';
import { headersOf, type SheetSpec, sheetName, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import { writeWorkbook } from './write-workbook.js';

/** Options for exporting the ledger. */
export interface RectificationExportOptions {
  /** The moment the 整改率 and overdue counts are taken at; by default the latest time in the ledger. */
  asOf?: string;
  siteTypes?: readonly SiteType[];
  /** The office's name in titles (云溪街道); by default the campaign's jurisdiction. */
  office?: string;
}

const KEYS = RECTIFICATION_TABLE.columns.map((c) => c.key);
const TIME_FMT = 'yyyy-mm-dd hh:mm';
const TIME_FMT_S = 'yyyy-mm-dd hh:mm:ss';

/** The parts of a campaign the ledger export reads. */
export type RectificationCampaign = Pick<
  Campaign,
  'units' | 'sites' | 'rectifications' | 'organisation' | 'jurisdiction'
>;

/** The latest reported or closed time in a ledger: the default moment of an export, so no clock is read. */
export function latestTime(rectifications: readonly Rectification[]): string {
  let latest = '2000-01-01T00:00:00+08:00';
  for (const r of rectifications)
    for (const t of [r.reportedAt, r.closedAt])
      if (t !== undefined && Date.parse(t) > Date.parse(latest)) latest = t;
  return latest;
}

/** The words of a scope in the 点位 column. */
function scopeText(scope: Scope, names: Names): string {
  switch (scope.kind) {
    case 'jurisdiction':
      return SCOPE_WORDS.jurisdiction;
    case 'site':
      return names.site(scope.siteId);
    case 'siteType':
      return `${SCOPE_WORDS.siteType}：${names.siteType(scope.siteType)}`;
    case 'unit':
      return `${SCOPE_WORDS.unit}：${names.unit(scope.unitId)}`;
  }
}

/** Names of a campaign's records by id, for writing (an unknown id is written as it is). */
export interface Names {
  /** A unit's name. */
  unit(id: string): string;
  /** A person's name. */
  person(id: string): string;
  /** A site's name. */
  site(id: string): string;
  /** A site type's Chinese name. */
  siteType(code: string): string;
}

/** The names of a campaign's units, people, sites and site types, by id. */
export function namesOf(
  campaign: Partial<Pick<Campaign, 'units' | 'sites' | 'organisation'>>,
  siteTypes: readonly SiteType[] = [],
): Names {
  const map = <T>(list: readonly T[] | undefined, id: (t: T) => string, name: (t: T) => string) => {
    const m = new Map((list ?? []).map((t) => [id(t), name(t)]));
    return (key: string) => m.get(key) ?? key;
  };
  return {
    unit: map(
      campaign.units,
      (u) => u.id,
      (u) => u.name,
    ),
    person: map(
      campaign.organisation?.people,
      (p) => p.id,
      (p) => p.name,
    ),
    site: map(
      campaign.sites,
      (s) => s.id,
      (s) => s.name,
    ),
    siteType: map(
      siteTypes,
      (t) => t.code,
      (t) => t.name['zh-CN'],
    ),
  };
}

const time = (t: string | undefined): WriteCell =>
  t === undefined
    ? null
    : { value: instantCell(t), numFmt: /:\d\d:(0[1-9]|[1-5]\d)/.test(t) ? TIME_FMT_S : TIME_FMT };

function line(r: Rectification, names: Names): WriteCell[] {
  const list = (ids: readonly string[], f: (id: string) => string) =>
    ids.length === 0 ? null : ids.map(f).join('、');
  const person = (id: string | undefined) => (id === undefined ? null : names.person(id));
  const values: Record<string, WriteCell> = {
    id: r.id,
    description: r.description,
    standard: r.standardRef ?? null,
    area: r.area === undefined ? null : ENUM_LABELS.rectificationArea[r.area]['zh-CN'],
    place: scopeText(r.scope, names),
    lead: r.leadUnitId === undefined ? null : names.unit(r.leadUnitId),
    supporting: list(r.supportingUnitIds, names.unit),
    guarantor: list(r.guarantorUnitIds, names.unit),
    leader: person(r.responsibleLeaderId),
    requirement: r.requirement ?? null,
    reportedAt: time(r.reportedAt),
    reportedBy: person(r.reportedBy),
    deadline: r.deadline === undefined ? null : { value: dateCell(r.deadline), numFmt: 'yyyy-mm-dd' },
    status: ENUM_LABELS.rectificationStatus[r.status]['zh-CN'],
    closedAt: time(r.closedAt),
    rectifiedBy: person(r.rectifiedById),
    reviewer: person(r.reviewerId),
    returned: r.returnedCount,
    repeat: r.repeatCount,
    escalatedTo: r.escalatedTo ?? null,
    observation: r.observationId ?? null,
    evidence: list(r.evidence, (id) => id),
  };
  return KEYS.map((k) => values[k] ?? null);
}

/**
 * The rectification ledger as sheets (pure): a summary of 整改率 by lead unit first, then one sheet per lead unit
 * (problems not yet handed over on a sheet of their own), each re-importable as it is.
 */
export function rectificationSheets(
  campaign: RectificationCampaign,
  options: RectificationExportOptions = {},
): WorkbookSpec {
  const names = namesOf(campaign, options.siteTypes);
  const office = options.office ?? campaign.jurisdiction.name;
  const asOf = options.asOf ?? latestTime(campaign.rectifications);
  const rates = rectificationRates(campaign.rectifications, { asOf, by: 'unit', attribution: 'lead' });
  const taken = new Set<string>();
  const summary: SheetSpec = {
    name: sheetName('整改率汇总', taken),
    title: `${office}问题整改情况汇总`,
    meta: [['截至', beijingDate(asOf)]],
    columns: [
      { header: '单位' },
      { header: '发现问题' },
      { header: '已销号' },
      { header: '上报上级' },
      { header: '逾期未改' },
      { header: '整改率' },
    ],
    rows: rates.map((r) => [
      names.unit(r.key),
      r.found,
      r.closed,
      r.escalated,
      r.overdue,
      r.rate === null ? '—' : formatPercent(r.rate),
    ]),
  };
  const byUnit = new Map<string, Rectification[]>();
  for (const r of campaign.rectifications) {
    const key = r.leadUnitId ?? '';
    const list = byUnit.get(key);
    if (list) list.push(r);
    else byUnit.set(key, [r]);
  }
  const sheets: SheetSpec[] = [summary];
  for (const [unitId, list] of byUnit) {
    const unit = unitId === '' ? '未交办' : names.unit(unitId);
    const rate = rates.find((r) => r.key === unitId);
    sheets.push({
      name: sheetName(unit, taken),
      title: `${unit}问题整改台账`,
      meta: [
        ['单位', unit],
        ['发现', String(list.length)],
        ['已销号', String(rate?.closed ?? 0)],
      ],
      columns: headersOf(RECTIFICATION_TABLE, KEYS),
      rows: list.map((r) => line(r, names)),
    });
  }
  // A ledger with no problem yet is still a ledger: its empty table, so the file reads back as one (and as none found).
  if (byUnit.size === 0)
    sheets.push({
      name: sheetName('问题整改台账', taken),
      title: `${office}问题整改台账`,
      meta: [['发现', '0']],
      columns: headersOf(RECTIFICATION_TABLE, KEYS),
      rows: [],
    });
  return { sheets };
}

/** Writes the rectification ledger per unit to xlsx bytes. */
export function exportRectifications(
  campaign: RectificationCampaign,
  options: RectificationExportOptions = {},
): Promise<Uint8Array> {
  return writeWorkbook(rectificationSheets(campaign, options));
}
