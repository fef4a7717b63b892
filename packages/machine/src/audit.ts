import type { BilingualText, TimeLimit } from '@chuangwen/model';
import { type ChainHasher, type ChainSpec, sameSpec } from './chain-hasher.js';
import { canonicalJson } from './hashing.js';
import type { Actor } from './roles.js';

/** The hash before a campaign's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** A stream of a campaign's record: `campaign`, `evidence`, or `rectification/<id>`. */
export type StreamId = 'campaign' | 'evidence' | `rectification/${string}`;

/** The stream of one rectification. */
export const rectificationStream = (id: string): StreamId => `rectification/${id}`;

/**
 * Where a stream stands: how many entries it holds (the next entry's `seq`), the hash of the last one, and when its last
 * applied event says it happened (so an event dated before it can be refused).
 */
export interface Head {
  seq: number;
  hash: string;
  at?: string | undefined;
  /** The chain in force on the stream, as its entries recorded it; absent for a stream of the first format or not started. */
  chain?: ChainSpec | undefined;
}

/**
 * Where the whole record stands: how many entries it holds across its streams (the next entry's `pos`) and the hash of
 * the last one. Every entry takes the next position, so the record has one order that dispatch, replay and
 * verification share; a writer that finds the position moved retries.
 */
export interface Position {
  pos: number;
  hash: string;
}

/** The position of a record with no entry yet. */
export const EMPTY_POSITION: Position = Object.freeze({ pos: 0, hash: '0'.repeat(64) });

/**
 * An entry of a stream: an anchor (a head kept elsewhere), or the entry of another stream that caused an echo. An
 * anchor names the chain that reached it (its algorithm and key id), so whoever checks it knows what to check it with.
 */
export interface EntryRef {
  stream: StreamId;
  seq: number;
  hash: string;
  chain?: ChainSpec | undefined;
}

/**
 * One entry of a stream's audit chain: every event, applied or rejected, with who sent it, when they say it happened
 * (`at`), when the host received it (`receivedAt`) and its place in the whole record (`pos`). A refused event larger
 * than a few kilobytes is kept as a digest and a bounded excerpt, never whole. The hash covers every other field of
 * the entry and the previous hash of its stream.
 */
export interface AuditEntry {
  stream: StreamId;
  seq: number;
  /** The entry's place in the whole record, across streams; absent on entries of the first stream format. */
  pos?: number;
  at: string;
  receivedAt?: string;
  /** Who sent it; null when the event was too malformed to say. */
  actor: Actor | null;
  /** `applied`: the machine handled it (a refused move is applied and names its blockers); `rejected`: it never reached the machine. */
  outcome: 'applied' | 'rejected';
  /**
   * The event as accepted; a refused one whole when it is small, else `{ kept: { digest, bytes, excerpt } }`; a malformed
   * one as `{ malformed: { digest, read, excerpt }, issues? }`.
   */
  event: unknown;
  reason?: BilingualText;
  /** Why a rejected event was refused (`malformed`, `unauthorized`, `invalid`, `not_allowed_now`). */
  code?: string;
  blockers?: string[];
  /**
   * The deadline an applied hand-over, re-dispatch or extension fixed on the record's calendar: the rule, the last day
   * and the calendar's fingerprint. Replay works it out again and reports any difference.
   */
  timeLimit?: TimeLimit;
  /** For an echo of the first stream format: the entry of another stream it answers to. */
  cause?: EntryRef;
  /** The idempotency key the host received the event under, with a digest of the request: a retry finds this entry. */
  request?: { key: string; fingerprint: string };
  /** On the first entry of a stream, and on the entry where it moves to another algorithm or key: the chain from here on. */
  chain?: ChainSpec;
  prevHash: string;
  hash: string;
}

/** An entry before it is chained. */
export type AuditDraft = Omit<AuditEntry, 'stream' | 'seq' | 'prevHash' | 'hash' | 'chain'>;

