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

/** The indexes of the tickets an issue list names (each issue's path starts with its ticket's index). */
const named = (issues: readonly { path: readonly unknown[] }[]) =>
  new Set(issues.map((i) => i.path[0]).filter((i): i is number => typeof i === 'number'));

/**
 * Reads a ticket export into the ledger (pure over grids): the tickets as {@link ticketsFromGrid} reads them, then each
 * into a rectification with its moves (`ledgerFromHotlineTickets`, `ledgerFromUrbanCases` of `@chuangwen/rules`), with
 * every problem, an unknown unit or category included, reported at the cell it comes from. When some rows have
 * problems, the tickets without any are `accepted`, read into the ledger on their own, so a caller may take them and
 * refuse the rest.
 */
export function ticketLedgerFromGrid(
  workbook: WorkbookGrid,
  options: TicketLedgerImportOptions,
): SheetResult<TicketLedgers> {
  const reading = readTicketWorkbook(workbook, options);
  const { hotlineCategories, urbanCategories, ...common } = options;
  const hotlineOptions = { ...common, ...(hotlineCategories ? { categories: hotlineCategories } : {}) };
  const urbanOptions = { ...common, ...(urbanCategories ? { categories: urbanCategories } : {}) };
  const { hotlineTickets, urbanCases } = reading.value;
  const hotline = ledgerFromHotlineTickets(hotlineTickets, hotlineOptions);
  const urban = ledgerFromUrbanCases(urbanCases, urbanOptions);
  const issues = [
    ...reading.issues,
    ...onCells(hotline, reading.origins.hotlineTickets, 'hotlineTickets'),
    ...onCells(urban, reading.origins.urbanCases, 'urbanCases'),
  ];
  if (issues.length === 0 && hotline.ok && urban.ok)
    return { ok: true, value: { hotline: hotline.value, urbanCases: urban.value } };
  // The tickets no issue names, read again without the others.
  const bad = {
    hotline: hotline.ok ? new Set<number>() : named(hotline.issues),
    urban: urban.ok ? new Set<number>() : named(urban.issues),
  };
  const again = {
    hotline: hotline.ok
      ? hotline
      : ledgerFromHotlineTickets(
          hotlineTickets.filter((_, i) => !bad.hotline.has(i)),
          hotlineOptions,
        ),
    urban: urban.ok
      ? urban
      : ledgerFromUrbanCases(
          urbanCases.filter((_, i) => !bad.urban.has(i)),
          urbanOptions,
        ),
  };
  const empty = { problems: [], skipped: [], repeated: 0 };
  return {
    ok: false,
    issues,
    accepted: {
      hotline: again.hotline.ok ? again.hotline.value : empty,
      urbanCases: again.urban.ok ? again.urban.value : empty,
    },
  };
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
