import {
  COMPETITION_GROUP_LABELS,
  type CompetitionGroup,
  type FrameworkEdition,
  type SiteType,
  validateFramework,
} from '@chuangwen/checklists';
import type { ValidationIssue } from '@chuangwen/model';
import { stableHash } from './derived-ids.js';
import { IssueSink, pickChoice } from './fields.js';
import { EDITION_META, FRAMEWORK_TABLE, GROUP_CHOICES, groupFromTitle } from './framework-columns.js';
import {
  type FrameworkColumn,
  type FrameworkRow,
  type RowContext,
  readStandard,
  type TierNode,
  tier,
} from './framework-rows.js';
import { mergeIndex, type WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import { type SheetResult, sheetIssue } from './issues.js';
import { say } from './messages.js';
import type { WorkbookBytes } from './read-workbook.js';
import { SiteTypeNames } from './sites.js';
import { tableRows } from './table.js';
import { cellNumber, normalize, parseRate } from './text.js';

/** What a framework workbook is read with: edition details it may not carry, the site types, defaults. */
export interface FrameworkImportOptions extends ImportOptions {
  edition?: { id?: string; name?: string; editionYear?: number; group?: CompetitionGroup };
  siteTypes?: readonly SiteType[];
  /** The survey pass line given to survey standards whose rule is not written; 0.85 by default. */
  surveyPassLine?: number;
}

/** Reads a framework edition from workbook grids (pure); the result passes `validateFramework`. */
export function frameworkFromGrid(
  workbook: WorkbookGrid,
  options: FrameworkImportOptions = {},
): SheetResult<FrameworkEdition> {
  const { tables, issues } = locateTables(workbook, FRAMEWORK_TABLE, options);
  const table = tables[0];
  if (!table) return { ok: false, issues };
  const meta = (word: string) => table.meta.get(normalize(word));
  const given = options.edition ?? {};
  const sink = new IssueSink();
  const ctx: RowContext = {
    types: new SiteTypeNames(options.siteTypes),
    surveyPassLine: options.surveyPassLine ?? parseRate(meta(EDITION_META.surveyPassLine) ?? '') ?? 0.85,
  };
  const items: TierNode[] = [];
  const rowsByPath = new Map<string, FrameworkRow>();
  const four = table.columns.has('indicator');
  const merged = mergeIndex(table.grid);
  const mergeKey = (row: FrameworkRow, key: FrameworkColumn) => {
    const c = table.columns.get(key);
    const m = c === undefined ? undefined : merged(row.index, c);
    return m ? `${m.top}:${m.left}` : '';
  };
  const { rows, issues: cells } = tableRows(table);
  sink.issues.push(...cells);
  for (const row of rows) {
    const item = tier(row, 'item', 'itemCode', '', items, mergeKey(row, 'item'));
    const parent =
      item && four
        ? tier(
            row,
            'indicator',
            'indicatorCode',
            item.code,
            item.children as TierNode[],
            mergeKey(row, 'indicator'),
          )
        : item;
    const content =
      parent &&
      tier(
        row,
        'content',
        'contentCode',
        parent.code,
        parent.children as TierNode[],
        mergeKey(row, 'content'),
      );
    if (!item || !parent || !content) {
      sink.at(row, item ? 'content' : 'item', 'missing_tier', say('missingTier'));
      continue;
    }
    const standards = content.children as Record<string, unknown>[];
    standards.push(readStandard(row, content, ctx, sink));
    const i = items.indexOf(item);
    const path = four
      ? [
          'items',
          i,
          'indicators',
          (item.children as TierNode[]).indexOf(parent),
          'contents',
          (parent.children as TierNode[]).indexOf(content),
        ]
      : ['items', i, 'contents', (item.children as TierNode[]).indexOf(content)];
    rowsByPath.set([...path, 'standards', standards.length - 1].join('/'), row);
    for (let depth = 2; depth <= path.length; depth += 2) {
      const key = path.slice(0, depth).join('/');
      if (!rowsByPath.has(key)) rowsByPath.set(key, row);
    }
  }
  if (sink.issues.length > 0) return { ok: false, issues: sink.issues };
  const shape = (node: TierNode, childKey: string): Record<string, unknown> => {
    const { key: _key, children, ...rest } = node;
    return { ...rest, [childKey]: children };
  };
  const groupText = meta(EDITION_META.group);
  // A published framework may say its group and year only in its title (……测评体系（2026年版）——地级城市).
  const title = table.title ?? '';
  const yearText = /(20\d\d)/.exec(meta(EDITION_META.year) ?? '')?.[1] ?? /(20\d\d)/.exec(title)?.[1];
  const year = given.editionYear ?? Number(yearText ?? Number.NaN);
  const group =
    given.group ?? (groupText ? pickChoice(groupText, GROUP_CHOICES) : undefined) ?? groupFromTitle(title);
  const edition: Record<string, unknown> = {
    // An edition with no 编号 gets one from its name, so importing it again gives the same id.
    id:
      given.id ??
      meta(EDITION_META.id) ??
      `edition-${stableHash(given.name ?? table.title ?? table.grid.name)}`,
    name: { 'zh-CN': given.name ?? table.title ?? table.grid.name },
    editionYear: Number.isFinite(year) ? year : undefined,
    group,
    items: items.map((item) =>
      four
        ? {
            ...shape(item, 'indicators'),
            indicators: (item.children as TierNode[]).map((n) => ({
              ...shape(n, 'contents'),
              contents: (n.children as TierNode[]).map((c) => shape(c, 'standards')),
            })),
          }
        : {
            ...shape(item, 'contents'),
            contents: (item.children as TierNode[]).map((c) => shape(c, 'standards')),
          },
    ),
  };
  const total = cellNumber(meta(EDITION_META.total) ?? null);
  if (total !== undefined) edition.totalPoints = total;
  const precision = cellNumber(meta(EDITION_META.precision) ?? null);
  if (precision !== undefined) edition.precision = precision;
  if (meta(EDITION_META.surveyPassLine) !== undefined) edition.defaultSurveyPassLine = ctx.surveyPassLine;
  if (groupText !== undefined && given.group === undefined && !pickChoice(groupText, GROUP_CHOICES))
    return { ok: false, issues: [unknownGroup(groupText, table.grid.name, table.headerStart)] };
  if (edition.group === undefined || edition.editionYear === undefined)
    return {
      ok: false,
      issues: [missingDetails(edition.group === undefined, table.grid.name, table.headerStart)],
    };
  const checked = validateFramework(
    edition,
    options.siteTypes ? { siteTypes: options.siteTypes.map((t) => t.code) } : {},
  );
  if (checked.ok) return checked;
  return {
    ok: false,
    issues: checked.issues.map((issue) => locateIssue(issue, rowsByPath, table.grid.name)),
  };
}

const GROUPS = Object.values(COMPETITION_GROUP_LABELS);

/** A group the line above the table writes that is none of the groups. */
function unknownGroup(text: string, sheet: string, headerStart: number) {
  return sheetIssue(
    { sheet, row: Math.max(1, headerStart) },
    'invalid_value',
    say('unknownGroup', { text, groups: GROUPS }),
  );
}

/** The group or the year is written nowhere: not above the table, not in the title, not given. */
function missingDetails(group: boolean, sheet: string, headerStart: number) {
  return sheetIssue(
    { sheet, row: headerStart + 1 },
    'missing_edition_details',
    say('missingEditionDetail', { group, groups: GROUPS }),
  );
}

const FIELD_COLUMN: Readonly<Record<string, FrameworkColumn>> = {
  points: 'points',
  methods: 'methods',
  scoring: 'rule',
  kind: 'kind',
  code: 'code',
  text: 'standard',
  siteTypes: 'siteTypes',
  materialRequirements: 'materials',
  title: 'content',
};

function locateIssue(issue: ValidationIssue, rows: Map<string, FrameworkRow>, sheet: string) {
  for (let n = issue.path.length; n > 0; n--) {
    const row = rows.get(issue.path.slice(0, n).join('/'));
    if (!row) continue;
    const field = issue.path[n];
    const key = typeof field === 'string' ? FIELD_COLUMN[field] : undefined;
    return sheetIssue(
      row.at(n <= 2 && key === 'points' ? 'item' : key),
      issue.code,
      issue.message,
      issue.path,
    );
  }
  return sheetIssue({ sheet }, issue.code, issue.message, issue.path);
}

/** Reads an assessment framework (测评体系) from an xlsx file into an edition that passes `validateFramework`. */
export async function importFramework(
  input: WorkbookBytes,
  options: FrameworkImportOptions = {},
): Promise<SheetResult<FrameworkEdition>> {
  return importWith(input, options, (workbook) => frameworkFromGrid(workbook, options));
}
