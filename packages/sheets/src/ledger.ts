import type { SiteType } from '@chuangwen/checklists';
import {
  ENUM_LABELS,
  type Person,
  RECTIFICATION_AREAS,
  RECTIFICATION_STATUSES,
  type Rectification,
  RectificationSchema,
  type Scope,
  type Site,
  type Unit,
} from '@chuangwen/model';
import { parseDate, parseInstant } from './dates.js';
import { checkRecord, IssueSink, nameProblem, readChoice, readNames } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import type { SheetResult } from './issues.js';
import { type NameMatch, PersonNames, UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import { SiteTypeNames } from './sites.js';
import { StandardNames } from './standard-names.js';
import { type TableRow, type TableSpec, tableRows } from './table.js';
import { cellNumber, cellText, nearest, normalize, splitList } from './text.js';

/** The rectification ledger (问题整改台账): its columns and the headers offices use for them. */
export const LEDGER_TABLE: TableSpec = {
  name: { 'zh-CN': '问题整改台账', en: 'Rectification ledger' },
  columns: [
    {
      key: 'id',
      header: { 'zh-CN': '问题编号', en: 'Problem id' },
      synonyms: ['编号', '台账编号'],
      width: 12,
    },
    {
      key: 'description',
      header: { 'zh-CN': '问题描述', en: 'Problem' },
      synonyms: ['存在问题', '问题', '问题内容'],
      required: true,
      width: 36,
    },
    {
      key: 'standard',
      header: { 'zh-CN': '测评标准', en: 'Standard' },
      synonyms: ['标准编号', '对应标准'],
      width: 12,
    },
    {
      key: 'area',
      header: { 'zh-CN': '专项领域', en: 'Area' },
      synonyms: ['问题类别', '问题类型', '领域'],
      width: 10,
    },
    {
      key: 'place',
      header: { 'zh-CN': '点位', en: 'Place' },
      synonyms: ['问题点位', '问题地点', '地点', '点位名称'],
      width: 20,
    },
    {
      key: 'lead',
      header: { 'zh-CN': '牵头单位', en: 'Lead unit' },
      synonyms: ['责任单位', '主责单位', '整改单位'],
      width: 16,
    },
    {
      key: 'supporting',
      header: { 'zh-CN': '配合单位', en: 'Supporting units' },
      synonyms: ['协办单位'],
      width: 16,
    },
    {
      key: 'guarantor',
      header: { 'zh-CN': '包保单位', en: 'Guarantor units' },
      synonyms: ['包联单位', '包抓单位'],
      width: 14,
    },
    { key: 'leader', header: { 'zh-CN': '责任领导', en: 'Responsible leader' }, width: 10 },
    {
      key: 'requirement',
      header: { 'zh-CN': '整改要求', en: 'Measure demanded' },
      synonyms: ['整改措施', '整改建议'],
      width: 24,
    },
    {
      key: 'reportedAt',
      header: { 'zh-CN': '发现时间', en: 'Reported at' },
      synonyms: ['上报时间', '交办时间', '发现日期', '检查时间'],
      required: true,
      width: 18,
    },
    {
      key: 'reportedBy',
      header: { 'zh-CN': '上报人', en: 'Reported by' },
      synonyms: ['发现人', '检查人'],
      width: 10,
    },
    {
      key: 'deadline',
      header: { 'zh-CN': '整改时限', en: 'Deadline' },
      synonyms: ['完成时限', '整改期限', '时限'],
      width: 12,
    },
    {
      key: 'status',
      header: { 'zh-CN': '整改状态', en: 'Status' },
      synonyms: ['状态', '进展情况', '整改情况'],
      required: true,
      width: 12,
    },
    { key: 'closedAt', header: { 'zh-CN': '销号时间', en: 'Closed at' }, synonyms: ['销号日期'], width: 18 },
    { key: 'rectifiedBy', header: { 'zh-CN': '整改人', en: 'Rectified by' }, width: 10 },
    {
      key: 'reviewer',
      header: { 'zh-CN': '核查人', en: 'Reviewer' },
      synonyms: ['复查人', '验收人'],
      width: 10,
    },
    { key: 'returned', header: { 'zh-CN': '退回次数', en: 'Times returned' }, width: 8 },
    {
      key: 'repeat',
      header: { 'zh-CN': '回潮次数', en: 'Times recurred' },
      synonyms: ['反弹次数'],
      width: 8,
    },
    {
      key: 'escalatedTo',
      header: { 'zh-CN': '上报去向', en: 'Escalated to' },
      synonyms: ['提请单位'],
      width: 14,
    },
    { key: 'observation', header: { 'zh-CN': '测评记录编号', en: 'Observation id' }, width: 12 },
    { key: 'evidence', header: { 'zh-CN': '佐证材料编号', en: 'Evidence ids' }, width: 14 },
  ],
};

/** What a ledger is read against: the campaign's units, people and sites, the site types and the framework. */
export interface LedgerImportOptions extends ImportOptions {
  units: readonly Unit[];
  people?: readonly Person[];
  sites?: readonly Site[];
  siteTypes?: readonly SiteType[];
  /** The prefix of ids given to rows with no problem id. */
  idPrefix?: string;
}

/** Words a ledger writes in its 点位 column for a scope other than one site. */
export const SCOPE_WORDS = { jurisdiction: '全域', siteType: '点位类型', unit: '单位' } as const;

export const STATUS_CHOICES = {
  values: RECTIFICATION_STATUSES,
  labels: ENUM_LABELS.rectificationStatus,
  synonyms: {
    reported: ['待交办', '新发现', '上报'],
    assigned: ['交办', '已派单'],
    rectifying: ['正在整改', '未整改'],
    submitted: ['待核查', '待验收', '已提交'],
    returned: ['退回', '未通过'],
    closed: ['已整改', '已完成', '销号', '完成'],
    reopened: ['回潮', '反弹'],
    escalated: ['提请上级'],
  },
};
const AREAS = { values: RECTIFICATION_AREAS, labels: ENUM_LABELS.rectificationArea };
const COLUMN_OF = {
  id: 'id',
  description: 'description',
  standardRef: 'standard',
  area: 'area',
  scope: 'place',
  leadUnitId: 'lead',
  supportingUnitIds: 'supporting',
  guarantorUnitIds: 'guarantor',
  responsibleLeaderId: 'leader',
  requirement: 'requirement',
  reportedAt: 'reportedAt',
  reportedBy: 'reportedBy',
  deadline: 'deadline',
  status: 'status',
  closedAt: 'closedAt',
  rectifiedById: 'rectifiedBy',
  reviewerId: 'reviewer',
  returnedCount: 'returned',
  repeatCount: 'repeat',
  escalatedTo: 'escalatedTo',
  observationId: 'observation',
  evidence: 'evidence',
};

interface Context {
  units: UnitNames;
  people: PersonNames;
  sites: readonly Site[];
  types: SiteTypeNames;
  standards: StandardNames;
  idPrefix: string;
}

function siteMatch(sites: readonly Site[], written: string): NameMatch {
  const key = normalize(written);
  const hits = sites.filter((s) => normalize(s.name) === key || s.id === written);
  if (hits.length === 1) return { ok: true, ids: [hits[0]!.id] };
  if (hits.length > 1) return { ok: false, reason: 'ambiguous', candidates: hits.map((s) => s.id) };
  const suggestion = nearest(
    written,
    sites.map((s) => s.name),
  );
  return suggestion === undefined
    ? { ok: false, reason: 'unknown' }
    : { ok: false, reason: 'unknown', suggestion };
}

function readScope(
  row: TableRow,
  ctx: Context,
  sink: IssueSink,
  path: (string | number)[],
): Scope | undefined {
  const text = cellText(row.get('place'));
  if (text === undefined || normalize(text) === SCOPE_WORDS.jurisdiction) return { kind: 'jurisdiction' };
  const prefixed = /^(点位类型|单位)[:：]\s*(.+)$/.exec(text.trim());
  const written = prefixed?.[2] ?? text;
  const kind = prefixed?.[1] === SCOPE_WORDS.unit ? 'unit' : prefixed ? 'siteType' : 'site';
  const match =
    kind === 'unit'
      ? ctx.units.match(written)
      : kind === 'siteType'
        ? ctx.types.match(written)
        : siteMatch(ctx.sites, written);
  if (!match.ok || match.ids.length !== 1) {
    const what = {
      site: { 'zh-CN': '点位', en: 'site' },
      siteType: { 'zh-CN': '点位类型', en: 'site type' },
      unit: { 'zh-CN': '单位', en: 'unit' },
    }[kind];
    sink.at(
      row,
      'place',
      'unknown_name',
      match.ok ? { 'zh-CN': '只能填一个', en: 'name one only' } : nameProblem(written, match, what),
      path,
    );
    return undefined;
  }
  const id = match.ids[0]!;
  return kind === 'site'
    ? { kind, siteId: id }
    : kind === 'unit'
      ? { kind, unitId: id }
      : { kind, siteType: id };
}

function person(
  row: TableRow,
  key: string,
  ctx: Context,
  sink: IssueSink,
  path: (string | number)[],
): string | undefined {
  const text = cellText(row.get(key));
  if (text === undefined) return undefined;
  const match = ctx.people.match(text);
  if (match.ok) return match.ids[0];
  sink.at(row, key, 'unknown_name', nameProblem(text, match, { 'zh-CN': '人员', en: 'person' }), path);
  return undefined;
}

function readRow(row: TableRow, n: number, ctx: Context, sink: IssueSink): unknown {
  const path = ['rectifications', n];
  const at = (field: keyof typeof COLUMN_OF) => [...path, field];
  const r: Record<string, unknown> = { id: cellText(row.get('id')) ?? `${ctx.idPrefix}${n + 1}` };
  for (const [field, key] of [
    ['description', 'description'],
    ['requirement', 'requirement'],
    ['escalatedTo', 'escalatedTo'],
    ['observationId', 'observation'],
  ] as const) {
    const text = cellText(row.get(key));
    if (text !== undefined) r[field] = text;
  }
  const standard = cellText(row.get('standard'));
  if (standard !== undefined) {
    const match = ctx.standards.match(standard);
    if (match.ok && match.ids.length === 1) r.standardRef = match.ids[0];
    else
      sink.at(
        row,
        'standard',
        'unknown_name',
        match.ok
          ? { 'zh-CN': '只能填一条测评标准', en: 'name one standard' }
          : nameProblem(standard, match, { 'zh-CN': '测评标准', en: 'standard' }),
        at('standardRef'),
      );
  }
  const area = readChoice(row, 'area', AREAS, sink, { 'zh-CN': '专项领域', en: 'area' });
  if (area !== undefined) r.area = area;
  const scope = readScope(row, ctx, sink, at('scope'));
  if (scope) r.scope = scope;
  const lead = readNames(row, 'lead', ctx.units, sink, { 'zh-CN': '单位', en: 'unit' }, at('leadUnitId'));
  if (lead[0] !== undefined) r.leadUnitId = lead[0];
  r.supportingUnitIds = [
    ...lead.slice(1),
    ...readNames(
      row,
      'supporting',
      ctx.units,
      sink,
      { 'zh-CN': '单位', en: 'unit' },
      at('supportingUnitIds'),
    ),
  ];
  r.guarantorUnitIds = readNames(
    row,
    'guarantor',
    ctx.units,
    sink,
    { 'zh-CN': '单位', en: 'unit' },
    at('guarantorUnitIds'),
  );
  for (const [field, key] of [
    ['responsibleLeaderId', 'leader'],
    ['reportedBy', 'reportedBy'],
    ['rectifiedById', 'rectifiedBy'],
    ['reviewerId', 'reviewer'],
  ] as const) {
    const id = person(row, key, ctx, sink, at(field));
    if (id !== undefined) r[field] = id;
  }
  for (const [field, key] of [
    ['reportedAt', 'reportedAt'],
    ['closedAt', 'closedAt'],
  ] as const) {
    if (
      cellText(row.get(key)) === undefined &&
      !(row.get(key) instanceof Date) &&
      typeof row.get(key) !== 'number'
    )
      continue;
    const instant = parseInstant(row.get(key));
    if (instant) r[field] = instant;
    else
      sink.at(
        row,
        key,
        'invalid_date',
        {
          'zh-CN': '时间无法识别；请写成 2026-03-02 09:30 或日期格式',
          en: 'not a date and time; write 2026-03-02 09:30 or use a date cell',
        },
        at(field),
      );
  }
  const year = typeof r.reportedAt === 'string' ? Number(r.reportedAt.slice(0, 4)) : undefined;
  if (
    cellText(row.get('deadline')) !== undefined ||
    row.get('deadline') instanceof Date ||
    typeof row.get('deadline') === 'number'
  ) {
    const deadline = parseDate(row.get('deadline'), year);
    if (typeof deadline === 'string' && deadline !== 'needsYear') r.deadline = deadline;
    else
      sink.at(
        row,
        'deadline',
        'invalid_date',
        { 'zh-CN': '整改时限不是日期', en: 'the deadline is not a date' },
        at('deadline'),
      );
  }
  const status = readChoice(row, 'status', STATUS_CHOICES, sink, { 'zh-CN': '整改状态', en: 'status' });
  if (status !== undefined) r.status = status;
  for (const [field, key] of [
    ['returnedCount', 'returned'],
    ['repeatCount', 'repeat'],
  ] as const) {
    const count = cellNumber(row.get(key));
    if (count !== undefined) r[field] = count;
  }
  const evidence = cellText(row.get('evidence'));
  r.evidence = evidence === undefined ? [] : splitList(evidence);
  return r;
}

/** Reads rectification ledgers from workbook grids (pure): every sheet with a ledger header, one unit a sheet or all in one. */
export function rectificationsFromGrid(
  workbook: WorkbookGrid,
  options: LedgerImportOptions,
): SheetResult<Rectification[]> {
  const { tables, issues } = locateTables(workbook, LEDGER_TABLE, options);
  if (issues.length > 0) return { ok: false, issues };
  const ctx: Context = {
    units: new UnitNames(options.units),
    people: new PersonNames(options.people ?? []),
    sites: options.sites ?? [],
    types: new SiteTypeNames(options.siteTypes),
    standards: new StandardNames(),
    idPrefix: options.idPrefix ?? 'problem-',
  };
  const sink = new IssueSink();
  const out: Rectification[] = [];
  let n = 0;
  for (const table of tables) {
    const { rows, issues: cells } = tableRows(table);
    sink.issues.push(...cells);
    for (const row of rows) {
      const before = sink.issues.length;
      const r = checkRecord(
        RectificationSchema,
        readRow(row, n, ctx, sink),
        row,
        ['rectifications', n],
        COLUMN_OF,
        sink,
      );
      if (r && sink.issues.length === before) out.push(r);
      n++;
    }
  }
  return sink.issues.length > 0 ? { ok: false, issues: sink.issues } : { ok: true, value: out };
}

/** Reads a rectification ledger (问题整改台账) from an xlsx file. */
export async function importRectifications(
  input: WorkbookBytes,
  options: LedgerImportOptions,
): Promise<SheetResult<Rectification[]>> {
  return importWith(input, options, (workbook) => rectificationsFromGrid(workbook, options));
}
