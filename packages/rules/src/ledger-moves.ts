import type {
  BilingualText,
  DeadlineRule,
  ProblemChannel,
  Rectification,
  Satisfaction,
  TicketState,
  TimeLimit,
  WorkingCalendar,
} from '@chuangwen/model';
import { sha256Hex } from '@chuangwen/model/internal';
import { z } from 'zod';
import { resolveTimeLimit } from './time-limits.js';

/**
 * The moves a problem makes in the ledger, each an audited change of the rectification: the lifecycle's own (report,
 * assign, start, submit, return, close, reopen) and the ones hotlines and 数字城管 make (send back as not ours,
 * reassign, extend, urge, park and resume, merge, follow up).
 */
export const LEDGER_MOVES = [
  'report',
  'assign',
  'sendBack',
  'reassign',
  'start',
  'extend',
  'submit',
  'return',
  'close',
  'reopen',
  'urge',
  'park',
  'resume',
  'merge',
  'followUp',
] as const;
/** A move a problem makes in the ledger. */
export const LedgerMoveKindSchema = z.enum(LEDGER_MOVES);
/** A move a problem makes in the ledger. */
export type LedgerMoveKind = z.infer<typeof LedgerMoveKindSchema>;

/** One move, from one step of the outside system's history. */
export interface LedgerMove {
  /** Stable across imports of the same ticket: the problem, the step and its time. */
  key: string;
  move: LedgerMoveKind;
  at: string;
  /** The outside step it comes from; absent for a report the history does not show (the ticket's own time). */
  state?: TicketState;
  /** The unit it hands the problem to (assign, reassign) or that sends it back (sendBack). */
  unitId?: string;
  /** The time limit it sets (assign, reassign) or the one an extension gives (extend). */
  timeLimit?: TimeLimit;
  reason?: string;
  note?: string;
  satisfaction?: Satisfaction;
  /** The problem a duplicate is merged into. */
  mergedInto?: string;
  /** Who approved an extension, as the platform writes it. */
  approvedBy?: string;
}

/** Labels of the ledger moves. */
export const LEDGER_MOVE_LABELS: Record<LedgerMoveKind, BilingualText> = {
  report: { 'zh-CN': '上报问题', en: 'Report' },
  assign: { 'zh-CN': '交办', en: 'Assign' },
  sendBack: { 'zh-CN': '退单', en: 'Send back as not ours' },
  reassign: { 'zh-CN': '改派', en: 'Reassign' },
  start: { 'zh-CN': '开始整改', en: 'Start' },
  extend: { 'zh-CN': '延期', en: 'Extend' },
  submit: { 'zh-CN': '提交核查', en: 'Submit for review' },
  return: { 'zh-CN': '退回重改', en: 'Return for rework' },
  close: { 'zh-CN': '销号', en: 'Close' },
  reopen: { 'zh-CN': '重办（回潮）', en: 'Reopen' },
  urge: { 'zh-CN': '督办', en: 'Urge' },
  park: { 'zh-CN': '挂账', en: 'Park' },
  resume: { 'zh-CN': '恢复办理', en: 'Resume' },
  merge: { 'zh-CN': '并单', en: 'Merge' },
  followUp: { 'zh-CN': '回访', en: 'Follow up' },
};

const ID_SAFE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,100}$/;
const PREFIX: Partial<Record<ProblemChannel, string>> = { hotline: 'hotline', urbanManagement: 'urban' };

/**
 * The stable id of a problem that came from outside: its channel and its number there (`hotline:GD2026031200123`),
 * so importing the same ticket again names the same record. A number that cannot stand in an id (Chinese, spaces) is
 * replaced by its SHA-256, the same every time.
 */
export function problemIdOf(channel: ProblemChannel, externalNumber: string): string {
  const prefix = PREFIX[channel] ?? channel;
  return ID_SAFE.test(externalNumber)
    ? `${prefix}:${externalNumber}`
    : `${prefix}:h${sha256Hex(externalNumber).slice(0, 40)}`;
}

/** A time limit from a start: resolved when a calendar is given (or not needed), else the rule and the start alone. */
export function limitFrom(
  rule: DeadlineRule,
  from: string,
  calendar: WorkingCalendar | undefined,
): TimeLimit {
  return resolveTimeLimit(calendar, rule, from).timeLimit;
}

const MOVE_STATUS: Partial<Record<LedgerMoveKind, Rectification['status']>> = {
  report: 'reported',
  assign: 'assigned',
  sendBack: 'reported',
  reassign: 'assigned',
  start: 'rectifying',
  submit: 'submitted',
  return: 'returned',
  close: 'closed',
  reopen: 'reopened',
  merge: 'closed',
};

/**
 * The rectification after its moves, in order: status, lead unit and time limit (the latest assignment or extension,
 * with the deadline before the first extension kept), closure, returns and relapses, parking and resuming, the merge
 * pointer and the last satisfaction. Pure.
 */
export function applyMoves(start: Rectification, moves: readonly LedgerMove[]): Rectification {
  const r: Rectification = { ...start };
  for (const m of moves) {
    r.status = MOVE_STATUS[m.move] ?? r.status;
    if (m.move !== 'park' && m.move !== 'urge' && m.move !== 'followUp') delete r.parkedAt;
    switch (m.move) {
      case 'assign':
      case 'reassign':
        if (m.unitId !== undefined) r.leadUnitId = m.unitId;
        delete r.originalDeadline;
        delete r.extensionApprovedBy;
        setLimit(r, m.timeLimit);
        break;
      case 'sendBack':
        // Not ours: nobody answers for it until it is handed over again.
        delete r.leadUnitId;
        delete r.coLeadUnitIds;
        delete r.originalDeadline;
        delete r.extensionApprovedBy;
        setLimit(r, undefined);
        break;
      case 'extend':
        if (r.originalDeadline === undefined && r.deadline !== undefined) r.originalDeadline = r.deadline;
        if (m.approvedBy !== undefined) r.extensionApprovedBy = m.approvedBy;
        setLimit(r, m.timeLimit);
        break;
      case 'return':
        r.returnedCount += 1;
        break;
      case 'close':
        r.closedAt = m.at;
        break;
      case 'merge':
        r.closedAt = m.at;
        if (m.mergedInto !== undefined) r.mergedInto = m.mergedInto;
        break;
      case 'reopen':
        r.repeatCount += 1;
        delete r.closedAt;
        break;
      case 'park':
        r.parkedAt = m.at;
        break;
      case 'followUp':
        if (m.satisfaction !== undefined) r.satisfaction = m.satisfaction;
        break;
      case 'report':
      case 'start':
      case 'submit':
      case 'urge':
      case 'resume':
        break;
    }
  }
  return r;
}

function setLimit(r: Rectification, limit: TimeLimit | undefined): void {
  if (limit) r.timeLimit = limit;
  else delete r.timeLimit;
  if (limit?.dueDate !== undefined) r.deadline = limit.dueDate;
  else delete r.deadline;
}
