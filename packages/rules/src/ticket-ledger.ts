import {
  type BilingualText,
  type CategoryEntry,
  type CategoryTable,
  type DeadlineRule,
  type HotlineStep,
  type PathSegment,
  type ProblemChannel,
  type Rectification,
  type RectificationArea,
  RectificationSchema,
  type Scope,
  type TicketState,
  type Unit,
  type UrbanCaseStep,
  type ValidationIssue,
  type WorkingCalendar,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { CalendarUnknown } from './calendar.js';
import { applyMoves, type LedgerMove, type LedgerMoveKind, limitFrom, problemIdOf } from './ledger-moves.js';
import { say } from './messages.js';
import { toMs } from './time.js';
import { extendTimeLimit } from './time-limit-extension.js';
import { resolveTimeLimit } from './time-limits.js';

/**
 * The ledger move each outside step makes (12345 and 数字城管 share the steps they both take). 采集 makes none (the
 * problem is not filed yet); 核查 makes a return only when the fix fails it (返工); 作废 leaves the ticket out.
 */
export const TICKET_STATE_MOVES: Readonly<Record<TicketState, LedgerMoveKind | null>> = {
  accepted: 'report',
  collected: null,
  filed: 'report',
  dispatched: 'assign',
  sentBack: 'sendBack',
  redispatched: 'reassign',
  handling: 'start',
  extended: 'extend',
  replied: 'submit',
  supervised: 'urge',
  verified: 'return',
  completed: 'close',
  followedUp: 'followUp',
  rated: 'followUp',
  redone: 'reopen',
  merged: 'merge',
  parked: 'park',
  cancelled: null,
};

/** What reading tickets into the ledger needs: the units to match names against, and optionally a calendar. */
export interface TicketLedgerOptions {
  /** The campaign's units: a step's unit is matched by id, name or alias. */
  units: readonly Pick<Unit, 'id' | 'name' | 'aliases'>[];
  /** The calendar time limits are resolved on; without one, a working-day limit keeps only its rule and start. */
  calendar?: WorkingCalendar;
  /** The time limit when neither the step, the ticket nor its category states one. */
  defaultTimeLimit?: DeadlineRule;
  /** The special-rectification area of a category code; else the category's own area, else `other`. */
  areas?: Readonly<Record<string, RectificationArea>>;
  /** Where a problem is; by default the whole jurisdiction (the address stays in the description). */
  scopeOf?: (externalNumber: string) => Scope | undefined;
}

/** One problem from outside, ready for the ledger: the rectification as it stands now, and the moves that led there. */
export interface AdaptedProblem {
  rectification: Rectification;
  moves: LedgerMove[];
  /** Why its deadline is unknown (a year not published yet), when it is. */
  unknownDeadline?: CalendarUnknown;
}

/** A ticket left out of the ledger, and why. */
export interface SkippedTicket {
  index: number;
  externalNumber: string;
  reason: BilingualText;
}

/** What a ticket export makes of the ledger. */
export interface TicketLedger {
  problems: AdaptedProblem[];
  skipped: SkippedTicket[];
  /** Tickets given again unchanged, or again with fewer steps than another copy: recognised, counted once. */
  repeated: number;
}

/** What differs between the two platforms, for the shared reading. */
export interface TicketSource<S extends HotlineStep | UrbanCaseStep> {
  channel: ProblemChannel;
  number: string;
  reportedAt: string;
  description: string;
  grid?: string;
  steps: readonly S[];
  /** The category entry, or the issue saying why it is unknown. */
  category: { table: CategoryTable; entry: CategoryEntry } | ValidationIssue | undefined;
  /** The time limit the ticket states or its category gives. */
  timeLimit?: DeadlineRule;
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Matches unit names as platforms write them to unit ids. */
export class UnitMatcher {
  private readonly byKey = new Map<string, string[]>();
  constructor(units: TicketLedgerOptions['units']) {
    for (const u of units)
      for (const key of new Set([u.id, squeeze(u.name), ...u.aliases.map(squeeze)]))
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), u.id]);
  }
  match(written: string): string[] {
    return this.byKey.get(written) ?? this.byKey.get(squeeze(written)) ?? [];
  }
}

function unitIssue(path: PathSegment[], written: string, found: string[]): ValidationIssue {
  return found.length === 0
    ? issueAt(path, 'unknown_unit', say('unknownUnit', { written }))
    : issueAt(path, 'ambiguous_unit', say('ambiguousUnit', { written, unitIds: found }));
}

