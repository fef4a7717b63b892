import {
  COMPETITION_GROUPS,
  type CompetitionGroup,
  type FrameworkEdition,
  type SiteType,
  STANDARD_KIND_LABELS,
  STANDARD_KINDS,
  type StandardKind,
  stateDescription,
  validateFramework,
} from '@chuangwen/checklists';
import { ASSESSMENT_METHODS, type AssessmentMethod, ENUM_LABELS, type PathSegment } from '@chuangwen/model';
import { IssueSink, nameProblem, pickChoice } from './fields.js';
import { mergeIndex, type WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import { type SheetResult, sheetIssue } from './issues.js';
import { CATEGORY_NAMES, parseRequirements } from './materials.js';
import type { WorkbookBytes } from './read-workbook.js';
import { GROUP_LABELS, parseRule } from './scoring-text.js';
import { SiteTypeNames } from './sites.js';
import { type TableRow, type TableSpec, tableRows } from './table.js';
import {
  cellNumber,
  cellText,
  normalize,
  parseRate,
  splitList,
  splitNumbering,
  splitPoints,
} from './text.js';

/** An assessment framework as offices print it (测评体系): three or four tiers, methods and points. */
export const FRAMEWORK_TABLE: TableSpec = {
  name: { 'zh-CN': '测评体系', en: 'Assessment framework' },
  columns: [
    { key: 'itemCode', header: { 'zh-CN': '项目编号', en: 'Item code' }, width: 6 },
    {
      key: 'item',
      header: { 'zh-CN': '测评项目', en: 'Item' },
      synonyms: ['项目', '测评项目名称', '一级指标'],
      required: true,
      width: 18,
    },
    { key: 'indicatorCode', header: { 'zh-CN': '指标编号', en: 'Indicator code' }, width: 6 },
    {
      key: 'indicator',
      header: { 'zh-CN': '指标', en: 'Indicator' },
      synonyms: ['指标名称', '二级指标'],
      width: 16,
    },
    { key: 'contentCode', header: { 'zh-CN': '内容编号', en: 'Content code' }, width: 8 },
    {
      key: 'content',
      header: { 'zh-CN': '测评内容', en: 'Content' },
      synonyms: ['内容'],
      required: true,
      width: 18,
    },
    { key: 'code', header: { 'zh-CN': '标准编号', en: 'Standard code' }, synonyms: ['编号'], width: 10 },
    {
      key: 'standard',
      header: { 'zh-CN': '测评标准', en: 'Standard' },
      synonyms: ['标准', '具体标准', '测评标准（要求）'],
      required: true,
      width: 40,
    },
    {
      key: 'methods',
      header: { 'zh-CN': '测评方法', en: 'Methods' },
      synonyms: ['方法', '测评方式'],
      required: true,
      width: 12,
    },
    {
      key: 'points',
      header: { 'zh-CN': '分值', en: 'Points' },
      synonyms: ['标准分值', '标准得分', '分数', '权重'],
      width: 6,
    },
    { key: 'kind', header: { 'zh-CN': '标准类型', en: 'Kind' }, synonyms: ['类型'], width: 10 },
    { key: 'rule', header: { 'zh-CN': '计分规则', en: 'Scoring rule' }, synonyms: ['计分方法'], width: 22 },
    {
      key: 'siteTypes',
      header: { 'zh-CN': '点位类型', en: 'Site types' },
      synonyms: ['测评点位'],
      width: 18,
    },
    {
      key: 'materials',
      header: { 'zh-CN': '材料要求', en: 'Material required' },
      synonyms: ['佐证材料'],
      width: 24,
    },
    { key: 'veto', header: { 'zh-CN': '一票否决', en: 'Veto' }, width: 6 },
  ],
};

/** Edition details the lines above the table carry (编号：…　年份：…), and the field each word fills. */
export const EDITION_META = {
  id: '编号',
  year: '年份',
  group: '组别',
  total: '总分',
  precision: '精度',
  surveyPassLine: '问卷合格线',
} as const;

/** What a framework workbook is read with: edition details it may not carry, the site types, defaults. */
export interface FrameworkImportOptions extends ImportOptions {
  edition?: { id?: string; name?: string; editionYear?: number; group?: CompetitionGroup };
  siteTypes?: readonly SiteType[];
  /** The survey pass line given to survey standards whose rule is not written; 0.85 by default. */
  surveyPassLine?: number;
}

const METHODS = {
  values: ASSESSMENT_METHODS,
  labels: ENUM_LABELS.assessmentMethod,
  synonyms: {
    covertInspection: ['暗访', '实地暗访考察'],
    survey: ['问卷', '入户调查'],
    onlineMediaCheck: ['网络调查', '网络媒体'],
  } as Partial<Record<AssessmentMethod, string[]>>,
};
const KINDS = { values: STANDARD_KINDS, labels: STANDARD_KIND_LABELS };
const GROUPS = { values: COMPETITION_GROUPS, labels: GROUP_LABELS };
const pad = (n: number) => String(n).padStart(2, '0');

/** The kind a standard is read as when the sheet does not say: from its methods. */
function inferKind(methods: AssessmentMethod[]): StandardKind {
  if (methods.length > 0 && methods.every((m) => m === 'survey')) return 'survey';
  if (
    methods.length > 0 &&
    methods.every((m) => m === 'documentReview' || m === 'briefing' || m === 'onlineMediaCheck')
  )
    return 'document';
  return 'facility';
}

interface Node {
  key: string;
  code: string;
  displayCode?: string;
  title: { 'zh-CN': string };
  points?: number;
  children: Node[] | Record<string, unknown>[];
}

function tier(
  row: TableRow,
  key: string,
  codeKey: string,
  parentCode: string,
  siblings: Node[],
  merged: string,
): Node | undefined {
  const text = cellText(row.get(key));
  if (text === undefined) return siblings.at(-1);
  const identity = `${normalize(text)}|${merged}`;
  const last = siblings.at(-1);
  if (last && last.key === identity) return last;
  const { points, rest } = splitPoints(text);
  const { displayCode, rest: title } = splitNumbering(rest);
  const code =
    cellText(row.get(codeKey)) ??
    (parentCode ? `${parentCode}.${pad(siblings.length + 1)}` : pad(siblings.length + 1));
  const node: Node = { key: identity, code, title: { 'zh-CN': title }, children: [] };
  if (displayCode !== undefined) node.displayCode = displayCode;
  if (points !== undefined) node.points = points;
  siblings.push(node);
  return node;
}

function readStandard(row: TableRow, content: Node, ctx: Context, sink: IssueSink): Record<string, unknown> {
  const text = cellText(row.get('standard')) ?? '';
  const { points: inText, rest } = splitPoints(text);
  const { displayCode, rest: body } = splitNumbering(rest);
  const methods: AssessmentMethod[] = [];
  for (const piece of splitList((cellText(row.get('methods')) ?? '').replace(/\d+[)）]/g, '、'))) {
    const m = pickChoice(piece, METHODS);
    if (m) {
      if (!methods.includes(m)) methods.push(m);
    } else
      sink.at(row, 'methods', 'invalid_value', {
        'zh-CN': `测评方法"${piece}"无法识别`,
        en: `assessment method "${piece}" is not recognised`,
      });
  }
  const kindText = cellText(row.get('kind'));
  const kind = (kindText && pickChoice(kindText, KINDS)) || inferKind(methods);
  if (kindText && !pickChoice(kindText, KINDS))
    sink.at(row, 'kind', 'invalid_value', {
      'zh-CN': `标准类型"${kindText}"无法识别`,
      en: `standard kind "${kindText}" is not recognised`,
    });
  const ruleText = cellText(row.get('rule'));
  const rule = ruleText === undefined ? undefined : parseRule(ruleText);
  if (ruleText !== undefined && !rule)
    sink.at(row, 'rule', 'invalid_rule', {
      'zh-CN': `计分规则"${ruleText}"无法识别，例如"状态描述法""数量达标：要求5，每少1扣0.4""问卷合格线：85%"`,
      en: `scoring rule "${ruleText}" is not recognised`,
    });
  const scoring =
    rule ??
    (kind === 'survey'
      ? { kind: 'survey', passLine: ctx.surveyPassLine }
      : kind === 'document' || kind === 'activity'
        ? { kind: 'binary' }
        : stateDescription());
  const standard: Record<string, unknown> = {
    code: cellText(row.get('code')) ?? `${content.code}.${pad(content.children.length + 1)}`,
    text: { 'zh-CN': body },
    methods,
    kind,
    scoring,
  };
  if (displayCode !== undefined) standard.displayCode = displayCode;
  const points = cellNumber(row.get('points')) ?? inText;
  if (points !== undefined) standard.points = points;
  const types = cellText(row.get('siteTypes'));
  standard.siteTypes = [];
  for (const name of types === undefined ? [] : splitList(types)) {
    const match = ctx.types.match(name);
    if (match.ok) (standard.siteTypes as string[]).push(match.ids[0]!);
    else
      sink.at(
        row,
        'siteTypes',
        'unknown_site_type',
        nameProblem(name, match, { 'zh-CN': '点位类型', en: 'site type' }),
      );
  }
  const materials = cellText(row.get('materials'));
  const { requirements, unknown } = parseRequirements(materials ?? '');
  for (const piece of unknown)
    sink.at(row, 'materials', 'unknown_material', {
      'zh-CN': `材料要求"${piece}"中找不到材料类别（可用：${CATEGORY_NAMES}）`,
      en: `no material category found in "${piece}"`,
    });
  standard.materialRequirements = requirements.map((r) => ({
    category: r.category,
    quantity: r.quantity,
    ...(r.description === undefined ? {} : { description: { 'zh-CN': r.description } }),
    ...(r.provider === undefined ? {} : { provider: { 'zh-CN': r.provider } }),
  }));
  if (/^(是|√|✓|y|yes|true)$/i.test(cellText(row.get('veto')) ?? '')) standard.veto = true;
  return standard;
}

