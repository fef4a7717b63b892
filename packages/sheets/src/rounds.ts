import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type AssessmentRound,
  AssessmentRoundSchema,
  ENUM_LABELS,
  IdSchema,
  ROUND_KINDS,
  UNIT_KINDS,
  type Unit,
} from '@chuangwen/model';
import { parseDate } from './dates.js';
import { IssueSink, nameProblem, pickChoice } from './fields.js';
import { locate, type WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import { type SheetResult, sheetIssue } from './issues.js';
import { say } from './messages.js';
import { UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import { type ColumnKey, defineTable, type FoundTable, tableRows } from './table.js';
import { cellNumber, cellText, normalize, splitPoints } from './text.js';

const METHOD_LABELS = ENUM_LABELS.assessmentMethod;

/** A mock-assessment result table (测评结果): units with scores or ranks, their groups, scores per method. */
export const ROUND_TABLE = defineTable({
  name: { 'zh-CN': '测评结果', en: 'Assessment results' },
  columns: [
    { key: 'rank', header: { 'zh-CN': '排名', en: 'Rank' }, synonyms: ['名次'], width: 6 },
    {
      key: 'unit',
      header: { 'zh-CN': '单位', en: 'Unit' },
      synonyms: ['单位名称', '被测单位', '参评单位', '责任单位'],
      required: true,
      width: 20,
    },
    { key: 'group', header: { 'zh-CN': '组别', en: 'Group' }, synonyms: ['分组', '类别'], width: 10 },
    {
      key: 'score',
      header: { 'zh-CN': '总分', en: 'Score' },
      synonyms: ['得分', '综合得分', '成绩', '总成绩', '测评得分'],
      width: 8,
    },
    ...ASSESSMENT_METHODS.map((m) => ({
      key: `method:${m}` as const,
      header: METHOD_LABELS[m],
      synonyms: [`${METHOD_LABELS[m]['zh-CN']}得分`],
      width: 10,
    })),
  ],
});

/** A column of the results table. */
type RoundColumn = ColumnKey<typeof ROUND_TABLE>;

/** Round details a caller gives; any left out are read from the lines above the table (编号：…　测评日期：…). */
export interface RoundDetails {
  id?: string;
  kind?: AssessmentRound['kind'];
  title?: string;
  period?: string;
  heldOn?: string;
  assessor?: string;
}

/** What a result table is read against: the campaign's units, and round details the sheet may not carry. */
export interface RoundImportOptions extends ImportOptions {
  units: readonly Unit[];
  round?: RoundDetails;
  /** Ranking group ids by the name a sheet writes (区县组 → districts); unit kind names are understood without it. */
  groups?: Readonly<Record<string, string>>;
}

/** The words of the lines above a result table, and the field each one fills. */
export const ROUND_META = {
  id: '编号',
  kind: '测评类型',
  period: '周期',
  heldOn: '测评日期',
  assessor: '测评单位',
} as const;
const KINDS = { values: ROUND_KINDS, labels: ENUM_LABELS.roundKind };

/** Columns that are not a method but a named part of the score: `实地考察部分`, `问卷部分（40分）`. */
function partColumns(table: FoundTable<RoundColumn>): { column: number; name: string; maxPoints?: number }[] {
  const mapped = new Set(table.columns.values());
  const out: { column: number; name: string; maxPoints?: number }[] = [];
  const row = table.grid.rows[table.headerEnd] ?? [];
  row.forEach((value, column) => {
    const text = cellText(value);
    if (text === undefined || mapped.has(column)) return;
    const { points, rest } = splitPoints(text);
    const marked = /[（(]部分[)）]$/.exec(rest);
    if (points === undefined && !marked && !/部分$/.test(rest)) return;
    const name = marked ? rest.slice(0, marked.index).trim() : rest;
    out.push(points === undefined ? { column, name } : { column, name, maxPoints: points });
  });
  return out;
}

function groupId(text: string, options: RoundImportOptions): string | undefined {
  const given = Object.entries(options.groups ?? {}).find(([name]) => normalize(name) === normalize(text));
  if (given) return given[1];
  const kind = UNIT_KINDS.find(
    (k) => normalize(ENUM_LABELS.unitKind[k]['zh-CN']) === normalize(text) || k === text,
  );
  if (kind) return kind;
  return IdSchema.safeParse(text).success ? text : undefined;
}

function readTable(
  table: FoundTable<RoundColumn>,
  index: number,
  options: RoundImportOptions,
  units: UnitNames,
  sink: IssueSink,
) {
  const meta = (word: string) => table.meta.get(normalize(word));
  const given = options.round ?? {};
  const kind =
    given.kind ?? (meta(ROUND_META.kind) ? pickChoice(meta(ROUND_META.kind)!, KINDS) : undefined) ?? 'mock';
  const heldOnText = given.heldOn ?? meta(ROUND_META.heldOn);
  const heldOn = heldOnText === undefined ? undefined : parseDate(heldOnText);
  const round: Record<string, unknown> = {
    id: given.id ?? meta(ROUND_META.id) ?? `round-${index + 1}`,
    kind,
    title: given.title ?? table.title ?? table.grid.name,
    period:
      given.period ??
      meta(ROUND_META.period) ??
      (typeof heldOn === 'string' && heldOn !== 'needsYear' ? heldOn.slice(0, 4) : undefined),
    heldOn: heldOn === 'needsYear' ? undefined : heldOn,
  };
  const assessor = given.assessor ?? meta(ROUND_META.assessor);
  if (assessor !== undefined) round.assessor = assessor;
  if (round.heldOn === undefined)
    sink.issues.push(
      sheetIssue(
        locate(table.grid, Math.max(0, table.headerStart - 1)),
        'missing_round_date',
        say('roundWithoutDate', { label: ROUND_META.heldOn }),
        ['assessmentRounds', index, 'heldOn'],
      ),
    );
  const parts = partColumns(table);
  const { rows, issues } = tableRows(table);
  sink.issues.push(...issues);
  round.results = rows.map((row, r) => {
    const path = ['assessmentRounds', index, 'results', r];
    const result: Record<string, unknown> = { methodScores: {}, parts: [] };
    const unitText = cellText(row.get('unit')) ?? '';
    const match = units.match(unitText);
    if (match.ok && match.ids.length === 1) result.unitId = match.ids[0];
    else
      sink.at(
        row,
        'unit',
        'unknown_name',
        match.ok ? say('oneUnitOnly') : nameProblem(unitText, match, say('unit')),
        [...path, 'unitId'],
      );
    const group = cellText(row.get('group'));
    if (group !== undefined) {
      const id = groupId(group, options);
      if (id !== undefined) result.rankingGroup = id;
      else
        sink.at(row, 'group', 'unknown_group', say('unknownRankingGroup', { text: group }), [
          ...path,
          'rankingGroup',
        ]);
    }
    for (const [key, field] of [
      ['score', 'score'],
      ['rank', 'rank'],
    ] as const) {
      const value = cellNumber(row.get(key));
      if (value !== undefined) result[field] = value;
      else if (cellText(row.get(key)) !== undefined)
        sink.at(row, key, 'invalid_number', say('notANumber'), [...path, field]);
    }
    if (result.score === undefined && result.rank === undefined)
      sink.at(row, 'score', 'missing_score', say('neitherScoreNorRank'), path);
    for (const method of ASSESSMENT_METHODS) {
      const value = cellNumber(row.get(`method:${method}`));
      if (value !== undefined) (result.methodScores as Record<AssessmentMethod, number>)[method] = value;
    }
    for (const part of parts) {
      const value = cellNumber(table.grid.rows[row.index]?.[part.column] ?? null);
      if (value !== undefined)
        (result.parts as unknown[]).push({
          name: part.name,
          score: value,
          ...(part.maxPoints === undefined ? {} : { maxPoints: part.maxPoints }),
        });
    }
    return result;
  });
  return round;
}

/** Reads result tables from workbook grids (pure): one assessment round per sheet. */
export function roundsFromGrid(
  workbook: WorkbookGrid,
  options: RoundImportOptions,
): SheetResult<AssessmentRound[]> {
  const { tables, issues } = locateTables(workbook, ROUND_TABLE, options);
  if (issues.length > 0) return { ok: false, issues };
  const units = new UnitNames(options.units);
  const sink = new IssueSink();
  const rounds: AssessmentRound[] = [];
  tables.forEach((table, i) => {
    const before = sink.issues.length;
    const round = readTable(table, i, options, units, sink);
    if (sink.issues.length > before) return;
    const parsed = AssessmentRoundSchema.safeParse(round);
    if (parsed.success) rounds.push(parsed.data);
    else
      sink.issues.push(
        sheetIssue({ sheet: table.grid.name }, 'invalid_round', say('roundIncomplete'), [
          'assessmentRounds',
          i,
        ]),
      );
  });
  return sink.issues.length > 0 ? { ok: false, issues: sink.issues } : { ok: true, value: rounds };
}

/** Reads mock-assessment result tables (测评结果) from an xlsx file, one round per sheet. */
export async function importRounds(
  input: WorkbookBytes,
  options: RoundImportOptions,
): Promise<SheetResult<AssessmentRound[]>> {
  return importWith(input, options, (workbook) => roundsFromGrid(workbook, options));
}
