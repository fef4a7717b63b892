import {
  type CategoryTable,
  type HotlineTicket,
  HotlineTicketSchema,
  type PathSegment,
  type UrbanCase,
  UrbanCaseSchema,
  type ValidationIssue,
  validateWithSchema,
} from '@chuangwen/model';
import { categoryNamed, SAMPLE_HOTLINE_CATEGORIES } from '@chuangwen/rules';
import { parseDate, parseInstant } from './dates.js';
import { IssueSink, readChoice } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables } from './import-common.js';
import { fileIssue, type SheetIssue, type SheetResult, sheetIssue } from './issues.js';
import type { WorkbookBytes } from './read-workbook.js';
import type { FoundTable, TableRow } from './table.js';
import { tableRows } from './table.js';
import { cellText, normalize } from './text.js';
import {
  HOTLINE_TICKET_TABLE,
  KIND_CHOICES,
  PASSED_WORDS,
  parseDeadlineRule,
  REQUEST_TYPE_CHOICES,
  SATISFACTION_CHOICES,
  STATE_CHOICES,
  TICKET_STEP_TABLE,
  URBAN_CASE_TABLE,
} from './ticket-columns.js';

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

/** Where each ticket and each of its steps came from, to put issues found later back on their cells. */
export interface TicketOrigin {
  row: TableRow;
  steps: TableRow[];
}

const TICKET_FIELD: Record<string, string> = {
  ticketNumber: 'number',
  caseNumber: 'number',
  receivedAt: 'receivedAt',
  reportedAt: 'reportedAt',
  requestType: 'requestType',
  category: 'category',
  content: 'content',
  description: 'description',
  address: 'address',
  grid: 'grid',
  timeLimit: 'timeLimit',
  kind: 'kind',
  mainType: 'mainType',
  subType: 'subType',
  componentId: 'componentId',
};
const STEP_FIELD: Record<string, string> = {
  state: 'state',
  at: 'at',
  unit: 'unit',
  note: 'note',
  reason: 'note',
  timeLimit: 'timeLimit',
  by: 'timeLimit',
  until: 'until',
  approvedBy: 'approvedBy',
  satisfaction: 'satisfaction',
  passed: 'passed',
  into: 'into',
};

/** The cell an issue at a path inside a ticket points at: a step's row for a step, the ticket's row otherwise. */
export function cellOf(origin: TicketOrigin, path: readonly PathSegment[]): ReturnType<TableRow['at']> {
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const step = origin.steps[path[1]] ?? origin.row;
    return step.at(STEP_FIELD[String(path[2])] ?? (step === origin.row ? 'number' : 'state'));
  }
  return origin.row.at(TICKET_FIELD[String(path[0])] ?? 'number');
}

const REASONED = new Set(['sentBack', 'parked', 'redone', 'cancelled']);
const TIMED = new Set(['dispatched', 'redispatched']);

function instantAt(row: TableRow, key: string, sink: IssueSink): string | undefined {
  const value = row.get(key);
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const at = parseInstant(value);
  if (at === undefined)
    sink.at(row, key, 'invalid_date', {
      'zh-CN': '时间无法识别；请写成 2026-03-02 09:30 或日期格式',
      en: 'not a date and time; write 2026-03-02 09:30 or use a date cell',
    });
  return at;
}

function ruleAt(row: TableRow, key: string, sink: IssueSink) {
  const text = cellText(row.get(key));
  if (text === undefined) return undefined;
  const rule = parseDeadlineRule(text);
  if (!rule)
    sink.at(row, key, 'invalid_time_limit', {
      'zh-CN': `时限"${text}"无法识别；请写成"3个工作日""24小时""2个工作小时"或"10个自然日"`,
      en: `the time limit "${text}" is not recognized; write 3个工作日, 24小时, 2个工作小时 or 10个自然日`,
    });
  return rule;
}

/** One history row as a step of the state it names, with only the fields that state takes. */
function stepOf(row: TableRow, sink: IssueSink): Record<string, unknown> | undefined {
  const state = readChoice(row, 'state', STATE_CHOICES, sink, { 'zh-CN': '环节', en: 'step' });
  const at = instantAt(row, 'at', sink);
  if (state === undefined || at === undefined) return undefined;
  const step: Record<string, unknown> = { state, at };
  const text = (key: string) => cellText(row.get(key));
  const unit = text('unit');
  if (unit !== undefined) step.unit = unit;
  const note = text('note');
  if (note !== undefined) step[REASONED.has(state) ? 'reason' : 'note'] = note;
  const rule = ruleAt(row, 'timeLimit', sink);
  if (rule && TIMED.has(state)) step.timeLimit = rule;
  if (rule && state === 'extended') step.by = rule;
  if (state === 'extended' && text('until') !== undefined) {
    const until = parseDate(row.get('until'));
    if (typeof until === 'string' && until !== 'needsYear') step.until = until;
    else
      sink.at(row, 'until', 'invalid_date', {
        'zh-CN': '延期日期不是日期',
        en: 'the extension date is not a date',
      });
  }
  if (state === 'extended' && text('approvedBy') !== undefined) step.approvedBy = text('approvedBy');
  const satisfaction = readChoice(row, 'satisfaction', SATISFACTION_CHOICES, sink, {
    'zh-CN': '满意度',
    en: 'satisfaction',
  });
  if (satisfaction !== undefined && (state === 'followedUp' || state === 'rated'))
    step.satisfaction = satisfaction;
  const passed = text('passed');
  if (state === 'verified' && passed !== undefined) {
    const word = normalize(passed);
    if (PASSED_WORDS.passed.includes(word)) step.passed = true;
    else if (PASSED_WORDS.failed.includes(word)) step.passed = false;
    else
      sink.at(row, 'passed', 'invalid_value', {
        'zh-CN': `核查结果"${passed}"无法识别，可选：通过、不通过`,
        en: `the verification result "${passed}" is not recognized; write 通过 or 不通过`,
      });
  }
  if (state === 'merged' && text('into') !== undefined) step.into = text('into');
  return step;
}