/** An entry as a store keeps it: the exact text that was hashed, the hash, and on a sealed chain the signer's seal. */
export interface StoredEntry {
  body: string;
  hash: string;
  seal?: string | undefined;
}

/** The text an entry's hash covers: every field but the hash, as canonical JSON. */
export function entryBody(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  if (!('hash' in entry)) return canonicalJson(entry);
  const { hash: _hash, ...rest } = entry;
  return canonicalJson(rest);
}

/**
 * The first hash of a stream: bound to the campaign and the stream's name, so a stream cannot be moved to another
 * campaign or another rectification, and keyed when the hasher is. (An unkeyed campaign stream of the first format
 * starts from zeros, as it always did.)
 */
export function genesisOf(hasher: ChainHasher, campaignId: string, stream: StreamId): string {
  return genesisFor(hasher, campaignId, stream, !hasher.firstFormat);
}

/** The genesis of a stream that records its chain (`recorded`), or of one of the first format. */
export function genesisFor(
  hasher: ChainHasher,
  campaignId: string,
  stream: StreamId,
  recorded: boolean,
): string {
  return stream === 'campaign' && !hasher.keyed && !recorded
    ? GENESIS_HASH
    : hasher.link(GENESIS_HASH, `${campaignId}/${stream}`);
}

/** The head of an empty stream. */
export function emptyHead(hasher: ChainHasher, campaignId: string, stream: StreamId): Head {
  return { seq: 0, hash: genesisOf(hasher, campaignId, stream) };
}

/**
 * Chains a draft after its stream's head, at the record's position: O(1), nothing copied. Returns the entry, the text
 * its hash covers, and the stream's and the record's new heads.
 */
export function chainEntry(
  stream: StreamId,
  head: Head,
  position: Position,
  draft: AuditDraft,
  hasher: ChainHasher,
): { entry: AuditEntry; body: string; head: Head; position: Position } {
  // A stream records its chain when it starts, and again when it moves to another algorithm or key.
  const moves = head.chain === undefined ? !hasher.firstFormat : !sameSpec(head.chain, hasher.spec);
  const unhashed = {
    ...draft,
    stream,
    seq: head.seq,
    pos: position.pos,
    prevHash: head.hash,
    ...(moves ? { chain: hasher.spec } : {}),
  };
  const body = entryBody(unhashed);
  const hash = hasher.link(head.hash, body);
  const at = draft.outcome === 'applied' && isLater(draft.at, head.at) ? draft.at : head.at;
  const chain = moves ? hasher.spec : head.chain;
  return {
    entry: { ...unhashed, hash },
    body,
    head: {
      seq: head.seq + 1,
      hash,
      ...(at === undefined ? {} : { at }),
      ...(chain === undefined ? {} : { chain }),
    },
    position: { pos: position.pos + 1, hash },
  };
}

/** Whether an instant is later than another (or the other is unknown); instants compared as moments, not as text. */
function isLater(at: string, than: string | undefined): boolean {
  if (than === undefined) return true;
  const a = Date.parse(at);
  const b = Date.parse(than);
  return Number.isNaN(b) || a > b;
}

/**
 * The head to publish or keep elsewhere (a notary, a printed report, another database), to catch truncation, with the
 * chain that reached it: the stream's own, or for a stream of the first format the hasher's.
 */
export function anchor(stream: StreamId, head: Head, hasher?: ChainHasher): EntryRef {
  const chain = head.chain ?? hasher?.spec;
  return chain
    ? { stream, seq: head.seq, hash: head.hash, chain }
    : { stream, seq: head.seq, hash: head.hash };
}

/** The stream of an entry's event, read from its id: `campaign`, `evidence` or a rectification's. */
export function isStreamId(value: unknown): value is StreamId {
  return (
    value === 'campaign' ||
    value === 'evidence' ||
    (typeof value === 'string' &&
      value.startsWith('rectification/') &&
      value.length > 14 &&
      value.length < 220)
  );
}
