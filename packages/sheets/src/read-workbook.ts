import ExcelJS from 'exceljs';
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from './grid.js';
import { gridOf } from './grid.js';
import { fileIssue, type SheetIssue, type SheetResult, sheetIssue } from './issues.js';
import { limitsWith, type SheetLimits } from './limits.js';
import { say } from './messages.js';
import { guardPackage } from './package-guard.js';

/** Options for reading a workbook. */
export interface ReadOptions {
  /** Bounds on the file; the defaults are {@link DEFAULT_LIMITS}. */
  limits?: Partial<SheetLimits>;
  /** Called with the share of the work done (0 to 1), for a progress bar. */
  onProgress?: (done: number) => void;
}

/** The bytes of a file: a Node Buffer, a Uint8Array or an ArrayBuffer. */
export type WorkbookBytes = Uint8Array | ArrayBuffer;

const asBytes = (input: WorkbookBytes): Uint8Array =>
  input instanceof Uint8Array ? input : new Uint8Array(input);

type RawValue = ExcelJS.CellValue | undefined;

function textOf(value: RawValue): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  return undefined;
}

/** One cell's value as plain data; formulas give their saved result, or a problem when none was saved. */
function convert(value: RawValue, maxLength: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const text = textOf(value);
  if (text !== undefined)
    return text.length > maxLength ? { problem: 'tooLong', detail: text.slice(0, 20) } : text;
  if (typeof value === 'object') {
    if ('error' in value) return { problem: 'error', detail: String(value.error) };
    if ('hyperlink' in value) return convert(value.text as RawValue, maxLength);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: RawValue }).result;
      const formula = 'formula' in value ? value.formula : value.sharedFormula;
      if (result === undefined || result === null) return { problem: 'formula', detail: `=${formula}` };
      return convert(result as RawValue, maxLength);
    }
  }
  return String(value);
}

// exceljs keeps a sheet's merged ranges in `_merges` (master address → range); the public `model` getter would copy
// every row to build them. The version is pinned, so the private field is read here and nowhere else.
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: MergedRange }> })._merges ?? {};
  return Object.values(merges).map(({ model }) => ({
    top: model.top,
    left: model.left,
    bottom: model.bottom,
    right: model.right,
  }));
}

function toGrid(ws: ExcelJS.Worksheet, limits: SheetLimits, issues: SheetIssue[]): SheetGrid {
  const rows: CellValue[][] = [];
  let wide = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > limits.maxColumns) {
        wide = true;
        return;
      }
      // A merged cell other than the top-left one is filled from its range below.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[c - 1] = convert(cell.value, limits.maxCellLength);
    });
    rows[r - 1] = cells;
  });
  if (wide)
    issues.push(
      sheetIssue({ sheet: ws.name }, 'too_many_columns', say('tooManyColumns', { limit: limits.maxColumns })),
    );
  const grid = gridOf(
    ws.name,
    Array.from(rows, (r) => r ?? []),
    mergesOf(ws).filter((m) => m.left <= limits.maxColumns),
  );
  grid.hidden = ws.state !== 'visible';
  return grid;
}

const IGNORED_NODES = [
  'dataValidations',
  'cols',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
];

/**
 * Reads an xlsx workbook (Excel or WPS) into plain grids, after checking it against the bounds: a file that is not a
 * workbook, is password-protected, or is too large ends with an issue, never with a crash or a hang.
 */
export async function readWorkbook(
  input: WorkbookBytes,
  options: ReadOptions = {},
): Promise<SheetResult<WorkbookGrid>> {
  const limits = limitsWith(options.limits);
  const bytes = asBytes(input);
  const refused = await guardPackage(bytes, limits);
  if (refused.length > 0) return { ok: false, issues: refused };
  options.onProgress?.(0.1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
      {
        // Parts of a sheet the imports never read are skipped; some (validations, column ranges) exceljs would expand
        // cell by cell. The row bound is exceljs's own as well as the guard's.
        ignoreNodes: IGNORED_NODES,
        maxRows: limits.maxRows + 1,
      } as never,
    );
  } catch {
    return {
      ok: false,
      issues: [fileIssue('corrupt_xlsx', say('damagedOrUnsupported'))],
    };
  }
  options.onProgress?.(0.5);
  const issues: SheetIssue[] = [];
  const sheets = workbook.worksheets.map((ws) => toGrid(ws, limits, issues));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { sheets } };
}
