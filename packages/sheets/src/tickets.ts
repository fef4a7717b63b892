import {
  type CategoryTable,
  type HotlineTicket,
  HotlineTicketSchema,
  type UrbanCase,
  UrbanCaseSchema,
  type ValidationIssue,
  validateWithSchema,
} from '@chuangwen/model';
import { SAMPLE_HOTLINE_CATEGORIES } from '@chuangwen/rules';
import { categoryNamed } from '@chuangwen/rules/internal';
import { IssueSink, readChoice } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import { fileIssue, type SheetIssue, type SheetResult, sheetIssue } from './issues.js';
import { say } from './messages.js';
import type { WorkbookBytes } from './read-workbook.js';
import type { FoundTable, TableSpec } from './table.js';
import { tableRows } from './table.js';
import { cellText } from './text.js';
import {
  HOTLINE_TICKET_TABLE,
  KIND_CHOICES,
  REQUEST_TYPE_CHOICES,
  TICKET_STEP_TABLE,
  URBAN_CASE_TABLE,
} from './ticket-columns.js';
import {
  cellOf,
  flatSteps,
  instantAt,
  messageOf,
  ruleAt,
  type StepRow,
  stepOf,
  type TicketColumn,
  type TicketOrigin,
  type TicketRow,
} from './ticket-rows.js';

/** The tickets of an export: hotline tickets and 数字城管 cases, as the model's schemas describe them. */
export interface TicketWorkbook {
  hotlineTickets: HotlineTicket[];
  urbanCases: UrbanCase[];
}

/** Options of {@link importTickets}. */
export interface TicketImportOptions extends ImportOptions {
  /** The hotline's category table, to read 诉求分类 written as names or codes; the sample table by default. */
  hotlineCategories?: CategoryTable;
}

/** The ticket workbook as read, with each ticket's origin; `issues` are every problem found. */
export interface TicketReading {
  value: TicketWorkbook;
  origins: { hotlineTickets: TicketOrigin[]; urbanCases: TicketOrigin[] };
  issues: SheetIssue[];
}

/**
 * The ticket, case and history tables. Either of the first two may be missing (an export of one platform), and the
 * history too (a flat export); a kind that is missing says nothing, unless nothing at all is found or a sheet is
 * named as a history (流转) without being one.
 */
function tablesOf(workbook: WorkbookGrid, options: ImportOptions) {
  const found = <K extends string>(spec: TableSpec<K>) => locateTables(workbook, spec, options);
  const hotline = found(HOTLINE_TICKET_TABLE);
  const urban = found(URBAN_CASE_TABLE);
  const steps = found(TICKET_STEP_TABLE);
  const any = hotline.tables.length + urban.tables.length > 0;
  const namedHistory = workbook.sheets.some((s) => /流转|办理过程|处置过程/.test(s.name));
  return {
    hotline: { tables: hotline.tables, issues: any ? [] : hotline.issues },
    urban: { tables: urban.tables, issues: any ? [] : urban.issues },
    steps: { tables: steps.tables, issues: steps.tables.length === 0 && namedHistory ? steps.issues : [] },
  };
}

