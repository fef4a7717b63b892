// The one module that reads @chuangwen/rules board types: the board is being reworked, so everything that depends on
// its shape stays here. It reads only `items[code].counts/class`, `units[unitId]` counts and `standards[code].class`.
import { type FrameworkEdition, listStandards } from '@chuangwen/checklists';
import type { Unit } from '@chuangwen/model';
import {
  type BoardSnapshot,
  CLASS_LABELS,
  type ClassCounts,
  COMPLIANCE_CLASSES,
  type ComplianceClass,
} from '@chuangwen/rules';
import { IssueSink, pickChoice } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import type { SheetResult } from './issues.js';
import { UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import { CLASS_FILLS, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import { type TableSpec, tableRows } from './table.js';
import { cellNumber, cellText } from './text.js';
import { writeWorkbook } from './write-workbook.js';

/** What a 达标情况汇总表 shows, as plain data: each item's class and counts, each standard's class, each unit's counts. */
export interface BoardSummary {
  items: Record<string, { class: ComplianceClass; counts: ClassCounts }>;
  standards: Record<string, ComplianceClass>;
  units: Record<string, ClassCounts>;
}

const CLASSES = { values: COMPLIANCE_CLASSES, labels: CLASS_LABELS };
const countColumns = COMPLIANCE_CLASSES.map((c) => ({
  key: `count:${c}`,
  header: CLASS_LABELS[c],
  width: 6,
}));

/** The summary sheets' tables, for reading them back. */
export const BOARD_TABLES: Record<'items' | 'standards' | 'units', TableSpec> = {
  items: {
    name: { 'zh-CN': '达标情况汇总表', en: 'Compliance summary' },
    columns: [
      { key: 'code', header: { 'zh-CN': '项目编号', en: 'Item code' }, required: true },
      { key: 'title', header: { 'zh-CN': '测评项目', en: 'Item' }, width: 28 },
      { key: 'total', header: { 'zh-CN': '标准数', en: 'Standards' }, width: 5 },
      ...countColumns,
      { key: 'class', header: { 'zh-CN': '总体判定', en: 'Overall class' }, required: true, width: 8 },
    ],
  },
  standards: {
    name: { 'zh-CN': '按测评标准', en: 'By standard' },
    columns: [
      { key: 'code', header: { 'zh-CN': '标准编号', en: 'Standard code' }, required: true },
      { key: 'text', header: { 'zh-CN': '测评标准', en: 'Standard' }, width: 40 },
      { key: 'standardClass', header: { 'zh-CN': '判定', en: 'Class' }, required: true, width: 8 },
    ],
  },
  units: {
    name: { 'zh-CN': '按单位', en: 'By unit' },
    columns: [
      { key: 'unit', header: { 'zh-CN': '单位', en: 'Unit' }, required: true, width: 16 },
      ...countColumns.map((c) => ({ ...c, required: true })),
    ],
  },
};

/** The summary a board snapshot gives, in the shape the sheets carry. */
export function summarizeBoard(snapshot: BoardSnapshot): BoardSummary {
  const items: BoardSummary['items'] = {};
  for (const [code, item] of Object.entries(snapshot.items))
    items[code] = { class: item.class, counts: { ...item.counts } };
  const standards: BoardSummary['standards'] = {};
  for (const [code, s] of Object.entries(snapshot.standards)) standards[code] = s.class;
  const units: BoardSummary['units'] = {};
  for (const [id, counts] of Object.entries(snapshot.units)) units[id] = { ...counts };
  return { items, standards, units };
}

const classCell = (c: ComplianceClass): WriteCell => ({
  value: CLASS_LABELS[c]['zh-CN'],
  fill: CLASS_FILLS[c],
});
const headers = (spec: TableSpec) =>
  spec.columns.map((c) => ({ header: c.header['zh-CN'], ...(c.width ? { width: c.width } : {}) }));
const LEGEND = `图例：${COMPLIANCE_CLASSES.map((c) => CLASS_LABELS[c]['zh-CN']).join('、')}分别以绿、红、黄、橙标示`;

/** The 达标情况汇总表 (pure): by item, by standard and by unit, the four classes coloured. */
export function boardSheets(input: {
  snapshot: BoardSnapshot;
  framework: FrameworkEdition;
  units: readonly Unit[];
  office?: string;
}): WorkbookSpec {
  const { snapshot, framework } = input;
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const office = input.office ?? '';
  const counts = (c: ClassCounts) => COMPLIANCE_CLASSES.map((k) => c[k]);
  const itemRows = framework.items.flatMap((item): WriteCell[][] => {
    const status = snapshot.items[item.code];
    if (!status) return [];
    const total = COMPLIANCE_CLASSES.reduce((n, k) => n + status.counts[k], 0);
    return [
      [
        item.code,
        `${item.displayCode ?? ''}${item.title['zh-CN']}`,
        total,
        ...counts(status.counts),
        classCell(status.class),
      ],
    ];
  });
  const totals = snapshot.totals;
  itemRows.push([
    null,
    '合计',
    COMPLIANCE_CLASSES.reduce((n, k) => n + totals[k], 0),
    ...counts(totals),
    null,
  ]);
  const standardRows = listStandards(framework).flatMap((l): WriteCell[][] => {
    const status = snapshot.standards[l.standard.code];
    return status ? [[l.standard.code, l.standard.text['zh-CN'], classCell(status.class)]] : [];
  });
  const unitRows = Object.entries(snapshot.units).map(([id, c]): WriteCell[] => [
    unitName.get(id) ?? id,
    ...counts(c),
  ]);
  return {
    sheets: [
      {
        name: '达标情况汇总表',
        title: `${office}达标情况汇总表`,
        meta: [['截至', snapshot.asOf.slice(0, 10)]],
        columns: headers(BOARD_TABLES.items),
        rows: itemRows,
        notes: [`注：${LEGEND}`],
      },
      {
        name: '按测评标准',
        title: `${office}测评标准达标情况`,
        columns: headers(BOARD_TABLES.standards),
        rows: standardRows,
        notes: [`注：${LEGEND}`],
      },
      {
        name: '按单位',
        title: `${office}各单位点位达标情况`,
        columns: headers(BOARD_TABLES.units),
        rows: unitRows,
      },
    ],
  };
}

/** Writes the 达标情况汇总表 to xlsx bytes. */
export function exportBoard(input: {
  snapshot: BoardSnapshot;
  framework: FrameworkEdition;
  units: readonly Unit[];
  office?: string;
}): Promise<Uint8Array> {
  return writeWorkbook(boardSheets(input));
}

/** Reads a 达标情况汇总表 back (pure), to check what an office sends back against the board. */
export function boardSummaryFromGrid(
  workbook: WorkbookGrid,
  options: { units: readonly Unit[] },
): SheetResult<BoardSummary> {
  const sink = new IssueSink();
  const summary: BoardSummary = { items: {}, standards: {}, units: {} };
  const names = new UnitNames(options.units);
  for (const part of ['items', 'standards', 'units'] as const) {
    const { tables, issues } = locateTables(workbook, BOARD_TABLES[part], {});
    sink.issues.push(...issues);
    for (const table of tables) {
      const { rows, issues: cells } = tableRows(table);
      sink.issues.push(...cells);
      for (const row of rows) {
        const counts = Object.fromEntries(
          COMPLIANCE_CLASSES.map((c) => [c, cellNumber(row.get(`count:${c}`)) ?? 0]),
        ) as ClassCounts;
        const classOf = (key: string) => {
          const text = cellText(row.get(key)) ?? '';
          const value = pickChoice(text, CLASSES);
          if (!value)
            sink.at(row, key, 'invalid_value', {
              'zh-CN': `判定"${text}"无法识别`,
              en: `class "${text}" is not recognized`,
            });
          return value;
        };
        const code = cellText(row.get('code'));
        if (part === 'items' && code !== undefined) {
          const c = classOf('class');
          if (c) summary.items[code] = { class: c, counts };
        } else if (part === 'standards' && code !== undefined) {
          const c = classOf('standardClass');
          if (c) summary.standards[code] = c;
        } else if (part === 'units') {
          const match = names.match(cellText(row.get('unit')) ?? '');
          if (match.ok && match.ids.length === 1) summary.units[match.ids[0]!] = counts;
          else sink.at(row, 'unit', 'unknown_name', { 'zh-CN': '单位不在名单中', en: 'unknown unit' });
        }
      }
    }
  }
  return sink.issues.length > 0 ? { ok: false, issues: sink.issues } : { ok: true, value: summary };
}

/** Reads a 达标情况汇总表 from an xlsx file. */
export async function importBoardSummary(
  input: WorkbookBytes,
  options: ImportOptions & { units: readonly Unit[] },
): Promise<SheetResult<BoardSummary>> {
  return importWith(input, options, (workbook) => boardSummaryFromGrid(workbook, options));
}
