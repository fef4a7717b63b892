import type { BilingualText } from '@chuangwen/model';
import { type ChainHasher, canonicalJson } from './hashing.js';
import type { Actor } from './roles.js';

/** The hash before a campaign's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** A stream of a campaign's record: `campaign`, `evidence`, or `rectification/<id>`. */
export type StreamId = 'campaign' | 'evidence' | `rectification/${string}`;

/** The stream of one rectification. */
export const rectificationStream = (id: string): StreamId => `rectification/${id}`;

/** Where a stream stands: how many entries it holds (the next entry's `seq`) and the hash of the last one. */
export interface Head {
  seq: number;
  hash: string;
}

/** An entry of a stream, linked to another stream's entry that caused it. */
export interface EntryRef {
  stream: StreamId;
  seq: number;
  hash: string;
}

/**
 * One entry of a stream's audit chain: every event, applied or rejected, with who sent it, when they say it happened
 * (`at`) and when the host received it (`receivedAt`). A malformed event is kept as a digest and a bounded excerpt,
 * never whole. The hash covers every other field of the entry and the previous hash.
 */
export interface AuditEntry {
  stream: StreamId;
  seq: number;
  at: string;
  receivedAt?: string;
  /** Who sent it; null when the event was too malformed to say. */
  actor: Actor | null;
  /** `applied`: the machine handled it (a refused move is applied and names its blockers); `rejected`: it never reached the machine. */
  outcome: 'applied' | 'rejected';
  /** The event as accepted; for a malformed one, `{ malformed: { digest, read, excerpt }, issues? }`. */
  event: unknown;
  reason?: BilingualText;
  blockers?: string[];
  /** For an echo: the entry of another stream it answers to. */
  cause?: EntryRef;
  prevHash: string;
  hash: string;
}

/** An entry before it is chained. */
export type AuditDraft = Omit<AuditEntry, 'stream' | 'seq' | 'prevHash' | 'hash'>;

/** An entry as a store keeps it: the exact text that was hashed, and the hash. */
export interface StoredEntry {
  body: string;
  hash: string;
}

/** The text an entry's hash covers: every field but the hash, as canonical JSON. */
export function entryBody(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  const { hash: _hash, ...rest } = entry as AuditEntry;
  return canonicalJson(rest);
}

/**
 * The first hash of a stream: bound to the campaign and the stream's name, so a stream cannot be moved to another
 * campaign or another rectification, and keyed when the hasher is.
 */
export function genesisOf(hasher: ChainHasher, campaignId: string, stream: StreamId): string {
  return stream === 'campaign' && !hasher.keyed
    ? GENESIS_HASH
    : hasher.link(GENESIS_HASH, `${campaignId}/${stream}`);
}

/** The head of an empty stream. */
export function emptyHead(hasher: ChainHasher, campaignId: string, stream: StreamId): Head {
  return { seq: 0, hash: genesisOf(hasher, campaignId, stream) };
}

/** Chains a draft after a head: O(1), nothing copied. Returns the entry and the new head. */
export function chainEntry(
  stream: StreamId,
  head: Head,
  draft: AuditDraft,
  hasher: ChainHasher,
): { entry: AuditEntry; body: string; head: Head } {
  const unhashed = { ...draft, stream, seq: head.seq, prevHash: head.hash };
  const body = entryBody(unhashed);
  const hash = hasher.link(head.hash, body);
  return { entry: { ...unhashed, hash }, body, head: { seq: head.seq + 1, hash } };
}

/** The head to publish or keep elsewhere (a notary, a printed report, another database), to catch truncation. */
export function anchor(stream: StreamId, head: Head): EntryRef {
  return { stream, seq: head.seq, hash: head.hash };
}