/** Reads a ticket workbook into tickets and cases, remembering where each came from. Pure. */
export function readTicketWorkbook(workbook: WorkbookGrid, options: TicketImportOptions = {}): TicketReading {
  const sink = new IssueSink();
  const tables = tablesOf(workbook, options);
  const reading: TicketReading = {
    value: { hotlineTickets: [], urbanCases: [] },
    origins: { hotlineTickets: [], urbanCases: [] },
    issues: sink.issues,
  };
  for (const part of [tables.hotline, tables.urban, tables.steps]) sink.issues.push(...part.issues);
  if (tables.hotline.tables.length === 0 && tables.urban.tables.length === 0) {
    if (sink.issues.length === 0) sink.issues.push(fileIssue('no_table', say('noTicketTable')));
    return reading;
  }
  const rowsOf = <K extends string>(found: FoundTable<K>[]) =>
    found.flatMap((t) => {
      const { rows, issues } = tableRows(t);
      sink.issues.push(...issues);
      return rows;
    });
  const history = new Map<string, StepRow[]>();
  const historyRows = rowsOf(tables.steps.tables);
  for (const row of historyRows) {
    const number = cellText(row.get('number'));
    if (number !== undefined) history.set(number, [...(history.get(number) ?? []), row]);
  }
  const used = new Set<string>();
  const categories = options.hotlineCategories ?? SAMPLE_HOTLINE_CATEGORIES;
  const read = <T>(
    before: number,
    row: TicketRow,
    raw: Record<string, unknown>,
    number: string | undefined,
    first: { state: string; at: string }[],
    flat: readonly (TicketColumn | '')[],
    schema: typeof HotlineTicketSchema | typeof UrbanCaseSchema,
    list: 'hotlineTickets' | 'urbanCases',
  ) => {
    const stepRows = number === undefined ? [] : (history.get(number) ?? []);
    if (number !== undefined) used.add(number);
    const origin: TicketOrigin = { row, steps: [] };
    if (stepRows.length > 0) {
      raw.steps = stepRows.map((r) => stepOf(r, sink));
      origin.steps = stepRows;
    } else {
      raw.steps = flatSteps(row, first, flat, sink);
      origin.steps = (raw.steps as unknown[]).map(() => row);
    }
    if (sink.issues.length > before) return;
    const index = reading.value[list].length;
    const result = validateWithSchema(schema, raw);
    if (!result.ok) {
      for (const issue of result.issues as ValidationIssue[])
        sink.issues.push(
          sheetIssue(cellOf(origin, issue.path), issue.code, messageOf(issue, list), [
            list,
            index,
            ...issue.path,
          ]),
        );
      return;
    }
    (reading.value[list] as T[]).push(result.value as T);
    reading.origins[list].push(origin);
  };
  for (const row of rowsOf(tables.hotline.tables)) {
    const before = sink.issues.length;
    const number = cellText(row.get('number'));
    const receivedAt = instantAt(row, 'receivedAt', sink);
    const raw: Record<string, unknown> = { ticketNumber: number, receivedAt };
    const requestType = readChoice(row, 'requestType', REQUEST_TYPE_CHOICES, sink, say('requestType'));
    if (requestType !== undefined) raw.requestType = requestType;
    const category = cellText(row.get('category'));
    if (category !== undefined) {
      const entry = categoryNamed(categories, category);
      if (entry) raw.category = entry.code;
      else
        sink.at(
          row,
          'category',
          'unknown_category',
          say('categoryNotInTable', { category, table: categories.title }),
        );
    }
    for (const key of ['content', 'address', 'grid'] as const) {
      const text = cellText(row.get(key));
      if (text !== undefined) raw[key] = text;
    }
    const rule = ruleAt(row, 'timeLimit', sink);
    if (rule) raw.timeLimit = rule;
    read<HotlineTicket>(
      before,
      row,
      raw,
      number,
      receivedAt ? [{ state: 'accepted', at: receivedAt }] : [],
      ['', 'dispatchedAt', 'completedAt'],
      HotlineTicketSchema,
      'hotlineTickets',
    );
  }
  for (const row of rowsOf(tables.urban.tables)) {
    const before = sink.issues.length;
    const number = cellText(row.get('number'));
    const reportedAt = instantAt(row, 'reportedAt', sink);
    const raw: Record<string, unknown> = { caseNumber: number, reportedAt };
    const kind = readChoice(row, 'kind', KIND_CHOICES, sink, say('caseKind'));
    if (kind !== undefined) raw.kind = kind;
    for (const [key, code] of [
      ['mainType', 'mainTypeCode'],
      ['subType', 'subTypeCode'],
    ] as const) {
      const name = cellText(row.get(key));
      const written = cellText(row.get(code));
      if (name !== undefined) raw[key] = written === undefined ? { name } : { name, code: written };
    }
    for (const key of ['componentId', 'description', 'address', 'grid'] as const) {
      const text = cellText(row.get(key));
      if (text !== undefined) raw[key] = text;
    }
    const rule = ruleAt(row, 'timeLimit', sink);
    if (rule) raw.timeLimit = rule;
    read<UrbanCase>(
      before,
      row,
      raw,
      number,
      reportedAt ? [{ state: 'collected', at: reportedAt }] : [],
      ['filedAt', 'dispatchedAt', 'completedAt'],
      UrbanCaseSchema,
      'urbanCases',
    );
  }
  for (const row of historyRows) {
    const number = cellText(row.get('number'));
    if (number !== undefined && !used.has(number))
      sink.at(row, 'number', 'unknown_ticket', say('historyUnknownTicket', { number }));
  }
  return reading;
}

/** Reads a ticket export from workbook grids (pure): the 12345 ticket sheet, the 数字城管 case sheet and the history. */
export function ticketsFromGrid(
  workbook: WorkbookGrid,
  options: TicketImportOptions = {},
): SheetResult<TicketWorkbook> {
  const reading = readTicketWorkbook(workbook, options);
  return reading.issues.length > 0
    ? { ok: false, issues: reading.issues }
    : { ok: true, value: reading.value };
}

/**
 * Reads a ticket export (工单导出) from an xlsx file: a 12345 ticket sheet (工单编号, 受理时间, 诉求类型, 诉求分类, 诉求内容,
 * …), a 数字城管 case sheet (案卷号, 上报时间, 案件类型, 大类, 小类, 问题描述, …), either or both, and a history sheet
 * (流转记录: 编号, 环节, 时间, 单位, 说明, …). A ticket without history rows takes its steps from its own 派单时间, 承办单位,
 * 办结时间 and 满意度 columns. Every problem is reported at its cell, in both languages.
 */
export async function importTickets(
  input: WorkbookBytes,
  options: TicketImportOptions = {},
): Promise<SheetResult<TicketWorkbook>> {
  return importWith(input, options, (workbook) => ticketsFromGrid(workbook, options));
}
