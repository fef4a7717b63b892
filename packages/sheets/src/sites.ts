import type { SiteType } from '@chuangwen/checklists';
import {
  DatumSchema,
  ENUM_LABELS,
  type Person,
  type Site,
  SiteSchema,
  SiteSelectionSchema,
  type Unit,
} from '@chuangwen/model';
import { DerivedIds } from './derived-ids.js';
import { checkRecord, IssueSink, nameProblem, readChoice, readNames } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables, recordsFrom } from './import-common.js';
import type { SheetResult } from './issues.js';
import { say } from './messages.js';
import { type NameMatch, PersonNames, UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import { type ColumnKey, defineTable, type TableRow } from './table.js';
import { cellNumber, cellText, nearest, normalize } from './text.js';

/** A row of the SITE_TABLE, which takes only its column keys. */
type SiteRow = TableRow<ColumnKey<typeof SITE_TABLE>>;

/** The site register (点位台账): its columns and the headers offices use for them. */
export const SITE_TABLE = defineTable({
  name: { 'zh-CN': '点位台账', en: 'Site register' },
  columns: [
    { key: 'id', header: { 'zh-CN': '点位编号', en: 'Site id' }, synonyms: ['编号'], width: 12 },
    {
      key: 'name',
      header: { 'zh-CN': '点位名称', en: 'Site' },
      synonyms: ['点位', '名称', '点位名'],
      required: true,
      width: 24,
    },
    {
      key: 'type',
      header: { 'zh-CN': '点位类型', en: 'Site type' },
      synonyms: ['类型', '点位类别'],
      required: true,
      width: 16,
    },
    {
      key: 'unit',
      header: { 'zh-CN': '责任单位', en: 'Responsible unit' },
      synonyms: ['包保单位', '责任部门', '包抓单位', '责任科室'],
      required: true,
      width: 16,
    },
    {
      key: 'leader',
      header: { 'zh-CN': '责任领导', en: 'Responsible leader' },
      synonyms: ['包抓领导', '包保领导'],
      width: 10,
    },
    { key: 'grid', header: { 'zh-CN': '网格', en: 'Grid' }, synonyms: ['所属网格'], width: 12 },
    {
      key: 'address',
      header: { 'zh-CN': '地址', en: 'Address' },
      synonyms: ['位置', '详细地址', '点位地址'],
      width: 24,
    },
    {
      key: 'selection',
      header: { 'zh-CN': '点位性质', en: 'Selection' },
      synonyms: ['固定/重点/随机', '点位属性'],
      width: 10,
    },
    { key: 'longitude', header: { 'zh-CN': '经度', en: 'Longitude' }, width: 12 },
    { key: 'latitude', header: { 'zh-CN': '纬度', en: 'Latitude' }, width: 12 },
    { key: 'datum', header: { 'zh-CN': '坐标系', en: 'Datum' }, width: 12 },
  ],
});

/** What a site register is read against: the campaign's units and people and the site type catalogue. */
export interface SiteImportOptions extends ImportOptions {
  units: readonly Unit[];
  people?: readonly Person[];
  /** The site types, to read their names (农贸市场); without them only type codes are understood. */
  siteTypes?: readonly SiteType[];
  /** The prefix of the ids derived from the names of rows with no site id (`site-…`). */
  idPrefix?: string;
}

const SELECTION_CHOICES = {
  values: SiteSelectionSchema.options,
  labels: ENUM_LABELS.siteSelection,
  synonyms: { fixed: ['固定'], key: ['重点'], random: ['随机', '一般'] },
};
const DATUM_CHOICES = {
  values: DatumSchema.options,
  labels: ENUM_LABELS.datum,
  synonyms: { GCJ02: ['高德', '腾讯'], BD09: ['百度'] },
};
const COLUMN_OF = {
  id: 'id',
  name: 'name',
  siteType: 'type',
  responsibleUnitId: 'unit',
  responsibleLeaderId: 'leader',
  grid: 'grid',
  address: 'address',
  selection: 'selection',
  location: 'longitude',
} as const satisfies Readonly<Record<string, ColumnKey<typeof SITE_TABLE>>>;

/** Matches site type names (or codes) to codes. */
export class SiteTypeNames {
  private readonly byName = new Map<string, string>();
  private readonly names: string[] = [];
  constructor(types: readonly SiteType[] = []) {
    for (const t of types)
      for (const name of [t.name['zh-CN'], t.name.en, t.code, ...(t.aliases ?? [])]) {
        if (name === undefined) continue;
        this.byName.set(normalize(name), t.code);
        this.names.push(name);
      }
  }
  match(written: string): NameMatch {
    const hit = this.byName.get(normalize(written));
    if (hit) return { ok: true, ids: [hit] };
    if (this.byName.size === 0 && /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/.test(written))
      return { ok: true, ids: [written] };
    const suggestion = nearest(
      written,
      this.names.filter((n) => /\p{Script=Han}/u.test(n)),
    );
    return suggestion === undefined
      ? { ok: false, reason: 'unknown' }
      : { ok: false, reason: 'unknown', suggestion };
  }
}

function readRow(row: SiteRow, n: number, ctx: Context, sink: IssueSink): unknown {
  const path = ['sites', n];
  const site: Record<string, unknown> = {
    id: cellText(row.get('id')) ?? ctx.ids.next(cellText(row.get('name'))),
  };
  const name = cellText(row.get('name'));
  if (name !== undefined) site.name = name;
  const type = cellText(row.get('type'));
  if (type !== undefined) {
    const match = ctx.types.match(type);
    if (match.ok) site.siteType = match.ids[0];
    else
      sink.at(row, 'type', 'unknown_site_type', nameProblem(type, match, say('siteType')), [
        ...path,
        'siteType',
      ]);
  }
  const units = readNames(row, 'unit', ctx.units, sink, say('responsibleUnit'), [
    ...path,
    'responsibleUnitId',
  ]);
  if (units.length > 1)
    sink.at(row, 'unit', 'several_units', say('oneResponsibleUnit'), [...path, 'responsibleUnitId']);
  if (units[0] !== undefined) site.responsibleUnitId = units[0];
  const leader = cellText(row.get('leader'));
  if (leader !== undefined) {
    const match = ctx.people.match(leader);
    if (match.ok) site.responsibleLeaderId = match.ids[0];
    else
      sink.at(row, 'leader', 'unknown_name', nameProblem(leader, match, say('leader')), [
        ...path,
        'responsibleLeaderId',
      ]);
  }
  for (const key of ['grid', 'address'] as const) {
    const text = cellText(row.get(key));
    if (text !== undefined) site[key] = text;
  }
  const selection = readChoice(row, 'selection', SELECTION_CHOICES, sink, say('selection'));
  if (selection !== undefined) site.selection = selection;
  const longitude = cellNumber(row.get('longitude'));
  const latitude = cellNumber(row.get('latitude'));
  if (longitude !== undefined || latitude !== undefined) {
    const datum = readChoice(row, 'datum', DATUM_CHOICES, sink, say('datum')) ?? 'GCJ02';
    site.location = { longitude, latitude, datum };
  }
  return site;
}

interface Context {
  units: UnitNames;
  people: PersonNames;
  types: SiteTypeNames;
  ids: DerivedIds;
}

/** Reads site registers from workbook grids (pure). */
export function sitesFromGrid(workbook: WorkbookGrid, options: SiteImportOptions): SheetResult<Site[]> {
  const { tables, issues } = locateTables(workbook, SITE_TABLE, options);
  if (issues.length > 0) return { ok: false, issues };
  const ctx: Context = {
    units: new UnitNames(options.units),
    people: new PersonNames(options.people ?? []),
    types: new SiteTypeNames(options.siteTypes),
    ids: new DerivedIds(options.idPrefix ?? 'site-'),
  };
  const sink = new IssueSink();
  return recordsFrom(tables, sink, (row, n) =>
    checkRecord(SiteSchema, readRow(row, n, ctx, sink), row, ['sites', n], COLUMN_OF, sink),
  );
}

/** Reads a site register (点位台账) from an xlsx file. */
export async function importSites(
  input: WorkbookBytes,
  options: SiteImportOptions,
): Promise<SheetResult<Site[]>> {
  return importWith(input, options, (workbook) => sitesFromGrid(workbook, options));
}
