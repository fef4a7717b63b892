import type { BilingualText } from '@chuangwen/model';
import type { EvidenceItem } from './evidence.js';

/** A kind of evidence a store keeps. */
type EvidenceKind = EvidenceItem['kind'];

const edited = (what: string) => `the stored ${what} does not match the replay of the record (edited)`;
const FIRST_FORMAT = 'the first format (hmac-sha256 or sha256, no key id)';

/**
 * What verification, replay and migration find in a record, and what a chain's keys must be, in English. This catalogue
 * names each message and the values it is written from; the other languages are typed by it
 * (`verify-messages.zh-CN.ts`).
 */
export const en = {
  // A stream's chain.
  entryUnreadable: (p: { seq: number }) => `entry ${p.seq} cannot be read`,
  keyMissing: (p: { seq: number; spec: string | undefined }) =>
    `entries from ${p.seq} on were written under ${p.spec ?? FIRST_FORMAT}, which this verification does not hold: give its key (see keyring)`,
  chainUnreadable: (p: { seq: number }) => `entry ${p.seq} records a chain algorithm that cannot be read`,
  sealMissing: (p: { seq: number }) => `entry ${p.seq} has no seal from its signer`,
  sealMismatch: (p: { seq: number }) => `entry ${p.seq}'s seal does not match its hash (edited or forged)`,
  wrongPlace: (p: { seq: number }) => `entry ${p.seq} has the wrong position or stream`,
  linkBroken: (p: { seq: number }) => `entry ${p.seq} does not link to the one before`,
  streamLinkBroken: (p: { seq: number }) => `entry ${p.seq} does not link to the one before it on its stream`,
  entryEdited: (p: { seq: number }) => `entry ${p.seq} does not match its hash (edited)`,
  allEntriesFail: (p: { count: number }) =>
    `entry 0 does not match its hash; all ${p.count} entries fail: most likely verified with another audit key than they were written with (or the whole stream was edited)`,
  sealsUnchecked: (p: { count: number }) =>
    `the seals of ${p.count} entries are checked by their signer, which answers asynchronously: not checked here (use checkSeals or the asynchronous verification)`,
  sealsNotTaken: (p: { count: number }) =>
    `the seals of ${p.count} entries are checked by their signer: not checked (use takeSeals and checkSeals)`,
  signerUnreachable: (p: { count: number; keyId: string; said: string }) =>
    `the ${p.count} seals of signer ${p.keyId} could not be checked: ${p.said}`,
  anchorChain: (p: { anchor: string; ended: string }) =>
    `the anchor kept elsewhere names ${p.anchor}, but the stream ends under ${p.ended}`,
  streamCut: (p: { count: number; kept: number }) =>
    `the stream ends at ${p.count} entries, not at the anchor kept elsewhere (${p.kept}): truncated or forged`,
  // The record as a whole.
  recordUnreadable: () => 'the record cannot be read, so it cannot be verified',
  positionUnreadable: (p: { pos: number }) => `the entry at position ${p.pos} cannot be read`,
  earlierFormat: (p: { seq: number }) => `entry ${p.seq} is of an earlier format than the one before it`,
  positionMissing: (p: { pos: number; at: number }) =>
    `position ${p.pos} of the record is missing or repeated (this entry is at ${p.at})`,
  recordCut: (p: { count: number; kept: number }) =>
    `the record holds ${p.count} entries, not the ${p.kept} of the position kept elsewhere: truncated or forged`,
  sealedHeadMismatch: () => 'the earlier part of the stream does not end where the migration sealed it',
  sealedStreamMissing: () => 'a stream the migration sealed is missing',
  // What a store keeps beside the record.
  snapshotEdited: () => edited('campaign snapshot'),
  configurationEdited: () => edited('configuration'),
  rectificationEdited: () => edited('rectification'),
  rectificationDeleted: (p: { id: string }) =>
    `rectification ${p.id} is in the record but not in the store (deleted)`,
  evidenceEdited: (p: { kind: EvidenceKind; id: string }) =>
    `the stored ${p.kind} ${p.id} does not match the replay of the record (edited or unrecorded)`,
  evidenceDeleted: (p: { kind: EvidenceKind; id: string }) =>
    `${p.kind} ${p.id} is in the record but not in the store (deleted)`,
  // Replay.
  notCreationFirst: () => 'the record does not start with the campaign’s creation',
  creationInvalid: () => 'the creation entry is invalid and cannot be replayed',
  otherCampaign: () => 'the record belongs to another campaign',
  noStream: (p: { seq: number }) => `entry ${p.seq} names no stream`,
  importInvalid: () => 'the imported records are invalid',
  appliedRefused: (p: { seq: number; reason: BilingualText | undefined }) =>
    `entry ${p.seq} is recorded as applied, but under the configuration and rules then in force it is refused: ${p.reason?.en ?? ''}`,
  refusedApplies: (p: { seq: number }) =>
    `entry ${p.seq} is recorded as refused, but under the configuration and rules then in force it applies`,
  judgedOtherwise: (p: { seq: number }) =>
    `entry ${p.seq} differs from its judgement again (its stream, refusal code, blockers or deadline)`,
  notReplayable: (p: { seq: number }) => `entry ${p.seq} cannot be replayed`,
  // A migration and what it imports.
  snapshotHoldsRectifications: () => 'the snapshot holds rectifications',
  recordOnOtherStream: () => 'the record is on another stream',
  alreadyCurrent: () => 'the record is already of the current format',
  evidenceEventUnreadable: () => 'an evidence event that cannot be read',
  importedRectificationInvalid: () => 'the imported rectification is invalid',
  outOfOrder: () => 'a rectification event does not replay in order',
  historyEdited: () => 'the campaign snapshot’s phase history does not match its stream (edited)',
  // Keys and chains a host sets up.
  auditKeyShort: () => 'the audit key must be at least 16 bytes',
  signingKeyShort: () => 'the signing key must be at least 16 bytes',
  unknownAlgorithm: (p: { named: string; known: readonly string[] }) =>
    `unknown chain algorithm ${p.named}: use ${p.known.join(', ')}`,
  needsKey: (p: { algorithm: string }) => `${p.algorithm} needs an audit key`,
  takesNoKey: (p: { algorithm: string }) => `${p.algorithm} takes no key: use hmac-${p.algorithm}`,
  sealedByDigest: () => 'a sealed chain links by a plain digest (sm3 or sha256)',
  keyIdForm: () => 'a key id is 1 to 64 letters, digits or . _ : - and only keyed algorithms have one',
  oneFirstFormat: () => 'a keyring holds at most one hasher of the first format',
};
