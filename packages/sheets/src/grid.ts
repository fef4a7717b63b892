import type { CellLocation } from './issues.js';
import { columnLetter } from './issues.js';

/** A cell the reader could not turn into a value: a formula with no saved result, an error value, an overlong text. */
export interface CellProblem {
  problem: 'formula' | 'error' | 'tooLong';
  /** The formula, the error (`#N/A`) or the first characters of the text. */
  detail: string;
}

/** What a cell holds once read: text, a number, a truth value, a date, nothing, or a problem to report. */
export type CellValue = string | number | boolean | Date | null | CellProblem;

/** A merged range, 1-based and inclusive, as Excel numbers rows and columns. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as plain data, the input of every pure import function. `rows[r][c]` is Excel's row `r + 1`, column
 * `c + 1`; every cell of a merged range holds the value of its top-left cell, as a person reads the sheet.
 */
export interface SheetGrid {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: MergedRange[];
}

/** A workbook as plain data: its sheets in order. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Whether a cell value is a problem rather than a value. */
export function isProblem(value: CellValue | undefined): value is CellProblem {
  return value !== null && typeof value === 'object' && !(value instanceof Date);
}

/** The value at a 0-based row and column, or null. */
export function valueAt(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}

/** Whether a value is empty: null, or text that is only white space. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The location of a 0-based row and column in a sheet. */
export function locate(grid: SheetGrid, row: number, column?: number): CellLocation {
  const out: CellLocation = { sheet: grid.name, row: row + 1 };
  if (column !== undefined) out.column = columnLetter(column + 1);
  return out;
}

/**
 * The merged range holding a 0-based cell, if any. Built once per sheet: a map from every covered cell to its range
 * would cost memory on large merges, so ranges are indexed by row.
 */
export function mergeIndex(grid: SheetGrid): (row: number, column: number) => MergedRange | undefined {
  const byRow = new Map<number, MergedRange[]>();
  for (const m of grid.merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  return (row, column) => byRow.get(row + 1)?.find((m) => column + 1 >= m.left && column + 1 <= m.right);
}

/** Builds a grid from plain rows (for tests and for callers that read workbooks some other way). */
export function gridOf(name: string, rows: CellValue[][], merges: MergedRange[] = []): SheetGrid {
  const filled = rows.map((r) => [...r]);
  for (const m of merges) {
    const value = filled[m.top - 1]?.[m.left - 1] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      filled[r - 1] ??= [];
      for (let c = m.left; c <= m.right; c++) filled[r - 1]![c - 1] = value;
    }
  }
  return { name, hidden: false, rows: filled, merges };
}
