import type { BilingualText, Rectification } from '@chuangwen/model';
import type { CampaignState } from './campaign-states.js';
import type { CampaignEvent, RectificationEvent } from './events.js';
import { say } from './messages.js';

/** Why a rectification event is not possible now, in the words of the ledger. */
export function rectificationRefusal(
  event: RectificationEvent,
  record: Rectification | undefined,
): BilingualText {
  const id = event.rectificationId;
  if (event.type === 'rectification.reported') return say('rectificationExists', { id });
  if (!record) return say('rectificationMissing', { id });
  if (event.type === 'rectification.closed' && record.status === 'submitted')
    return say('closureNeedsReview');
  if (record.mergedInto !== undefined) return say('mergedInto', { id, into: record.mergedInto });
  if (event.type === 'rectification.resumed' && record.parkedAt === undefined)
    return say('notParked', { id });
  if (record.parkedAt !== undefined && event.type !== 'rectification.parked') return say('parked', { id });
  if (record.parkedAt !== undefined) return say('alreadyParked', { id });
  return say('notInStatus', { id, status: record.status, type: event.type });
}

/** Why a campaign event is not possible in the phase the campaign is in. */
export function campaignRefusal(event: CampaignEvent, state: CampaignState): BilingualText {
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return say('unitNotRegistered', { unitId: event.unitId });
  if (event.type === 'meeting.recorded') return say('meetingRecorded', { meetingId: event.meetingId });
  return say('notInPhase', { type: event.type, state });
}