interface Context {
  types: SiteTypeNames;
  surveyPassLine: number;
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
  const ctx: Context = {
    types: new SiteTypeNames(options.siteTypes),
    surveyPassLine: options.surveyPassLine ?? parseRate(meta(EDITION_META.surveyPassLine) ?? '') ?? 0.85,
  };
  const items: Node[] = [];
  const rowsByPath = new Map<string, TableRow>();
  const four = table.columns.has('indicator');
  const merged = mergeIndex(table.grid);
  const mergeKey = (row: TableRow, key: string) => {
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
            item.children as Node[],
            mergeKey(row, 'indicator'),
          )
        : item;
    const content =
      parent &&
      tier(row, 'content', 'contentCode', parent.code, parent.children as Node[], mergeKey(row, 'content'));
    if (!item || !parent || !content) {
      sink.at(row, item ? 'content' : 'item', 'missing_tier', {
        'zh-CN': '缺少测评项目或测评内容',
        en: 'the row has no item or content above it',
      });
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
          (item.children as Node[]).indexOf(parent),
          'contents',
          (parent.children as Node[]).indexOf(content),
        ]
      : ['items', i, 'contents', (item.children as Node[]).indexOf(content)];
    rowsByPath.set([...path, 'standards', standards.length - 1].join('/'), row);
    for (let depth = 2; depth <= path.length; depth += 2) {
      const key = path.slice(0, depth).join('/');
      if (!rowsByPath.has(key)) rowsByPath.set(key, row);
    }
  }
  if (sink.issues.length > 0) return { ok: false, issues: sink.issues };
  const shape = (node: Node, childKey: string): Record<string, unknown> => {
    const { key: _key, children, ...rest } = node;
    return { ...rest, [childKey]: children };
  };
  const groupText = meta(EDITION_META.group);
  const year =
    given.editionYear ??
    Number(meta(EDITION_META.year) ?? /(20\d\d)/.exec(table.title ?? '')?.[1] ?? Number.NaN);
  const edition: Record<string, unknown> = {
    id: given.id ?? meta(EDITION_META.id) ?? 'imported-edition',
    name: { 'zh-CN': given.name ?? table.title ?? table.grid.name },
    editionYear: Number.isFinite(year) ? year : undefined,
    group: given.group ?? (groupText ? pickChoice(groupText, GROUPS) : undefined),
    items: items.map((item) =>
      four
        ? {
            ...shape(item, 'indicators'),
            indicators: (item.children as Node[]).map((n) => ({
              ...shape(n, 'contents'),
              contents: (n.children as Node[]).map((c) => shape(c, 'standards')),
            })),
          }
        : {
            ...shape(item, 'contents'),
            contents: (item.children as Node[]).map((c) => shape(c, 'standards')),
          },
    ),
  };
  const total = cellNumber(meta(EDITION_META.total) ?? null);
  if (total !== undefined) edition.totalPoints = total;
  const precision = cellNumber(meta(EDITION_META.precision) ?? null);
  if (precision !== undefined) edition.precision = precision;
  if (meta(EDITION_META.surveyPassLine) !== undefined) edition.defaultSurveyPassLine = ctx.surveyPassLine;
  if (edition.group === undefined || edition.editionYear === undefined) {
    return {
      ok: false,
      issues: [
        sheetIssue({ sheet: table.grid.name, row: table.headerStart + 1 }, 'missing_edition_details', {
          'zh-CN': `没有写明测评体系的${edition.group === undefined ? '组别' : '年份'}：请在表头上方写"组别：直辖市城区　年份：2026"（组别可选：${Object.values(
            GROUP_LABELS,
          )
            .map((g) => g['zh-CN'])
            .join('、')}），或导入时给出`,
          en: `the framework's ${edition.group === undefined ? 'competition group' : 'year'} is not given: write it above the header or give it when importing`,
        }),
      ],
    };
  }
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

const FIELD_COLUMN: Record<string, string> = {
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

function locateIssue(
  issue: { path: PathSegment[]; code: string; message: { 'zh-CN': string; en: string } },
  rows: Map<string, TableRow>,
  sheet: string,
) {
  for (let n = issue.path.length; n > 0; n--) {
    const row = rows.get(issue.path.slice(0, n).join('/'));
    if (!row) continue;
    const field = issue.path[n];
    const key = typeof field === 'string' ? (FIELD_COLUMN[field] ?? '') : '';
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
