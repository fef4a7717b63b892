import {
  type HotlineLedgerOptions,
  ledgerFromHotlineTickets,
  ledgerFromUrbanCases,
  type TicketLedger,
  type TicketLedgerOptions,
  type UrbanCaseLedgerOptions,
} from '@chuangwen/rules';
import type { WorkbookGrid } from './grid.js';
import { importWith } from './import-common.js';
import { type SheetIssue, type SheetResult, sheetIssue } from './issues.js';
import type { WorkbookBytes } from './read-workbook.js';
import { cellOf, type TicketOrigin } from './ticket-rows.js';
import { readTicketWorkbook, type TicketImportOptions } from './tickets.js';

/** What reading a ticket export into the ledger needs: the units, and optionally a calendar, tables and limits. */
export interface TicketLedgerImportOptions extends TicketImportOptions, TicketLedgerOptions {
  /** The table 数字城管 classes are read against; GB/T 30428's main classes by default. */
  urbanCategories?: UrbanCaseLedgerOptions['categories'];
  /** Hotline time limits by request type; the sample ones by default. */
  timeLimits?: NonNullable<HotlineLedgerOptions['timeLimits']>;
}

/** A ticket export read into the ledger: the hotline's problems and the 数字城管 platform's. */
export interface TicketLedgers {
  hotline: TicketLedger;
  urbanCases: TicketLedger;
}

/** The issues of a ledger reading, each put back on the cell of the row (or history row) it came from. */
function onCells(
  result: ReturnType<typeof ledgerFromHotlineTickets>,
  origins: readonly TicketOrigin[],
  list: 'hotlineTickets' | 'urbanCases',
): SheetIssue[] {
  if (result.ok) return [];
  return result.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const origin = typeof index === 'number' ? origins[index] : undefined;
    if (!origin) return { ...issue, cell: '', sheet: '' };
    return sheetIssue(cellOf(origin, rest), issue.code, issue.message, [list, ...issue.path]);
  });
}

/**
 * Reads a ticket export into the ledger (pure over grids): the tickets as {@link ticketsFromGrid} reads them, then each
 * into a rectification with its moves (`ledgerFromHotlineTickets`, `ledgerFromUrbanCases` of `@chuangwen/rules`), with
 * every problem, an unknown unit or category included, reported at the cell it comes from.
 */
export function ticketLedgerFromGrid(
  workbook: WorkbookGrid,
  options: TicketLedgerImportOptions,
): SheetResult<TicketLedgers> {
  const reading = readTicketWorkbook(workbook, options);
  if (reading.issues.length > 0) return { ok: false, issues: reading.issues };
  const { hotlineCategories, urbanCategories, ...common } = options;
  const hotline = ledgerFromHotlineTickets(reading.value.hotlineTickets, {
    ...common,
    ...(hotlineCategories ? { categories: hotlineCategories } : {}),
  });
  const urban = ledgerFromUrbanCases(reading.value.urbanCases, {
    ...common,
    ...(urbanCategories ? { categories: urbanCategories } : {}),
  });
  const issues = [
    ...onCells(hotline, reading.origins.hotlineTickets, 'hotlineTickets'),
    ...onCells(urban, reading.origins.urbanCases, 'urbanCases'),
  ];
  if (!hotline.ok || !urban.ok) return { ok: false, issues };
  return { ok: true, value: { hotline: hotline.value, urbanCases: urban.value } };
}

/**
 * Reads a ticket export (xlsx) into the ledger: each ticket and case a rectification from its channel, with its
 * external number, category, time limit and the moves its history makes. The same ticket read again has the same id,
 * so `planTicketImport` of `@chuangwen/rules` recognises it.
 */
export async function importTicketLedger(
  input: WorkbookBytes,
  options: TicketLedgerImportOptions,
): Promise<SheetResult<TicketLedgers>> {
  return importWith(input, options, (workbook) => ticketLedgerFromGrid(workbook, options));
}
