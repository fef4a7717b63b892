import { type CategoryTable, ENUM_LABELS, type HotlineStep, type UrbanCaseStep } from '@chuangwen/model';
import { SAMPLE_HOTLINE_CATEGORIES } from '@chuangwen/rules';
import { categoryEntry } from '@chuangwen/rules/internal';
import { dateCell, instantCell } from './dates.js';
import { headersOf, type SheetSpec, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import {
  formatDeadlineRule,
  HOTLINE_TICKET_TABLE,
  TICKET_STEP_TABLE,
  URBAN_CASE_TABLE,
} from './ticket-columns.js';
import type { TicketWorkbook } from './tickets.js';
import { writeWorkbook } from './write-workbook.js';

/** Options of {@link exportTickets}. */
export interface TicketExportOptions {
  /** The hotline's category table, to write 诉求分类 by name; the sample table by default. */
  hotlineCategories?: CategoryTable;
}

const TIME = 'yyyy-mm-dd hh:mm:ss';
const time = (t: string): WriteCell => ({ value: instantCell(t), numFmt: TIME });
const HOTLINE_KEYS = [
  'number',
  'receivedAt',
  'requestType',
  'category',
  'content',
  'address',
  'grid',
  'timeLimit',
];
const URBAN_KEYS = [
  'number',
  'reportedAt',
  'kind',
  'mainType',
  'mainTypeCode',
  'subType',
  'subTypeCode',
  'componentId',
  'description',
  'address',
  'grid',
  'timeLimit',
];
const STEP_KEYS = [
  'number',
  'state',
  'at',
  'unit',
  'note',
  'timeLimit',
  'until',
  'approvedBy',
  'satisfaction',
  'passed',
  'into',
];

/** A step's word as its platform writes it: the first for the hotline (派单), the one in brackets for 数字城管 (派遣). */
function stepWord(step: HotlineStep | UrbanCaseStep, urban: boolean): string {
  const label = ENUM_LABELS.ticketState[step.state]['zh-CN'];
  const both = /^(.+)（(.+)）$/.exec(label);
  return both ? both[urban ? 2 : 1]! : label;
}

/** One history row: every field a step may have, in the history sheet's columns. */
function stepLine(number: string, step: HotlineStep | UrbanCaseStep, urban: boolean): WriteCell[] {
  const s = step as Partial<Record<string, unknown>> & HotlineStep;
  const rule = 'timeLimit' in step ? step.timeLimit : 'by' in step ? step.by : undefined;
  return [
    number,
    stepWord(step, urban),
    time(step.at),
    (s.unit as string | undefined) ?? null,
    (s.reason as string | undefined) ?? step.note ?? null,
    rule ? formatDeadlineRule(rule) : null,
    'until' in step && step.until !== undefined
      ? { value: dateCell(step.until), numFmt: 'yyyy-mm-dd' }
      : null,
    (s.approvedBy as string | undefined) ?? null,
    'satisfaction' in step && step.satisfaction !== undefined
      ? ENUM_LABELS.satisfaction[step.satisfaction]['zh-CN']
      : null,
    'passed' in step ? (step.passed ? '通过' : '不通过') : null,
    (s.into as string | undefined) ?? null,
  ];
}

/**
 * A ticket export as plain sheets (pure): the 12345 ticket sheet, the 数字城管 case sheet and the history (流转记录),
 * the layout {@link importTickets} reads, so an export re-imports to the same tickets. Categories are written by name.
 */
export function ticketSheets(tickets: TicketWorkbook, options: TicketExportOptions = {}): WorkbookSpec {
  const categories = options.hotlineCategories ?? SAMPLE_HOTLINE_CATEGORIES;
  const steps: WriteCell[][] = [];
  const hotline: SheetSpec = {
    name: HOTLINE_TICKET_TABLE.name['zh-CN'],
    columns: headersOf(HOTLINE_TICKET_TABLE, HOTLINE_KEYS),
    rows: tickets.hotlineTickets.map((t) => {
      for (const step of t.steps) steps.push(stepLine(t.ticketNumber, step, false));
      const category = t.category === undefined ? undefined : categoryEntry(categories, t.category);
      return [
        t.ticketNumber,
        time(t.receivedAt),
        ENUM_LABELS.hotlineRequestType[t.requestType]['zh-CN'],
        category?.name['zh-CN'] ?? t.category ?? null,
        t.content,
        t.address ?? null,
        t.grid ?? null,
        t.timeLimit ? formatDeadlineRule(t.timeLimit) : null,
      ];
    }),
  };
  const urban: SheetSpec = {
    name: URBAN_CASE_TABLE.name['zh-CN'],
    columns: headersOf(URBAN_CASE_TABLE, URBAN_KEYS),
    rows: tickets.urbanCases.map((c) => {
      for (const step of c.steps) steps.push(stepLine(c.caseNumber, step, true));
      return [
        c.caseNumber,
        time(c.reportedAt),
        ENUM_LABELS.urbanCaseKind[c.kind]['zh-CN'],
        c.mainType.name,
        c.mainType.code ?? null,
        c.subType?.name ?? null,
        c.subType?.code ?? null,
        c.componentId ?? null,
        c.description,
        c.address ?? null,
        c.grid ?? null,
        c.timeLimit ? formatDeadlineRule(c.timeLimit) : null,
      ];
    }),
  };
  const history: SheetSpec = {
    name: TICKET_STEP_TABLE.name['zh-CN'],
    columns: headersOf(TICKET_STEP_TABLE, STEP_KEYS),
    rows: steps,
  };
  return { sheets: [hotline, urban, history] };
}

/** Writes a ticket export to xlsx bytes. */
export function exportTickets(
  tickets: TicketWorkbook,
  options: TicketExportOptions = {},
): Promise<Uint8Array> {
  return writeWorkbook(ticketSheets(tickets, options));
}
