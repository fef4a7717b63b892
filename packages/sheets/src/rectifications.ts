import type { FrameworkEdition, SiteType } from '@chuangwen/checklists';
import {
  type Person,
  type Rectification,
  RectificationSchema,
  type Scope,
  type Site,
  type Unit,
} from '@chuangwen/model';
import { parseDate, parseInstant } from './dates.js';
import { DerivedIds } from './derived-ids.js';
import { checkRecord, IssueSink, nameProblem, readChoice, readNames } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables, recordsFrom } from './import-common.js';
import type { SheetResult } from './issues.js';
import { say } from './messages.js';
import { type NameMatch, PersonNames, UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import {
  AREA_CHOICES,
  RECTIFICATION_FIELDS,
  RECTIFICATION_TABLE,
  SCOPE_WORDS,
  STATUS_CHOICES,
} from './rectification-columns.js';
import { SiteTypeNames } from './sites.js';
import { StandardNames } from './standard-names.js';
import type { ColumnKey, TableRow } from './table.js';
import { cellNumber, cellText, cellWritten, nearest, normalize, splitList } from './text.js';

/** A row of the RECTIFICATION_TABLE, which takes only its column keys. */
type RectificationRow = TableRow<ColumnKey<typeof RECTIFICATION_TABLE>>;

/** What a ledger is read against: the campaign's units, people and sites, the site types and the framework. */
export interface RectificationImportOptions extends ImportOptions {
  units: readonly Unit[];
  people?: readonly Person[];
  sites?: readonly Site[];
  siteTypes?: readonly SiteType[];
  /** To read a standard written as text, and to refuse a code the framework lacks (09.09.09). */
  framework?: FrameworkEdition;
  /** Without a framework, the codes a standard must be one of (a campaign's tracked standards); any code otherwise. */
  standardCodes?: readonly string[];
  /** The prefix of the ids derived for rows with no problem id (`problem-…`). */
  idPrefix?: string;
}

interface Context {
  units: UnitNames;
  people: PersonNames;
  sites: readonly Site[];
  types: SiteTypeNames;
  standards: StandardNames;
  ids: DerivedIds;
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
  row: RectificationRow,
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
    const what = say(kind);
    sink.at(
      row,
      'place',
      'unknown_name',
      match.ok ? say('oneNameOnly') : nameProblem(written, match, what),
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
  row: RectificationRow,
  key: ColumnKey<typeof RECTIFICATION_TABLE>,
  ctx: Context,
  sink: IssueSink,
  path: (string | number)[],
): string | undefined {
  const text = cellText(row.get(key));
  if (text === undefined) return undefined;
  const match = ctx.people.match(text);
  if (match.ok) return match.ids[0];
  sink.at(row, key, 'unknown_name', nameProblem(text, match, say('person')), path);
  return undefined;
}

function readRow(row: RectificationRow, n: number, ctx: Context, sink: IssueSink): unknown {
  const path = ['rectifications', n];
  const at = (field: keyof typeof RECTIFICATION_FIELDS) => [...path, field];
  const r: Record<string, unknown> = {
    id:
      cellText(row.get('id')) ??
      ctx.ids.next(
        cellText(row.get('description')),
        cellText(row.get('place')),
        cellWritten(row.get('reportedAt')),
      ),
  };
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
        match.ok ? say('oneStandardOnly') : nameProblem(standard, match, say('standard')),
        at('standardRef'),
      );
  }
  const area = readChoice(row, 'area', AREA_CHOICES, sink, say('area'));
  if (area !== undefined) r.area = area;
  const scope = readScope(row, ctx, sink, at('scope'));
  if (scope) r.scope = scope;
  const lead = readNames(row, 'lead', ctx.units, sink, say('unit'), at('leadUnitId'));
  if (lead[0] !== undefined) r.leadUnitId = lead[0];
  r.supportingUnitIds = [
    ...lead.slice(1),
    ...readNames(row, 'supporting', ctx.units, sink, say('unit'), at('supportingUnitIds')),
  ];
  r.guarantorUnitIds = readNames(row, 'guarantor', ctx.units, sink, say('unit'), at('guarantorUnitIds'));
  for (const [field, key] of [
    ['responsibleLeaderId', 'leader'],
    ['reportedBy', 'reportedBy'],
    ['rectifiedById', 'rectifiedBy'],
    ['reviewerId', 'reviewer'],
  ] as const) {
    const id = person(row, key, ctx, sink, at(field));
    if (id !== undefined) r[field] = id;
  }
  for (const [field, key, what] of [
    ['reportedAt', 'reportedAt', say('timeReported')],
    ['closedAt', 'closedAt', say('timeClosed')],
  ] as const) {
    const written = cellWritten(row.get(key));
    if (written === undefined) continue;
    const instant = parseInstant(row.get(key));
    if (instant) r[field] = instant;
    else sink.at(row, key, 'invalid_date', say('notADateTime', { what, text: written }), at(field));
  }
  const year = typeof r.reportedAt === 'string' ? Number(r.reportedAt.slice(0, 4)) : undefined;
  const deadlineText = cellWritten(row.get('deadline'));
  if (deadlineText !== undefined) {
    const deadline = parseDate(row.get('deadline'), year);
    if (typeof deadline === 'string' && deadline !== 'needsYear') r.deadline = deadline;
    else
      sink.at(
        row,
        'deadline',
        'invalid_date',
        say('deadlineNotDate', { text: deadlineText }),
        at('deadline'),
      );
  }
  const status = readChoice(row, 'status', STATUS_CHOICES, sink, say('status'));
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
  options: RectificationImportOptions,
): SheetResult<Rectification[]> {
  const { tables, issues } = locateTables(workbook, RECTIFICATION_TABLE, options);
  if (issues.length > 0) return { ok: false, issues };
  const ctx: Context = {
    units: new UnitNames(options.units),
    people: new PersonNames(options.people ?? []),
    sites: options.sites ?? [],
    types: new SiteTypeNames(options.siteTypes),
    standards: new StandardNames(options.framework, options.standardCodes),
    ids: new DerivedIds(options.idPrefix ?? 'problem-'),
  };
  const sink = new IssueSink();
  return recordsFrom(tables, sink, (row, n) =>
    checkRecord(
      RectificationSchema,
      readRow(row, n, ctx, sink),
      row,
      ['rectifications', n],
      RECTIFICATION_FIELDS,
      sink,
    ),
  );
}

/** Reads a rectification ledger (问题整改台账) from an xlsx file. */
export async function importRectifications(
  input: WorkbookBytes,
  options: RectificationImportOptions,
): Promise<SheetResult<Rectification[]>> {
  return importWith(input, options, (workbook) => rectificationsFromGrid(workbook, options));
}
