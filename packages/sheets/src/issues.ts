import type {
  BilingualText,
  IssueCode,
  PathSegment,
  ValidationIssue,
  ValidationResult,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';

/** Where a cell stands in a workbook: the sheet's name, the row as Excel numbers it (from 1) and the column letter. */
export interface CellLocation {
  sheet: string;
  /** The row as Excel shows it, from 1. */
  row: number;
  /** The column letter as Excel shows it (`A`, `D`, `AB`); left out for a problem with a whole row or sheet. */
  column?: string;
}

/**
 * A problem found in a workbook: the library's {@link ValidationIssue} (path, JSON pointer, code, message in Chinese
 * and English) with the cell where a person would look, written the way Excel and WPS write a reference:
 * `任务分解表!D12`, or `任务分解表!12` for a whole row and `任务分解表` for a whole sheet. `path` and `pointer` point
 * into the imported value where the problem lands in it (`tasks/3/leadUnitIds`), or at the sheet (`['任务分解表', 12]`)
 * when nothing was imported from the row.
 */
export interface SheetIssue extends ValidationIssue {
  /** The reference to show a person: `任务分解表!D12`. */
  cell: string;
  sheet: string;
  row?: number;
  column?: string;
}

/**
 * The result of an import: the library's `ValidationResult`, each issue also located in the workbook. A table import
 * that refuses some rows also gives, as `accepted`, the records of the rows it read without a problem, for a caller
 * that takes those and reports the rest (as `chuangwen import --into` does).
 */
export type SheetResult<T> =
  | ValidationResult<T, SheetIssue>
  | { ok: false; issues: SheetIssue[]; accepted: T };

/** The column letter of a 1-based column number: 1 → `A`, 28 → `AB`. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name as a reference writes it: quoted when it holds spaces or punctuation, as Excel does. */
function quoteSheet(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** The reference of a location: `任务分解表!D12`, `任务分解表!12` (a row) or `任务分解表` (a sheet). */
export function cellRef(location: Partial<CellLocation> & { sheet: string }): string {
  const sheet = quoteSheet(location.sheet);
  if (location.row === undefined) return sheet;
  return `${sheet}!${location.column ?? ''}${location.row}`;
}

/**
 * An issue at a cell. `path` says where in the imported value it lands; by default the sheet, row and column, so a
 * problem in a row that was not imported still has a pointer.
 */
export function sheetIssue(
  location: Partial<CellLocation> & { sheet: string },
  code: IssueCode,
  message: BilingualText,
  path?: PathSegment[],
): SheetIssue {
  const fallback: PathSegment[] = [location.sheet];
  if (location.row !== undefined) fallback.push(location.row);
  if (location.column !== undefined) fallback.push(location.column);
  const base = issueAt(path ?? fallback, code, message);
  const issue: SheetIssue = { ...base, cell: cellRef(location), sheet: location.sheet };
  if (location.row !== undefined) issue.row = location.row;
  if (location.column !== undefined) issue.column = location.column;
  return issue;
}

/** An issue about the file as a whole (not a workbook, encrypted, too large): no sheet to point at. */
export function fileIssue(code: IssueCode, message: BilingualText): SheetIssue {
  return { ...issueAt([], code, message), cell: '', sheet: '' };
}

/** The issue's message with its cell in front, in one language: `任务分解表!D12：牵头单位"…"不在单位名单中`. */
export function formatSheetIssue(issue: SheetIssue, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const text = issue.message[locale];
  if (!issue.cell) return text;
  return locale === 'zh-CN' ? `${issue.cell}：${text}` : `${issue.cell}: ${text}`;
}
