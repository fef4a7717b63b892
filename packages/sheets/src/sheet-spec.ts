import type { TableSpec } from './table.js';

/** A cell to write: a value, or a value with a fill colour (ARGB, such as `FFC6EFCE`) and boldness. */
export type WriteCell =
  | string
  | number
  | Date
  | null
  | { value: string | number | Date | null; fill?: string; bold?: boolean; numFmt?: string };

/** A column to write: its header, width in Chinese characters, number format and the list its cells pick from. */
export interface WriteColumn {
  header: string;
  /** Width in Chinese characters; by default fitted to the header and the values. */
  width?: number;
  numFmt?: string;
  /** The name of a list ({@link ListSpec}) offered as a drop-down in the column's cells. */
  list?: string;
  /** Refuse values not in the list; off for cells that may name several (units). */
  strictList?: boolean;
}

/** A list of allowed values, kept on a hidden sheet and offered as a drop-down (units, site types, methods, statuses). */
export interface ListSpec {
  name: string;
  values: readonly string[];
}

/**
 * One sheet as plain data, the output of every pure export function: a title, `键：值` lines, the header (with an
 * optional upper row of group headings), the rows, and what to write below. {@link writeWorkbook} turns it into xlsx.
 */
export interface SheetSpec {
  name: string;
  title?: string;
  meta?: readonly (readonly [string, string])[];
  /** Labelled cells to fill in, on a line above the header: `组别：` then a cell (with a drop-down) for its value. */
  fields?: readonly { label: string; value?: string | number; list?: string }[];
  /** Upper header row: headings spanning columns (责任单位 over 牵头单位 and 配合单位), 0-based inclusive. */
  groups?: readonly { text: string; from: number; to: number }[];
  columns: readonly WriteColumn[];
  rows: readonly (readonly WriteCell[])[];
  /** Cells to merge among the data rows, 0-based row and column within `rows`, inclusive. */
  merges?: readonly { top: number; left: number; bottom: number; right: number }[];
  /** Lines written below the table (a legend, notes). */
  notes?: readonly string[];
  /** Empty rows a template offers for typing, with the drop-downs set. */
  blankRows?: number;
}

/** A workbook as plain data. */
export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  lists?: readonly ListSpec[];
}

/** The header texts of a table kind in order, for a sheet that re-imports as that kind. */
export function headersOf(spec: TableSpec, keys: readonly string[]): WriteColumn[] {
  return keys.map((key) => {
    const def = spec.columns.find((c) => c.key === key);
    if (!def) throw new Error(`no column ${key} in ${spec.name.en}`);
    return def.width === undefined
      ? { header: def.header['zh-CN'] }
      : { header: def.header['zh-CN'], width: def.width };
  });
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The fill colours of the four compliance classes, as offices colour a 达标情况汇总表. */
export const CLASS_FILLS = {
  compliant: 'FFC6EFCE',
  nonCompliant: 'FFFFC7CE',
  undetermined: 'FFFFEB9C',
  reboundProne: 'FFF8CBAD',
} as const;