/** An extension's time limit: more time after the current deadline, or a new last day. */
function extended(
  step: Extract<HotlineStep, { state: 'extended' }>,
  current: LedgerMove['timeLimit'],
  calendar?: WorkingCalendar,
) {
  const extension = step.until !== undefined ? { until: step.until } : { by: step.by! };
  return extendTimeLimit(calendar, current, extension, step.at).timeLimit;
}

/**
 * The moves of one ticket, its rectification and the issues found (paths inside the ticket). Pure; the steps are taken
 * in time order.
 */
export function adaptTicket<S extends HotlineStep | UrbanCaseStep>(
  source: TicketSource<S>,
  options: TicketLedgerOptions,
  units: UnitMatcher,
): { problem?: AdaptedProblem; issues: ValidationIssue[] } {
  const id = problemIdOf(source.channel, source.number);
  const issues: ValidationIssue[] = [];
  const order = source.steps
    .map((s, i) => [s, i] as const)
    .sort((a, b) => toMs(a[0].at) - toMs(b[0].at) || a[1] - b[1]);
  const moves: LedgerMove[] = [];
  const keys = new Map<string, number>();
  const keyOf = (move: string, at: string) => {
    const base = `${id}#${move}@${at}`;
    const n = (keys.get(base) ?? 0) + 1;
    keys.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  if (!order.some(([s]) => TICKET_STATE_MOVES[s.state] === 'report'))
    moves.push({ key: keyOf('report', source.reportedAt), move: 'report', at: source.reportedAt });
  let limit: LedgerMove['timeLimit'];
  for (const [step, index] of order) {
    const path: PathSegment[] = ['steps', index];
    if (toMs(step.at) < toMs(source.reportedAt) - 60_000)
      issues.push(issueAt([...path, 'at'], 'step_before_report', say('stepBeforeReport')));
    let kind = TICKET_STATE_MOVES[step.state];
    if (step.state === 'verified' && step.passed) kind = null;
    if (kind === null) continue;
    const move: LedgerMove = { key: keyOf(step.state, step.at), move: kind, at: step.at, state: step.state };
    if (step.note !== undefined) move.note = step.note;
    if ('unit' in step && step.unit !== undefined) {
      const found = units.match(step.unit);
      if (found.length === 1) move.unitId = found[0]!;
      else issues.push(unitIssue([...path, 'unit'], step.unit, found));
    }
    if ('reason' in step && step.reason !== undefined) move.reason = step.reason;
    if ('satisfaction' in step && step.satisfaction !== undefined) move.satisfaction = step.satisfaction;
    if (step.state === 'merged') move.mergedInto = problemIdOf(source.channel, step.into);
    if (step.state === 'extended') {
      if (step.approvedBy !== undefined) move.approvedBy = step.approvedBy;
      limit = extended(step, limit, options.calendar);
      move.timeLimit = limit;
    }
    if (step.state === 'dispatched' || step.state === 'redispatched') {
      const rule = step.timeLimit ?? source.timeLimit ?? options.defaultTimeLimit;
      limit = rule ? limitFrom(rule, step.at, options.calendar) : undefined;
      if (limit) move.timeLimit = limit;
    }
    if (step.state === 'sentBack') limit = undefined;
    moves.push(move);
  }
  const category = source.category;
  if (category && 'pointer' in category) issues.push(category);
  if (issues.length > 0) return { issues };
  const entry = category && 'entry' in category ? category : undefined;
  const area =
    (entry && options.areas?.[entry.entry.code]) ?? entry?.entry.area ?? ('other' as RectificationArea);
  const base: Rectification = {
    id,
    area,
    scope: options.scopeOf?.(source.number) ?? { kind: 'jurisdiction' },
    description: source.description,
    reportedAt: source.reportedAt,
    supportingUnitIds: [],
    guarantorUnitIds: [],
    status: 'reported',
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
    channel: source.channel,
    externalNumber: source.number,
  };
  if (entry) base.category = { table: entry.table.id, code: entry.entry.code };
  if (source.grid !== undefined) base.grid = source.grid;
  const rectification = applyMoves(base, moves);
  const checked = RectificationSchema.safeParse(rectification);
  if (!checked.success)
    return {
      issues: [
        issueAt(
          [],
          'invalid_record',
          say('invalidRecord', { path: checked.error.issues[0]?.path.join('.') }),
        ),
      ],
    };
  const problem: AdaptedProblem = { rectification, moves };
  if (rectification.timeLimit && rectification.timeLimit.dueDate === undefined && options.calendar) {
    const why = resolveTimeLimit(
      options.calendar,
      rectification.timeLimit.rule,
      rectification.timeLimit.from,
    );
    if (!why.known) problem.unknownDeadline = why.unknown;
  }
  return { problem, issues: [] };
}
