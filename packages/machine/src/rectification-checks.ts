import type { IssueCode, Rectification, TimeLimit, ValidationIssue, WorkingCalendar } from '@chuangwen/model';
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
import { rectificationMachine } from './rectification-machine.js';

/** The deadline an event sets, worked out on the record's calendar, or why it cannot be. */
export type DeadlineOutcome = { ok: true; resolved?: TimeLimit } | { ok: false; issues: ValidationIssue[] };

/** Whether the machine takes an event of this type in the rectification's state at all (its guards aside). */
function takes(record: Rectification, type: RectificationEvent['type']): boolean {
  const node = rectificationMachine.config.states?.[record.status] as { on?: object } | undefined;
  return node?.on !== undefined && Object.hasOwn(node.on, type);
}

function unknownIssue(path: string[], unknown: CalendarUnknown): ValidationIssue {
  return issueAt(path, 'deadline_unknown', {
    'zh-CN': `${unknown.message['zh-CN']}。可改为直接写明截止日期（deadline），或在日历更新后再交办`,
    en: `${unknown.message.en}. Give the last day as a date (deadline) instead, or hand it over once the calendar says`,
  });
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
    issueAt(['rectificationId'], 'external_id', {
      'zh-CN': `${channel === 'hotline' ? '热线工单' : '数字城管案卷'} ${externalNumber} 的整改编号应为 "${id}"，再次导入同一工单时才能识别为同一问题`,
      en: `the problem of ${channel === 'hotline' ? 'hotline ticket' : '数字城管 case'} ${externalNumber} is named "${id}", so importing the ticket again finds it`,
    }),
  ];
}

/** Why a duplicate cannot merge into the problem it names: none by that id, itself, or one merged away already. */
export function checkMerge(
  event: Extract<RectificationEvent, { type: 'rectification.merged' }>,
  target: Rectification | undefined,
): ValidationIssue[] {
  const issue = (code: IssueCode, zh: string, en: string) => [issueAt(['into'], code, { 'zh-CN': zh, en })];
  if (event.into === event.rectificationId)
    return issue('merge_into_itself', '问题不能并入其自身', 'a problem cannot merge into itself');
  if (!target)
    return issue('unknown_reference', `整改 ${event.into} 不存在`, `there is no rectification ${event.into}`);
  if (target.mergedInto !== undefined)
    return issue(
      'merged_away',
      `整改 ${event.into} 已并入 ${target.mergedInto}，请并入 ${target.mergedInto}`,
      `rectification ${event.into} is merged into ${target.mergedInto}: merge into that one`,
    );
  return [];
}
