import type { BilingualText, Rectification, ValidationIssue } from '@chuangwen/model';
import type { Blocker } from '@chuangwen/rules';
import type { AuditDraft, Head, StreamId } from './audit.js';
import type { CampaignState } from './campaign-states.js';
import type { CompiledConfiguration, Configuration } from './configuration.js';
import type { ClassSource } from './derived.js';
import type { Effect } from './effects.js';
import type { EvidenceChange, EvidenceIndex } from './evidence.js';
import type { PersistedCampaign } from './persistence.js';

/**
 * What the decider reads of a campaign's record to judge one event: its configuration, the campaign's snapshot, the
 * heads of its streams, and lookups of the rectification and evidence the event names. A record kept in memory answers
 * from its projections; a store loads just what one event needs. The same decider judges an event when it arrives and
 * again when the record is replayed, so both always agree.
 */
export interface RecordState {
  readonly campaignId: string;
  /** The configuration in force: everything the event is judged by, read from the record itself. */
  readonly configuration: CompiledConfiguration;
  readonly campaign: PersistedCampaign;
  /** A stream's head, with the time of its last applied event; the genesis of a stream with no entry yet. */
  head(stream: StreamId): Head;
  /** A rectification as it stands, or undefined when none has that id. */
  rectification(id: string): Rectification | undefined;
  /** The evidence recorded so far, by id. */
  readonly evidence: EvidenceIndex;
  /** The board, for the phase requests that are judged on the classes of the standards. */
  readonly board: ClassSource;
}

/** Why an event was not applied: unreadable, from a role that may not send it, contrary to the record, or not now. */
export const REJECTION_CODES = ['malformed', 'unauthorized', 'invalid', 'not_allowed_now'] as const;
/** Why an event was not applied (see {@link REJECTION_CODES}). */
export type RejectionCode = (typeof REJECTION_CODES)[number];

/**
 * A rejection or blocker code as the library names it now, from the name a stored entry or snapshot gives it: records
 * written before codes were snake case name them in camel case (`notAllowedNow`, `leadingGroupMissing`).
 */
export function currentCode(stored: string): string {
  return stored.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A refusal: its code, a reason that says what to fix, and each problem located. */
export interface Rejection {
  code: RejectionCode;
  reason: BilingualText;
  issues?: ValidationIssue[];
}

/** What one applied event changes in the record's projections. */
export interface Changes {
  /** The campaign's new snapshot, when it changed. */
  campaign?: PersistedCampaign;
  /** The rectification's new record, when it changed. */
  rectification?: Rectification;
  /** What to apply to the evidence index, when evidence changed. */
  evidence?: EvidenceChange;
  /** The whole configuration now in force, when it changed. */
  configuration?: Configuration;
}

/** The decider's verdict on one event: the entry to chain, what it changes, and what it asks the host to do. */
export interface Decision {
  /** The stream the entry goes to. */
  stream: StreamId;
  /** The entry before it is chained. */
  draft: AuditDraft;
  /** Applied and not a refused move. */
  accepted: boolean;
  rejection?: Rejection;
  /** A phase move that was refused, with every blocker. */
  refused?: Blocker[];
  changes: Changes;
  state: CampaignState;
  /** Side effects to carry out once stored: notifications, reminders, each with what it needs. */
  effects: Effect[];
}
