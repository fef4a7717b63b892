import {
  type BilingualText,
  label,
  type ObservationSource,
  type RectificationStatus,
} from '@chuangwen/model';
import { type CampaignState, stateLabel } from './campaign-states.js';
import type { CampaignEventType } from './events.js';
import { ROLE_LABELS, type Role } from './roles.js';

const as = (role: Role) => ROLE_LABELS[role].en;
const allowed = (roles: readonly Role[]) => roles.map(as).join(', ') || 'nobody';

/**
 * The refusals and the problems an event is judged by, in English: who may send it, what it may name, what the record
 * holds. This catalogue names each message and the values it is written from; the other languages are typed by it
 * (`decide-messages.zh-CN.ts`). Roles, event types and phases are given as values: each language says them by label.
 */
export const en = {
  // Refusals by the machines.
  rectificationExists: (p: { id: string }) => `rectification ${p.id} already exists`,
  rectificationMissing: (p: { id: string }) =>
    `rectification ${p.id} does not exist: report it first (rectification.reported)`,
  closureNeedsReview: () => 'closure needs evidence and a reviewer other than the person who rectified',
  mergedInto: (p: { id: string; into: string }) =>
    `rectification ${p.id} is merged into ${p.into}; act on that one`,
  notParked: (p: { id: string }) => `rectification ${p.id} is not parked; there is nothing to resume`,
  parked: (p: { id: string }) => `rectification ${p.id} is parked; resume it first (rectification.resumed)`,
  alreadyParked: (p: { id: string }) => `rectification ${p.id} is already parked`,
  notInStatus: (p: { id: string; status: RectificationStatus; type: CampaignEventType }) =>
    `rectification ${p.id} is ${p.status}; ${p.type} is not possible`,
  unitNotRegistered: (p: { unitId: string }) =>
    `unit ${p.unitId} is not registered as a lead or responsible unit: send unit.registered first, or name it in a task`,
  meetingRecorded: (p: { meetingId: string }) => `meeting ${p.meetingId} is already recorded`,
  notInPhase: (p: { type: CampaignEventType; state: CampaignState }) =>
    `${p.type} is not accepted in ${stateLabel(p.state).en.toLowerCase()}`,
  // Who may send what, for whom and where.
  roleMayNot: (p: { role: Role; type: CampaignEventType; allowed: readonly Role[] }) =>
    `${as(p.role)} may not send ${p.type}; allowed: ${allowed(p.allowed)}`,
  mayNotBackfill: (p: { role: Role; allowed: readonly Role[] }) =>
    `${as(p.role)} may not back-fill paper records; allowed: ${allowed(p.allowed)}`,
  mayNotAcceptPhotos: (p: { role: Role; allowed: readonly Role[] }) =>
    `${as(p.role)} may not accept photos that fail the provenance checks; allowed: ${allowed(p.allowed)}`,
  actsForNoUnit: (p: { role: Role }) => `${as(p.role)} the person acts for no unit`,
  ownUnitOnly: (p: { role: Role }) => `${as(p.role)} may act only for their own unit`,
  selfChecksOnly: (p: { role: Role }) =>
    `${as(p.role)} may record and correct only the unit's own self-checks`,
  whereAssigned: (p: { role: Role }) => `${as(p.role)} acts only where assigned`,
  foreignInspector: (p: { role: Role; inspectorId: string }) =>
    `${as(p.role)} records findings under their own name only, not as ${p.inspectorId}`,
  notInspectionSource: (p: { role: Role; source: ObservationSource }) =>
    `${as(p.role)} records only what their own visits find (supervision checks, unannounced visits, mock assessments), not ${label(p.source, 'en').toLowerCase()}`,
  documentForUnitElsewhere: (p: { role: Role; unitId: string }) =>
    `${as(p.role)} may not file a document as unit ${p.unitId}'s: leave the unit out, or name a unit their sites or assignment cover`,
  attributedElsewhere: (p: { role: Role; unitId: string }) =>
    `${as(p.role)} may not attribute a finding to unit ${p.unitId}: only to the place's unit or a unit assigned`,
  notOnRoster: (p: { personId: string }) => `${p.personId} is not on the campaign's roster`,
  roleRostered: (p: { role: Role; personId: string }) =>
    `the campaign names who acts as ${as(p.role)}, and ${p.personId} is not one of them`,
  rosterRoles: (p: { personId: string; roles: readonly Role[]; role: Role }) =>
    `${p.personId} acts in the campaign as ${p.roles.map(as).join(', ')}, not as ${as(p.role)}`,
  rosterUnit: (p: { personId: string; unitId: string; actsFor: string }) =>
    `${p.personId} belongs to unit ${p.unitId}, not ${p.actsFor}`,
  // What the decider says of an event as a whole.
  reason: (p: { what: BilingualText; first: BilingualText; count: number }) =>
    `${p.what.en}: ${p.first.en}${p.count > 1 ? ` (${p.count} problems in all: see issues)` : ''}`,
  malformedEvent: (p: { count: number; path: string; first: BilingualText; where: string }) =>
    `malformed event: ${p.path}: ${p.first.en}${p.count > 1 ? `; all ${p.count} at: ${p.where}` : ''}`,
  eventInvalid: (p: { type: CampaignEventType }) => `${p.type} is invalid`,
  photosUnproven: (p: { allowed: readonly Role[] }) =>
    `the cited photos fail the provenance checks (${allowed(p.allowed)} may accept them with a reason)`,
  actorInvalid: () => 'the actor is invalid',
  deadlineOrTimeLimit: () =>
    'a hand-over names its deadline once: a date (deadline) or a time limit (timeLimit, such as { workingDays: 3 }), not both',
  externalNumberWithoutChannel: () => 'an external number needs the channel it comes from',
  // An event read from outside.
  stringTooLong: (p: { length: number }) => `a string of ${p.length} characters is too long`,
  eventTooLarge: () => 'the event is too large',
  tooManyItems: () => 'the event holds too many items',
  notFinite: () => 'not a finite number',
  notJson: (p: { found: string }) => `not JSON data (${p.found})`,
  nestedTooDeep: (p: { maxDepth: number }) => `nested deeper than ${p.maxDepth} levels`,
  refersToItself: () => 'the data refers to itself',
  listTooLong: () => 'a list is too long',
  protoKey: () => 'the key "__proto__" is not allowed',
  inputUnreadable: (p: { detail: string }) => `the input could not be read: ${p.detail}`,
  datedAfterReceipt: (p: { at: string; receivedAt: string; minutes: number }) =>
    `dated ${p.at}, more than ${p.minutes} minutes after it was received (${p.receivedAt}): check the sender's clock`,
  seenAfterReceipt: (p: { when: string; receivedAt: string; minutes: number }) =>
    `seen or answered at ${p.when}, more than ${p.minutes} minutes after it was received (${p.receivedAt}): check the device's clock`,
  datedBeforeStream: (p: { at: string; last: string }) =>
    `dated ${p.at}, before the last event of its stream (${p.last}): to enter a paper record later, send it with backfill and a reason`,
  // What an event names: the configuration, the facts, the evidence.
  unknownStandard: (p: { standardRef: string }) => `unknown standard "${p.standardRef}"`,
  unknownSite: (p: { siteId: string }) => `unknown site "${p.siteId}"`,
  unknownUnit: (p: { unitId: string }) => `unknown unit "${p.unitId}"`,
  unitNotInCampaign: (p: { unitId: string }) =>
    `unit "${p.unitId}" is not in the campaign's configuration: add it first (unit.added)`,
  meetingTwice: (p: { meetingId: string }) => `meeting "${p.meetingId}" is already recorded`,
  noOverride: (p: { standardRef: string }) => `standard "${p.standardRef}" has no class override to withdraw`,
  siteExists: (p: { siteId: string }) => `site "${p.siteId}" exists`,
  unitExists: (p: { unitId: string }) => `unit "${p.unitId}" exists`,
  unitIntoItself: () => 'a unit cannot merge into itself or one of its own units',
  observationExists: (p: { id: string }) =>
    `observation "${p.id}" already exists; a correction is a new record`,
  correctedNotInForce: (p: { id: string }) => `observation "${p.id}" is not in force`,
  correctionMoves: () =>
    'a correction keeps the standard and the place of what it corrects; to move it, withdraw it and record anew',
  observationNotInForce: (p: { id: string }) => `observation "${p.id}" is not in force`,
  documentStandards: (p: { max: number }) => `a document names at most ${p.max} distinct standards`,
  documentExists: (p: { id: string }) => `document "${p.id}" already exists`,
  documentNotFiled: (p: { id: string }) => `document "${p.id}" is not filed`,
  surveyExists: (p: { id: string }) => `survey response "${p.id}" already exists`,
  // What a rectification event cites, and the deadline it sets.
  evidenceUnknown: (p: { id: string }) => `the evidence "${p.id}" was never filed or recorded`,
  documentWithdrawn: (p: { id: string }) => `the document "${p.id}" was withdrawn`,
  recordNotInForce: (p: { id: string }) => `the record "${p.id}" is no longer in force`,
  documentOfNoUnit: (p: { id: string }) =>
    `document "${p.id}" names no unit: a unit's submission cites the documents it filed as that unit`,
  documentOfOtherUnit: (p: { id: string; unitId: string }) =>
    `the document "${p.id}" belongs to unit ${p.unitId}, not to a unit of this problem`,
  recordElsewhere: (p: { id: string }) =>
    `the record "${p.id}" was made at another place than this problem's`,
  evidenceNotFiled: (p: { id: string }) =>
    `the evidence "${p.id}" is not filed (or was withdrawn): file it first, so its provenance can be checked`,
  provenanceHash: () => 'the file does not hash as it did at capture: it was replaced or edited since',
  capturedAfterReceipt: (p: { capturedAt: string; receivedAt: string }) =>
    `captured at ${p.capturedAt}, after it was received (${p.receivedAt}): check the device's clock`,
  deadlineUnknown: (p: { why: BilingualText }) =>
    `${p.why.en}. Give the last day as a date (deadline) instead, or hand it over once the calendar says`,
  externalId: (p: { channel: 'hotline' | 'urbanManagement'; number: string; id: string }) =>
    `the problem of ${p.channel === 'hotline' ? 'hotline ticket' : 'digital urban-management case'} ${p.number} is named "${p.id}", so importing the ticket again finds it`,
  problemIntoItself: () => 'a problem cannot merge into itself',
  noRectification: (p: { id: string }) => `there is no rectification ${p.id}`,
  mergedAway: (p: { id: string; into: string }) =>
    `rectification ${p.id} is merged into ${p.into}: merge into that one`,
};
