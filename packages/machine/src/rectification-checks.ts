import type {
  BilingualText,
  IssueCode,
  Rectification,
  TimeLimit,
  ValidationIssue,
  WorkingCalendar,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import {
  type CalendarUnknown,
  extendTimeLimit,
  extensionProblem,
  limitInForce,
  problemIdOf,
  resolveTimeLimit,
} from '@chuangwen/rules';
import type { RectificationEvent } from './events.js';
import { say } from './messages.js';
import { rectificationMachine } from './rectification-machine.js';

/** The deadline an event sets, worked out on the record's calendar, or why it cannot be. */
export type DeadlineOutcome = { ok: true; resolved?: TimeLimit } | { ok: false; issues: ValidationIssue[] };

/** Whether the machine takes an event of this type in the rectification's state at all (its guards aside). */
function takes(record: Rectification, type: RectificationEvent['type']): boolean {
  const node = rectificationMachine.config.states?.[record.status] as { on?: object } | undefined;
  return node?.on !== undefined && Object.hasOwn(node.on, type);
}

function unknownIssue(path: string[], unknown: CalendarUnknown): ValidationIssue {
  return issueAt(path, 'deadline_unknown', say('deadlineUnknown', { why: unknown.message }));
}

/**
 * The time limit a hand-over (交办), a re-dispatch (改派) or an extension (延期) sets, worked out on the calendar the
 * record holds at that point, from the event's own time: the rule, the last day and the fingerprint of the calendar
 * data read. Replaying the record reads the same calendar at the same point, so the same deadline comes out whatever
 * calendar is loaded later. A deadline the calendar cannot give (a year not yet published, no calendar) is refused
 * with the reason, never guessed as ordinary weeks; so is an extension that gives no more time. An event the
 * rectification's state does not take is left for the machine to refuse.
 */
export function deadlineOf(
  event: RectificationEvent,
  record: Rectification | undefined,
  calendar: WorkingCalendar | undefined,
): DeadlineOutcome {
  if (!record || !takes(record, event.type)) return { ok: true };
  if (event.type === 'rectification.assigned' || event.type === 'rectification.reassigned') {
    if (event.timeLimit === undefined) return { ok: true };
    const resolved = resolveTimeLimit(calendar, event.timeLimit, event.at);
    return resolved.known
      ? { ok: true, resolved: resolved.timeLimit }
      : { ok: false, issues: [unknownIssue(['timeLimit'], resolved.unknown)] };
  }
  if (event.type === 'rectification.extended') {
    const extension = event.until !== undefined ? { until: event.until } : { by: event.by! };
    const field = event.until !== undefined ? 'until' : 'by';
    const current = limitInForce(record);
    const extended = extendTimeLimit(calendar, current, extension, event.at);
    if (!extended.known) return { ok: false, issues: [unknownIssue([field], extended.unknown)] };
    const problem = extensionProblem(current, extension, extended.timeLimit);
    if (problem) return { ok: false, issues: [issueAt([field], 'not_an_extension', problem)] };
    return { ok: true, resolved: extended.timeLimit };
  }
  return { ok: true };
}

/**
 * Why a report's origin does not fit: a hotline ticket or a 数字城管 case is named by its channel and number
 * (`problemIdOf`), so the same ticket imported again finds its problem instead of opening a second one.
 */
export function checkOrigin(
  event: Extract<RectificationEvent, { type: 'rectification.reported' }>,
): ValidationIssue[] {
  const { channel, externalNumber } = event;
  if (externalNumber === undefined || (channel !== 'hotline' && channel !== 'urbanManagement')) return [];
  const id = problemIdOf(channel, externalNumber);
  if (event.rectificationId === id) return [];
  return [
    issueAt(['rectificationId'], 'external_id', say('externalId', { channel, number: externalNumber, id })),
  ];
}

/** Why a duplicate cannot merge into the problem it names: none by that id, itself, or one merged away already. */
export function checkMerge(
  event: Extract<RectificationEvent, { type: 'rectification.merged' }>,
  target: Rectification | undefined,
): ValidationIssue[] {
  const issue = (code: IssueCode, message: BilingualText) => [issueAt(['into'], code, message)];
  if (event.into === event.rectificationId) return issue('merge_into_itself', say('problemIntoItself'));
  if (!target) return issue('unknown_reference', say('noRectification', { id: event.into }));
  if (target.mergedInto !== undefined)
    return issue('merged_away', say('mergedAway', { id: event.into, into: target.mergedInto }));
  return [];
}
