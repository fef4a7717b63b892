import type { IssueSink } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { fileIssue, type SheetIssue, type SheetResult } from './issues.js';
import { say } from './messages.js';
import { type ReadOptions, readWorkbook, type WorkbookBytes } from './read-workbook.js';
import {
  type ColumnMapping,
  type FoundTable,
  findTable,
  missingColumns,
  type TableRow,
  type TableSpec,
  tableRows,
} from './table.js';

/** Options every import takes: bounds and progress for reading, and where the table is. */
export interface ImportOptions extends ReadOptions {
  /** Column mapping for headers the importer does not know: key → header text or column letter. */
  mapping?: ColumnMapping;
  /** The sheet to read; by default every visible sheet is searched for the table. */
  sheet?: string;
}

/**
 * The sheets holding a table of the kind: the named sheet, or every visible sheet whose header names all required
 * columns. When none does, the issues say which columns the best candidate lacks.
 */
export function locateTables<K extends string>(
  workbook: WorkbookGrid,
  spec: TableSpec<K>,
  options: Pick<ImportOptions, 'mapping' | 'sheet'>,
): { tables: FoundTable<K>[]; issues: SheetIssue[] } {
  const candidates = options.sheet === undefined ? workbook.sheets.filter((s) => !s.hidden) : workbook.sheets;
  const chosen =
    options.sheet === undefined ? candidates : candidates.filter((s) => s.name === options.sheet);
  if (options.sheet !== undefined && chosen.length === 0)
    return {
      tables: [],
      issues: [
        fileIssue(
          'no_sheet',
          say('noSheet', { sheet: options.sheet, sheets: workbook.sheets.map((s) => s.name) }),
        ),
      ],
    };
  const found = chosen
    .map((grid) => findTable(grid, spec, options.mapping))
    .filter((t): t is FoundTable<K> => t !== undefined);
  const complete = found.filter((t) => missingColumns(t, spec).length === 0);
  if (complete.length > 0) return { tables: complete, issues: [] };
  const best = found.sort((a, b) => b.columns.size - a.columns.size)[0];
  if (best && best.columns.size >= 2) return { tables: [], issues: missingColumns(best, spec) };
  const required = spec.columns.filter((c) => c.required);
  return {
    tables: [],
    issues: [
      fileIssue('no_table', say('noTable', { table: spec.name, headers: required.map((c) => c.header) })),
    ],
  };
}

/** Reads a workbook and hands its grids to a pure import. */
export async function importWith<T>(
  input: WorkbookBytes,
  options: ReadOptions,
  fromGrid: (workbook: WorkbookGrid) => SheetResult<T>,
): Promise<SheetResult<T>> {
  const read = await readWorkbook(input, options);
  if (!read.ok) return read;
  const result = fromGrid(read.value);
  options.onProgress?.(1);
  return result;
}

/**
 * Reads every row of the tables found into records, numbering rows across tables. A row that raised an issue is left
 * out; the result fails when any row did, with every issue located and the other rows' records as `accepted`.
 */
export function recordsFrom<T, K extends string>(
  tables: readonly FoundTable<K | 'id'>[],
  sink: IssueSink,
  read: (row: TableRow<K | 'id'>, n: number, table: FoundTable<K | 'id'>) => T | undefined,
): SheetResult<T[]> {
  const out: T[] = [];
  const ids = new Map<string, number>();
  let n = 0;
  for (const table of tables) {
    const { rows, issues } = tableRows(table);
    sink.issues.push(...issues);
    for (const row of rows) {
      const before = sink.issues.length;
      const record = read(row, n, table);
      const id = (record as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') {
        const first = ids.get(id);
        if (first !== undefined) sink.at(row, 'id', 'duplicate_id', say('duplicateId', { id, row: first }));
        else ids.set(id, row.index + 1);
      }
      if (record !== undefined && sink.issues.length === before) out.push(record);
      n++;
    }
  }
  return sink.issues.length > 0
    ? { ok: false, issues: sink.issues, accepted: out }
    : { ok: true, value: out };
}
