import type { BilingualText } from '@chuangwen/model';
import {
  type CellValue,
  isBlank,
  isProblem,
  locate,
  type MergedRange,
  mergeIndex,
  type SheetGrid,
  valueAt,
} from './grid.js';
import { columnLetter, type SheetIssue, sheetIssue } from './issues.js';
import { say } from './messages.js';
import { cellText, headerKey, normalize } from './text.js';

/** A column of a table kind: the header an export writes, the other headers offices use for it, its width. */
export interface ColumnDef<K extends string = string> {
  key: K;
  header: BilingualText;
  /** Other headers that mean the same column (主责单位 for 牵头单位, 时间节点 for 完成时限). */
  synonyms?: readonly string[];
  required?: boolean;
  /** Width in Chinese characters, for exports and templates. */
  width?: number;
}

/** A kind of table: its name (the sheet an export writes) and its columns, whose keys are its rows' keys. */
export interface TableSpec<K extends string = string> {
  name: BilingualText;
  columns: readonly ColumnDef<K>[];
}

/** Declares a kind of table, keeping its column keys as a type: its rows then take only those keys. */
export function defineTable<const K extends string>(spec: TableSpec<K>): TableSpec<K> {
  return spec;
}

/** The column keys of a kind of table (`ColumnKey<typeof TASK_TABLE>`: `'id' | 'standards' | …`). */
export type ColumnKey<T> = T extends TableSpec<infer K> ? K : never;

/**
 * An explicit column mapping, for headers the importer does not know: a column key (`leadUnits`) to the header text
 * the sheet uses (`主抓科室`) or to a column letter (`C`).
 */
export type ColumnMapping = Readonly<Record<string, string>>;

/** A table found in a sheet: where its header is, which column holds which key, and the lines above it. */
export interface FoundTable<K extends string = string> {
  grid: SheetGrid;
  /** The kind of table it was found as. */
  spec: TableSpec<K>;
  /** 0-based rows of the header (one or two). */
  headerStart: number;
  headerEnd: number;
  columns: Map<string, number>;
  /** The title line above the table, if any. */
  title?: string;
  /** `键：值` pairs written above the table (编号：…　年份：…). */
  meta: Map<string, string>;
}

/** One data row: its 0-based grid row and the values of the mapped columns. */
export interface TableRow<K extends string = string> {
  index: number;
  get(key: K): CellValue;
  /** The location of a key's cell, for issues; without a key, of the row. */
  at(key?: K): { sheet: string; row: number; column?: string };
  /**
   * What to add to a message about a key's cell when it is part of one cell merged across columns: the value shows
   * in every column it spans, which is rarely what the person meant.
   */
  mergeNote(key: K): BilingualText | undefined;
}

const SCAN_ROWS = 20;
const NOTE = /^(注|备注|说明|填表说明|填报说明|附注|附[:：]|制表|填表人|审核人|联系人|联系电话|落款)[:：\s]?/;
const TOTAL = /^(合计|总计|小计)$/;
/** `键：值` in a line of text; a value runs to white space, so `组别：　年份：2026` pairs only 年份 with 2026. */
const PAIR = /([^\s:：]+)[:：][^\S\r\n]*([^\s:：]+)(?=\s|$)/g;
/** A cell that is only a label waiting for its value in the next cell: `组别：`. */
const LABEL = /^([^\s:：　]{1,12})\s*[:：]$/;

function keysOf(spec: TableSpec, mapping: ColumnMapping): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of spec.columns) {
    for (const text of [def.header['zh-CN'], def.header.en, ...(def.synonyms ?? [])]) {
      const key = headerKey(text);
      if (!out.has(key)) out.set(key, def.key);
    }
  }
  for (const [key, text] of Object.entries(mapping))
    if (!/^[A-Z]{1,3}$/.test(text)) out.set(headerKey(text), key);
  return out;
}

function matchRow(grid: SheetGrid, rows: number[], keys: Map<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  const width = Math.max(...rows.map((r) => grid.rows[r]?.length ?? 0));
  for (let c = 0; c < width; c++) {
    // The lower row of a two-row header is the more specific one (牵头单位 under 责任单位).
    for (const r of [...rows].reverse()) {
      const text = cellText(valueAt(grid, r, c));
      const key = text === undefined ? undefined : keys.get(headerKey(text));
      if (key !== undefined) {
        if (!found.has(key)) found.set(key, c);
        break;
      }
    }
  }
  return found;
}

function readMeta(grid: SheetGrid, before: number): { title?: string; meta: Map<string, string> } {
  const meta = new Map<string, string>();
  let title: string | undefined;
  for (let r = 0; r < before; r++) {
    const cells = (grid.rows[r] ?? []).map(cellText);
    // A label in its own cell and the value in the next (组别： | 地级市), as templates and many offices lay it out.
    const values = new Set<string>();
    cells.forEach((text, c) => {
      const label = text === undefined ? undefined : LABEL.exec(text)?.[1];
      const value = cells.slice(c + 1).find((t) => t !== undefined);
      if (label === undefined || value === undefined || LABEL.test(value)) return;
      meta.set(normalize(label), value);
      values.add(value);
    });
    for (const text of new Set(cells)) {
      if (text === undefined || values.has(text) || LABEL.test(text)) continue;
      const pairs = [...text.matchAll(PAIR)];
      if (pairs.length === 0 && title === undefined) title = text;
      for (const p of pairs) meta.set(normalize(p[1]!), p[2]!);
    }
  }
  return title === undefined ? { meta } : { title, meta };
}

