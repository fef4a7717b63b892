import type { ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { Head } from './audit.js';
import type { CampaignEvent } from './events.js';
import { say } from './messages.js';

const minutes = (ms: number) => Math.round(ms / 60_000);

/** The time evidence carries of its own (when a finding was seen, a survey answered), and where it sits. */
function ownTimeOf(event: CampaignEvent): { at: string; path: string[] } | undefined {
  if (event.type === 'observation.recorded' || event.type === 'observation.corrected')
    return { at: event.observation.observedAt, path: ['observation', 'observedAt'] };
  if (event.type === 'survey.recorded')
    return { at: event.response.respondedAt, path: ['response', 'respondedAt'] };
  return undefined;
}

/**
 * Why an event's time cannot stand: dated later than its receipt by more than the clock skew allowed, or dated before
 * the last applied event of its stream by more than that. A back-filled paper record (`backfill`) may be dated in the
 * past; it is never dated in the future.
 */
export function checkTime(
  event: CampaignEvent,
  head: Head,
  receivedAt: string | undefined,
  skewMs: number,
  rulesVersion: number,
): ValidationIssue[] {
  const at = Date.parse(event.at);
  if (receivedAt !== undefined) {
    const received = Date.parse(receivedAt);
    if (at > received + skewMs)
      return [
        issueAt(
          ['at'],
          'dated_after_receipt',
          say('datedAfterReceipt', { at: event.at, receivedAt, minutes: minutes(skewMs) }),
        ),
      ];
  }
  const own = ownTimeOf(event);
  // Evidence is of what was seen: dated after the host received it, it was not seen yet, and would count later.
  if (
    rulesVersion >= 2 &&
    own !== undefined &&
    receivedAt !== undefined &&
    Date.parse(own.at) > Date.parse(receivedAt) + skewMs
  )
    return [
      issueAt(
        own.path,
        'dated_after_receipt',
        say('seenAfterReceipt', { when: own.at, receivedAt, minutes: minutes(skewMs) }),
      ),
    ];
  if (!event.backfill && head.at !== undefined && at < Date.parse(head.at) - skewMs)
    return [
      issueAt(['at'], 'dated_before_stream', say('datedBeforeStream', { at: event.at, last: head.at })),
    ];
  return [];
}
