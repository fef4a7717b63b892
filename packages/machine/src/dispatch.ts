import type { BilingualText, Rectification, ValidationIssue } from '@chuangwen/model';
import type { Blocker } from '@chuangwen/rules';
import { type AuditEntry, chainEntry, type Head, type Position, type StreamId } from './audit.js';
import type { CampaignState } from './campaign-states.js';
import { type ChainHasher, unkeyedHasher } from './chain-hasher.js';
import type { Configuration } from './configuration.js';
import { type DecideOptions, decide } from './decide.js';
import type { Effect } from './effects.js';
import type { CampaignEventInput } from './events.js';
import type { EvidenceChange } from './evidence.js';
import type { PersistedCampaign } from './persistence.js';
import type { RecordState, RejectionCode } from './record-state.js';

/** A stream's head and its current snapshot. */
export interface StreamState<S> {
  head: Head;
  snapshot: S;
}

/**
 * What dispatch needs: what the decider reads (the configuration, the campaign, the heads and lookups of the
 * rectification and evidence the event names, the board for phase requests) and the record's position. Never a whole log.
 */
export interface DispatchState extends RecordState {
  readonly position: Position;
}

/** Options of dispatch: the audit key's hasher, when the host received the event, and input limits. */
export interface DispatchOptions extends DecideOptions {
  /** How entries are chained; keyed with the host's audit key (`chainHasher(key)`). */
  hasher?: ChainHasher;
  /**
   * The idempotency key the host received the event under, and a digest of the request: recorded in the entry, so a
   * retry under the key is answered from the entry itself, and a receipt that names another entry is found.
   */
  request?: { key: string; fingerprint: string } | undefined;
}

/** An entry to append, the text its hash covers, and on a sealed chain its signer's seal (added by the host). */
export interface Append {
  stream: StreamId;
  entry: AuditEntry;
  body: string;
  seal?: string | undefined;
}

/** What happened to one event, and what the host must store, in one transaction, to record it. */
export interface DispatchResult {
  /** Applied and not a refused move. */
  accepted: boolean;
  rejection?: { code: RejectionCode; reason: BilingualText; issues?: ValidationIssue[] };
  /** A phase move that was refused, with every blocker. */
  refused?: Blocker[];
  /** The one entry to append, at the head of its stream and the position of the record it was chained to. */
  append: Append;
  /** The stream's head and the record's position after it. */
  head: Head;
  position: Position;
  /** The campaign's new snapshot, when it changed. */
  campaign?: PersistedCampaign;
  /** The rectification's new record, when it changed. */
  rectification?: Rectification;
  /** What to apply to the evidence index, when evidence changed. */
  evidence?: EvidenceChange;
  /** The whole configuration now in force, when it changed. */
  configuration?: Configuration;
  state: CampaignState;
  /** Side effects to carry out once stored: notifications, reminders, each with what it needs. */
  effects: Effect[];
}

/**
 * Applies one event from outside to a campaign's record: the decider judges it against what the record holds (its own
 * configuration and role policy, the streams it touches), and its entry is chained, applied or rejected, at the head of
 * its stream and the record's position. Needs only the heads, snapshots and lookups of what the event touches, copies
 * no log, and never throws on anything an event can hold.
 */
export function dispatch(
  event: CampaignEventInput,
  state: DispatchState,
  options?: DispatchOptions,
): DispatchResult;
/** An event from outside, unread: a request body, a queue message. */
export function dispatch(input: unknown, state: DispatchState, options?: DispatchOptions): DispatchResult;
export function dispatch(
  input: unknown,
  state: DispatchState,
  options: DispatchOptions = {},
): DispatchResult {
  const decision = decide(input, state, options);
  const chained = chainEntry(
    decision.stream,
    state.head(decision.stream),
    state.position,
    options.request
      ? { ...decision.draft, request: { key: options.request.key, fingerprint: options.request.fingerprint } }
      : decision.draft,
    options.hasher ?? unkeyedHasher(),
  );
  const { changes } = decision;
  return {
    accepted: decision.accepted,
    ...(decision.rejection ? { rejection: decision.rejection } : {}),
    ...(decision.refused ? { refused: decision.refused } : {}),
    append: { stream: decision.stream, entry: chained.entry, body: chained.body },
    head: chained.head,
    position: chained.position,
    ...(changes.campaign ? { campaign: changes.campaign } : {}),
    ...(changes.rectification ? { rectification: changes.rectification } : {}),
    ...(changes.evidence ? { evidence: changes.evidence } : {}),
    ...(changes.configuration ? { configuration: changes.configuration } : {}),
    state: decision.state,
    effects: decision.effects,
  };
}