/**
 * Finds a table of a kind in a sheet: the header row (or two-row header) within the first rows that names the most
 * columns, a title and `键：值` lines above it. Returns undefined when no row names any column of the kind.
 */
export function findTable<K extends string>(
  grid: SheetGrid,
  spec: TableSpec<K>,
  mapping: ColumnMapping = {},
): FoundTable<K> | undefined {
  const keys = keysOf(spec, mapping);
  let best: { start: number; end: number; columns: Map<string, number> } | undefined;
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    // A two-row header counts only where its upper row adds a column the lower row does not name.
    const single = matchRow(grid, [r], keys);
    const pair = r > 0 ? matchRow(grid, [r - 1, r], keys) : single;
    const candidate =
      pair.size > single.size
        ? { start: r - 1, end: r, columns: pair }
        : { start: r, end: r, columns: single };
    if (candidate.columns.size > (best?.columns.size ?? 0)) best = candidate;
  }
  const letters = Object.entries(mapping).filter(([, v]) => /^[A-Z]{1,3}$/.test(v));
  if (!best && letters.length === 0) return undefined;
  const found = best ?? { start: 0, end: 0, columns: new Map<string, number>() };
  for (const [key, letter] of letters) {
    let n = 0;
    for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
    found.columns.set(key, n - 1);
  }
  return {
    grid,
    spec,
    headerStart: found.start,
    headerEnd: found.end,
    columns: found.columns,
    ...readMeta(grid, found.start),
  };
}

/** The issues of a table that lacks required columns, located at its header. */
export function missingColumns<K extends string>(table: FoundTable<K>, spec: TableSpec<K>): SheetIssue[] {
  return spec.columns
    .filter((def) => def.required && !table.columns.has(def.key))
    .map((def) =>
      sheetIssue(
        locate(table.grid, table.headerStart),
        'missing_column',
        say('missingColumn', { header: def.header, synonyms: def.synonyms ?? [] }),
      ),
    );
}

function problemIssue(location: ReturnType<typeof locate>, value: CellValue): SheetIssue | undefined {
  if (!isProblem(value)) return undefined;
  if (value.problem === 'formula')
    return sheetIssue(
      location,
      'formula_without_result',
      say('formulaWithoutResult', { formula: value.detail }),
    );
  if (value.problem === 'error')
    return sheetIssue(location, 'cell_error', say('cellError', { error: value.detail }));
  return sheetIssue(location, 'cell_too_long', say('cellTooLong', { start: value.detail }));
}

/** `（D5:E5 是跨"牵头单位""配合单位"的合并单元格…）`: which columns one merged cell spans. */
function mergeNote(table: FoundTable<string>, range: MergedRange): BilingualText {
  const ref = `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
  const headers: string[] = [];
  for (let c = range.left - 1; c < range.right; c++) {
    const text = cellText(valueAt(table.grid, table.headerEnd, c));
    if (text !== undefined && !headers.includes(text)) headers.push(text);
  }
  return say('mergedAcross', { ref, headers });
}

/**
 * The data rows of a table, in order: blank spacer rows and total rows are skipped, a note below the table
 * (注：…, 填表说明, 制表人) ends it, and a row that is one merged heading across the table is skipped. Cells that hold
 * a formula with no saved result, an error value or an overlong text are reported where they stand.
 */
export function tableRows<K extends string>(
  table: FoundTable<K>,
): {
  rows: TableRow<K>[];
  issues: SheetIssue[];
} {
  const { grid, columns } = table;
  const rows: TableRow<K>[] = [];
  const issues: SheetIssue[] = [];
  const mapped = [...columns.values()];
  const merged = mergeIndex(grid);
  for (let r = table.headerEnd + 1; r < grid.rows.length; r++) {
    const line = grid.rows[r] ?? [];
    const firstText = cellText(line.find((v) => !isBlank(v)));
    if (firstText !== undefined && NOTE.test(normalize(firstText))) break;
    const values = mapped.map((c) => valueAt(grid, r, c));
    if (values.every(isBlank)) continue;
    if (values.some((v) => typeof v === 'string' && TOTAL.test(normalize(v)))) continue;
    const texts = new Set(values.map((v) => cellText(v)));
    if (mapped.length > 2 && texts.size === 1 && values.every((v) => !isBlank(v))) continue;
    for (const c of mapped) {
      const issue = problemIssue(locate(grid, r, c), valueAt(grid, r, c));
      if (issue) issues.push(issue);
    }
    rows.push({
      index: r,
      get: (key) => {
        const c = columns.get(key);
        return c === undefined ? null : valueAt(grid, r, c);
      },
      at: (key) => {
        const c = key === undefined ? undefined : columns.get(key);
        return c === undefined
          ? { sheet: grid.name, row: r + 1 }
          : { sheet: grid.name, row: r + 1, column: columnLetter(c + 1) };
      },
      mergeNote: (key) => {
        const c = columns.get(key);
        const range = c === undefined ? undefined : merged(r, c);
        return range && range.right > range.left ? mergeNote(table, range) : undefined;
      },
    });
  }
  return { rows, issues };
}