/** The steps a ticket row's own columns give, for exports with no history sheet. */
function flatSteps(row: TableRow, first: { state: string; at: string }[], kinds: string[], sink: IssueSink) {
  const steps: Record<string, unknown>[] = [...first];
  const [filed, dispatched, completed] = kinds.map((k) => (k ? instantAt(row, k, sink) : undefined));
  if (filed) steps.push({ state: 'filed', at: filed });
  const unit = cellText(row.get('unit'));
  if (dispatched && unit) steps.push({ state: 'dispatched', at: dispatched, unit });
  if (completed) steps.push({ state: 'completed', at: completed });
  const satisfaction = readChoice(row, 'satisfaction', SATISFACTION_CHOICES, sink, {
    'zh-CN': '满意度',
    en: 'satisfaction',
  });
  if (satisfaction && completed) steps.push({ state: 'rated', at: completed, satisfaction });
  return steps;
}

/** The steps each platform takes, in its own words, for a step written where it does not belong. */
const PLATFORM_STEPS = {
  hotlineTickets: { name: '12345 工单', en: 'a hotline ticket', schema: HotlineTicketSchema },
  urbanCases: { name: '数字城管案件', en: 'a 数字城管 case', schema: UrbanCaseSchema },
} as const;

function messageOf(issue: ValidationIssue, list: keyof typeof PLATFORM_STEPS): ValidationIssue['message'] {
  if (!(issue.path[0] === 'steps' && issue.path[2] === 'state' && issue.code === 'invalid_value'))
    return issue.message;
  const platform = PLATFORM_STEPS[list];
  const states = STATE_CHOICES.values.filter((state) => {
    const tried = platform.schema.shape.steps.element.safeParse({ state, at: '2026-01-01T00:00:00+08:00' });
    return tried.success || tried.error.issues.every((i) => i.path[0] !== 'state');
  });
  return {
    'zh-CN': `${platform.name}没有这个环节；可用：${states.map((s) => STATE_CHOICES.labels[s]['zh-CN']).join('、')}`,
    en: `${platform.en} has no such step; its steps are: ${states.map((s) => STATE_CHOICES.labels[s].en).join(', ')}`,
  };
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
  const found = (spec: typeof HOTLINE_TICKET_TABLE) => locateTables(workbook, spec, options);
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
    if (sink.issues.length === 0)
      sink.issues.push(
        fileIssue('no_table', {
          'zh-CN':
            '没有找到 12345 工单表或数字城管案件表的表头（应含：工单编号、受理时间、诉求类型、诉求内容，或案卷号、上报时间、案件类型、大类、问题描述）',
          en: 'no hotline ticket or 数字城管 case header was found',
        }),
      );
    return reading;
  }
  const rowsOf = (found: FoundTable[]) =>
    found.flatMap((t) => {
      const { rows, issues } = tableRows(t);
      sink.issues.push(...issues);
      return rows;
    });
  const history = new Map<string, TableRow[]>();
  const historyRows = rowsOf(tables.steps.tables);
  for (const row of historyRows) {
    const number = cellText(row.get('number'));
    if (number !== undefined) history.set(number, [...(history.get(number) ?? []), row]);
  }
  const used = new Set<string>();
  const categories = options.hotlineCategories ?? SAMPLE_HOTLINE_CATEGORIES;
  const read = <T>(
    before: number,
    row: TableRow,
    raw: Record<string, unknown>,
    number: string | undefined,
    first: { state: string; at: string }[],
    flat: string[],
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
    const requestType = readChoice(row, 'requestType', REQUEST_TYPE_CHOICES, sink, {
      'zh-CN': '诉求类型',
      en: 'request type',
    });
    if (requestType !== undefined) raw.requestType = requestType;
    const category = cellText(row.get('category'));
    if (category !== undefined) {
      const entry = categoryNamed(categories, category);
      if (entry) raw.category = entry.code;
      else
        sink.at(row, 'category', 'unknown_category', {
          'zh-CN': `诉求分类"${category}"不在分类表"${categories.title}"中`,
          en: `the category "${category}" is not in the table "${categories.title}"`,
        });
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
    const kind = readChoice(row, 'kind', KIND_CHOICES, sink, { 'zh-CN': '案件类型', en: 'kind' });
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
      sink.at(row, 'number', 'unknown_ticket', {
        'zh-CN': `流转记录的编号"${number}"不在工单表或案件表中`,
        en: `the history names "${number}", which is in neither the ticket nor the case sheet`,
      });
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
