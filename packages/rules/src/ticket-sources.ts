import {
  type CategoryTable,
  type DeadlineRule,
  type HotlineRequestType,
  type HotlineStep,
  type HotlineTicket,
  HotlineTicketSchema,
  type UrbanCase,
  UrbanCaseSchema,
  type UrbanCaseStep,
  type ValidationIssue,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { z } from 'zod';
import {
  categoryEntry,
  categoryNamed,
  GBT_30428_CATEGORIES,
  SAMPLE_HOTLINE_CATEGORIES,
  SAMPLE_HOTLINE_TIME_LIMITS,
  SAMPLE_URBAN_AREAS,
} from './category-tables.js';
import { say } from './messages.js';
import {
  adaptTicket,
  type TicketLedger,
  type TicketLedgerOptions,
  type TicketSource,
  UnitMatcher,
} from './ticket-ledger.js';

/** The most tickets one call reads: a year of a busy district's hotline. */
const MAX_TICKETS = 200_000;

/** Options of {@link ledgerFromHotlineTickets}. */
export interface HotlineLedgerOptions extends TicketLedgerOptions {
  /** The hotline's category table; the sample one by default. */
  categories?: CategoryTable;
  /** Time limits by request type, for tickets that state none; the sample ones by default. */
  timeLimits?: Partial<Readonly<Record<HotlineRequestType, DeadlineRule>>>;
}

/** Options of {@link ledgerFromUrbanCases}. */
export interface UrbanCaseLedgerOptions extends TicketLedgerOptions {
  /** The category table the platform's classes are read against; GB/T 30428's main classes by default. */
  categories?: CategoryTable;
}

type Read<T> = { index: number; item: T; number: string; steps: number };

/**
 * Validates each ticket and keeps one per number: a ticket given again unchanged, or whose steps are a first part of
 * another copy's (an earlier export), is counted as repeated; copies that disagree otherwise are an issue.
 */
function readTickets<T extends { steps: readonly unknown[] }>(
  input: unknown,
  schema: z.ZodType<T>,
  numberOf: (t: T) => string,
  issues: ValidationIssue[],
): { kept: Read<T>[]; repeated: number } {
  if (!Array.isArray(input) || input.length > MAX_TICKETS) {
    issues.push(issueAt([], 'invalid_type', say('notATicketList', { max: MAX_TICKETS })));
    return { kept: [], repeated: 0 };
  }
  const byNumber = new Map<string, Read<T>>();
  let repeated = 0;
  input.forEach((raw, index) => {
    const result = validateWithSchema(schema, raw);
    if (!result.ok) {
      for (const i of result.issues) issues.push(issueAt([index, ...i.path], i.code, i.message));
      return;
    }
    const item = result.value;
    const number = numberOf(item);
    const seen = byNumber.get(number);
    const read = { index, item, number, steps: item.steps.length };
    if (!seen) {
      byNumber.set(number, read);
      return;
    }
    const [short, long] = seen.steps <= read.steps ? [seen, read] : [read, seen];
    const prefix = JSON.stringify(short.item.steps) === JSON.stringify(long.item.steps.slice(0, short.steps));
    const { steps: _a, ...shortRest } = short.item as Record<string, unknown>;
    const { steps: _b, ...longRest } = long.item as Record<string, unknown>;
    if (prefix && JSON.stringify(shortRest) === JSON.stringify(longRest)) {
      repeated += 1;
      byNumber.set(number, long);
    } else
      issues.push(
        issueAt(
          [index],
          'conflicting_ticket',
          say('conflictingTicket', { number, first: seen.index + 1, second: index + 1 }),
        ),
      );
  });
  return { kept: [...byNumber.values()].sort((a, b) => a.index - b.index), repeated };
}

function ledgerFrom<T extends { steps: readonly unknown[] }>(
  input: unknown,
  schema: z.ZodType<T>,
  numberOf: (t: T) => string,
  sourceOf: (t: T) => TicketSource<HotlineStep | UrbanCaseStep> | { skip: string },
  options: TicketLedgerOptions,
): ValidationResult<TicketLedger> {
  const issues: ValidationIssue[] = [];
  const { kept, repeated } = readTickets(input, schema, numberOf, issues);
  const units = new UnitMatcher(options.units);
  const out: TicketLedger = { problems: [], skipped: [], repeated };
  for (const { index, item, number } of kept) {
    const source = sourceOf(item);
    if ('skip' in source) {
      out.skipped.push({
        index,
        externalNumber: number,
        reason: say(source.skip === 'cancelled' ? 'ticketCancelled' : 'caseNotFiled'),
      });
      continue;
    }
    const adapted = adaptTicket(source, options, units);
    for (const i of adapted.issues) issues.push(issueAt([index, ...i.path], i.code, i.message));
    if (adapted.problem) out.problems.push(adapted.problem);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
}

const unknownCategory = (written: string, table: CategoryTable) =>
  issueAt(['category'], 'unknown_category', say('unknownCategory', { written, table: table.title }));

/**
 * Reads 12345 hotline tickets (JSON, as {@link HotlineTicketSchema} describes) into ledger records: each ticket a
 * rectification from the hotline channel with its ticket number, category, time limit and current state, and the
 * moves its history makes (受理 → 上报, 派单 → 交办, 退单, 改派, 延期, 回复 → 提交核查, 办结 → 销号, 回访, 重办 → 回潮, 并单).
 * The record's id comes from the channel and the ticket number, so the same ticket imported again is the same
 * record. Cancelled tickets are left out and listed. Never throws: every problem is located in the input
 * (`/12/steps/3/unit`) in both languages, and any issue fails the whole read.
 */
export function ledgerFromHotlineTickets(
  input: unknown,
  options: HotlineLedgerOptions,
): ValidationResult<TicketLedger> {
  const table = options.categories ?? SAMPLE_HOTLINE_CATEGORIES;
  const limits = options.timeLimits ?? SAMPLE_HOTLINE_TIME_LIMITS;
  return ledgerFrom(
    input,
    HotlineTicketSchema,
    (t: HotlineTicket) => t.ticketNumber,
    (t) => {
      if (t.steps.some((s) => s.state === 'cancelled')) return { skip: 'cancelled' };
      const entry = t.category === undefined ? undefined : categoryEntry(table, t.category);
      const timeLimit = t.timeLimit ?? entry?.timeLimit ?? limits[t.requestType];
      const source: TicketSource<HotlineStep> = {
        channel: 'hotline',
        number: t.ticketNumber,
        reportedAt: t.receivedAt,
        description: withAddress(t.content, t.address),
        steps: t.steps,
        category:
          t.category === undefined
            ? undefined
            : entry
              ? { table, entry }
              : unknownCategory(t.category, table),
      };
      if (t.grid !== undefined) source.grid = t.grid;
      if (timeLimit !== undefined) source.timeLimit = timeLimit;
      return source;
    },
    options,
  );
}

/**
 * Reads 数字城管 cases (JSON, as {@link UrbanCaseSchema} describes) into ledger records, as
 * {@link ledgerFromHotlineTickets} does for tickets: 立案 → 上报, 派遣 → 交办, 回退 → 退单, 改派, 处置 → 开始整改,
 * 反馈 → 提交核查, 核查 not passed → 退回重改, 结案 → 销号, 延期, 挂账, 并单. The platform's main class is read against
 * GB/T 30428's classes by name (公用设施 or 公用设施类, under 部件 or 事件). A case only collected (采集, never 立案) or
 * cancelled (作废) is left out and listed.
 */
export function ledgerFromUrbanCases(
  input: unknown,
  options: UrbanCaseLedgerOptions,
): ValidationResult<TicketLedger> {
  const table = options.categories ?? GBT_30428_CATEGORIES;
  const areas = options.areas ?? (table === GBT_30428_CATEGORIES ? SAMPLE_URBAN_AREAS : undefined);
  return ledgerFrom(
    input,
    UrbanCaseSchema,
    (c: UrbanCase) => c.caseNumber,
    (c) => {
      if (c.steps.some((s) => s.state === 'cancelled')) return { skip: 'cancelled' };
      if (c.steps.every((s) => s.state === 'collected')) return { skip: 'notFiled' };
      const entry =
        categoryNamed(table, c.mainType.name, c.kind) ??
        (c.mainType.code !== undefined ? categoryNamed(table, c.mainType.code, c.kind) : undefined);
      const source: TicketSource<UrbanCaseStep> = {
        channel: 'urbanManagement',
        number: c.caseNumber,
        reportedAt: c.reportedAt,
        description: withAddress(
          c.subType ? `${c.subType.name}：${c.description}` : c.description,
          c.address,
        ),
        steps: c.steps,
        category: entry
          ? { table, entry }
          : issueAt(
              ['mainType', 'name'],
              'unknown_category',
              say('unknownMainClass', { written: c.mainType.name, table: table.title, kind: c.kind }),
            ),
      };
      if (c.grid !== undefined) source.grid = c.grid;
      const timeLimit = c.timeLimit ?? entry?.timeLimit;
      if (timeLimit !== undefined) source.timeLimit = timeLimit;
      return source;
    },
    areas ? { ...options, areas } : options,
  );
}

// The record's own content, in the language the platforms write it (as they append an address), not a message.
const ADDRESS_TEXT = (text: string, address: string) => `${text}（地址：${address}）`;

/** The description with the address, within the 2,000 characters a text may have. */
function withAddress(text: string, address: string | undefined): string {
  const full = address === undefined ? text : ADDRESS_TEXT(text, address);
  return full.length <= 2000 ? full : `${full.slice(0, 1999)}…`;
}
