import {
  HotlineTicketSchema,
  type PathSegment,
  UrbanCaseSchema,
  type ValidationIssue,
} from '@chuangwen/model';
import { parseDate, parseInstant } from './dates.js';
import { type IssueSink, readChoice } from './fields.js';
import { say } from './messages.js';
import type { ColumnKey, TableRow } from './table.js';
import { cellText, normalize } from './text.js';
import {
  type HOTLINE_TICKET_TABLE,
  PASSED_WORDS,
  parseDeadlineRule,
  SATISFACTION_CHOICES,
  STATE_CHOICES,
  type TICKET_STEP_TABLE,
  type URBAN_CASE_TABLE,
} from './ticket-columns.js';

// The rows of a ticket workbook: a history row as a step, the steps a flat ticket row's own columns give, and the
// cell an issue found in a ticket points back at.

/** Where each ticket and each of its steps came from, to put issues found later back on their cells. */
export interface TicketOrigin {
  row: TicketRow;
  /** Each step's history row, or the ticket's own row for a flat ticket's steps. */
  steps: TableRow<TicketColumn | StepColumn>[];
}

/** A column of a hotline ticket table or a 数字城管 case table: one reader reads both. */
export type TicketColumn = ColumnKey<typeof HOTLINE_TICKET_TABLE> | ColumnKey<typeof URBAN_CASE_TABLE>;
/** A row of a ticket or case table; a key the row's own table lacks reads as blank. */
export type TicketRow = TableRow<TicketColumn>;
/** A row of a history (流转) table. */
export type StepRow = TableRow<StepColumn>;
type StepColumn = ColumnKey<typeof TICKET_STEP_TABLE>;

const TICKET_FIELD: Readonly<Record<string, TicketColumn>> = {
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
const STEP_FIELD: Readonly<Record<string, StepColumn>> = {
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
    // A flat ticket's steps are its own row, which has no step columns: the cell is then the row's number.
    const step: TableRow<TicketColumn | StepColumn> = origin.steps[path[1]] ?? origin.row;
    return step.at(STEP_FIELD[String(path[2])] ?? (step === origin.row ? 'number' : 'state'));
  }
  return origin.row.at(TICKET_FIELD[String(path[0])] ?? 'number');
}

const REASONED = new Set(['sentBack', 'parked', 'redone', 'cancelled']);
const TIMED = new Set(['dispatched', 'redispatched']);

export function instantAt<K extends string>(
  row: TableRow<K>,
  key: NoInfer<K>,
  sink: IssueSink,
): string | undefined {
  const value = row.get(key);
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const at = parseInstant(value);
  if (at === undefined) sink.at(row, key, 'invalid_date', say('timeNotRecognized'));
  return at;
}

export function ruleAt<K extends string>(row: TableRow<K>, key: NoInfer<K>, sink: IssueSink) {
  const text = cellText(row.get(key));
  if (text === undefined) return undefined;
  const rule = parseDeadlineRule(text);
  if (!rule) sink.at(row, key, 'invalid_time_limit', say('timeLimitNotRecognized', { text }));
  return rule;
}

/** One history row as a step of the state it names, with only the fields that state takes. */
export function stepOf(row: StepRow, sink: IssueSink): Record<string, unknown> | undefined {
  const state = readChoice(row, 'state', STATE_CHOICES, sink, say('step'));
  const at = instantAt(row, 'at', sink);
  if (state === undefined || at === undefined) return undefined;
  const step: Record<string, unknown> = { state, at };
  const text = (key: StepColumn) => cellText(row.get(key));
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
    else sink.at(row, 'until', 'invalid_date', say('extensionNotDate'));
  }
  if (state === 'extended' && text('approvedBy') !== undefined) step.approvedBy = text('approvedBy');
  const satisfaction = readChoice(row, 'satisfaction', SATISFACTION_CHOICES, sink, say('satisfaction'));
  if (satisfaction !== undefined && (state === 'followedUp' || state === 'rated'))
    step.satisfaction = satisfaction;
  const passed = text('passed');
  if (state === 'verified' && passed !== undefined) {
    const word = normalize(passed);
    if (PASSED_WORDS.passed.includes(word)) step.passed = true;
    else if (PASSED_WORDS.failed.includes(word)) step.passed = false;
    else sink.at(row, 'passed', 'invalid_value', say('verificationNotRecognized', { text: passed }));
  }
  if (state === 'merged' && text('into') !== undefined) step.into = text('into');
  return step;
}

/** The steps a ticket row's own columns give, for exports with no history sheet. */
export function flatSteps(
  row: TicketRow,
  first: { state: string; at: string }[],
  kinds: readonly (TicketColumn | '')[],
  sink: IssueSink,
) {
  const steps: Record<string, unknown>[] = [...first];
  const [filed, dispatched, completed] = kinds.map((k) => (k ? instantAt(row, k, sink) : undefined));
  if (filed) steps.push({ state: 'filed', at: filed });
  const unit = cellText(row.get('unit'));
  if (dispatched && unit) steps.push({ state: 'dispatched', at: dispatched, unit });
  if (completed) steps.push({ state: 'completed', at: completed });
  const satisfaction = readChoice(row, 'satisfaction', SATISFACTION_CHOICES, sink, say('satisfaction'));
  if (satisfaction && completed) steps.push({ state: 'rated', at: completed, satisfaction });
  return steps;
}

/** The steps each platform takes, in its own words, for a step written where it does not belong. */
const PLATFORM_STEPS = {
  hotlineTickets: { platform: 'hotline', schema: HotlineTicketSchema },
  urbanCases: { platform: 'urbanCase', schema: UrbanCaseSchema },
} as const;

export function messageOf(
  issue: ValidationIssue,
  list: keyof typeof PLATFORM_STEPS,
): ValidationIssue['message'] {
  if (!(issue.path[0] === 'steps' && issue.path[2] === 'state' && issue.code === 'invalid_value'))
    return issue.message;
  const platform = PLATFORM_STEPS[list];
  const states = STATE_CHOICES.values.filter((state) => {
    const tried = platform.schema.shape.steps.element.safeParse({ state, at: '2026-01-01T00:00:00+08:00' });
    return tried.success || tried.error.issues.every((i) => i.path[0] !== 'state');
  });
  return say('noSuchStep', {
    platform: platform.platform,
    steps: states.map((s) => STATE_CHOICES.labels[s]),
  });
}
