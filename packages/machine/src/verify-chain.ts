import type { BilingualText } from '@chuangwen/model';
import {
  type AuditEntry,
  type EntryRef,
  entryBody,
  genesisFor,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import {
  type ChainHasher,
  type ChainSpec,
  describeSpec,
  hasherFor,
  sameSpec,
  specOf,
} from './chain-hasher.js';
import { say } from './messages.js';
import type { ChainSigner } from './signer.js';

/** What is wrong with a stream or with what its replay produced. */
export type AuditProblemKind =
  | 'sequence'
  | 'position'
  | 'link'
  | 'hash'
  | 'head'
  | 'unreadable'
  | 'policy'
  | 'replay'
  | 'cause'
  | 'snapshot'
  | 'key'
  | 'seal';

/** A problem found in a record, located by stream and entry. */
export interface AuditProblem {
  stream: StreamId;
  /** The entry's position; the stream's length for a problem at its end. */
  seq: number;
  kind: AuditProblemKind;
  message: BilingualText;
}

/** The result of verifying a stream's chain: the problems, and the head the chain reaches. */
export interface ChainVerification {
  ok: boolean;
  problems: AuditProblem[];
  head: { seq: number; hash: string; chain?: ChainSpec };
  /** The entries, parsed, for a replay to read (only when the chain was read from stored text). */
  entries: AuditEntry[];
}

/** A problem found at an entry of a stream, with its message. */
export const problemAt = (
  stream: StreamId,
  seq: number,
  kind: AuditProblemKind,
  message: BilingualText,
): AuditProblem => ({ stream, seq, kind, message });

/** A seal to check through its signer: what `checkSeals` is given when verification collects seals. */
export interface SealCheck {
  stream: StreamId;
  seq: number;
  hash: string;
  seal: string;
  signer: ChainSigner;
}

/** How to verify one stream's chain. */
export interface ChainOptions {
  /** The hasher with the key the stream was written with, and (see `keyring`) those of earlier algorithms and keys. */
  hasher: ChainHasher;
  /** The campaign, from which each stream's genesis is derived by the algorithm its first entry records. */
  campaignId?: string;
  /** The hash before the first entry, when the caller knows it; else derived from `campaignId`. */
  genesis?: string;
  anchor?: EntryRef;
  parse?: boolean;
  /** Collects the seals of sealed chains, for `checkSeals` to ask their signers in batches; else checked here when the signer's key is in this process. */
  seals?: SealCheck[];
}

/**
 * Checks one stream's hash chain: each entry's position, its link to the entry before, and its hash over its whole
 * body (so a field added later is caught), from the stream's genesis, under the algorithm and key its entries record
 * (the first-format hasher for a stream that records none); and, given an anchor kept elsewhere, that the chain ends
 * where the anchor says (a truncated or forged tail). A stream written under an algorithm or key the hasher does not
 * hold is one `key` problem, never a flood of edits. Reads stored text as it was hashed, so a store can verify without
 * re-encoding. With `parse: false` it only recomputes the hashes (each covers the entry's position, stream and link)
 * and reads an entry only where it records its chain or fails: the fast check of a whole store.
 */
export function verifyChain(
  stream: StreamId,
  entries: Iterable<AuditEntry | StoredEntry>,
  options: ChainOptions,
): ChainVerification {
  const parse = options.parse ?? true;
  const problems: AuditProblem[] = [];
  const parsed: AuditEntry[] = [];
  let prev = options.genesis ?? '';
  let seq = 0;
  let hashFailures = 0;
  let spec: ChainSpec | undefined;
  let current: ChainHasher | undefined;
  let unsealed = 0;
  const unreadable = () =>
    problems.push(problemAt(stream, seq, 'unreadable', say('entryUnreadable', { seq })));
  /** Moves to the chain an entry records (or, at the first entry, to the first format's). */
  const move = (to: ChainSpec | undefined) => {
    spec = to;
    current = hasherFor(options.hasher, to);
    if (!current)
      problems.push(
        problemAt(stream, seq, 'key', say('keyMissing', { seq, spec: to ? describeSpec(to) : undefined })),
      );
  };
  try {
    for (const item of entries) {
      let stored: boolean;
      let body: string;
      let hash: string;
      // Something that is not an entry at all ends what can be read of the stream: the chain cannot go on past it, and
      // a list whose length lies would otherwise be read to its claimed end.
      if (item === null || typeof item !== 'object') {
        unreadable();
        break;
      }
      let value: unknown;
      try {
        stored = 'body' in item;
        // Only text is read as text: anything else (a list whose length lies, an object with a hostile toString) is
        // unreadable rather than converted.
        const text = stored ? (item as StoredEntry).body : entryBody(item as AuditEntry);
        const given = item.hash;
        if (typeof text !== 'string' || typeof given !== 'string') throw new TypeError('not text');
        body = text;
        hash = given;
      } catch {
        unreadable();
        hashFailures += 1;
        seq += 1;
        continue;
      }
      // Read where it must be: to parse, at the first entry, and where an entry may record its chain.
      let unparsed = false;
      if (!stored) value = item;
      else if (parse || seq === 0 || body.includes('"chain":'))
        try {
          value = readBody(body);
        } catch {
          unparsed = true;
        }
      const recorded = specOf(value);
      if (recorded.malformed) problems.push(problemAt(stream, seq, 'key', say('chainUnreadable', { seq })));
      if (seq === 0 || recorded.spec) move(recorded.spec);
      if (seq === 0 && options.genesis === undefined)
        prev = current
          ? genesisFor(current, options.campaignId ?? '', stream, recorded.spec !== undefined)
          : '';
      let hashed: boolean;
      try {
        hashed = current !== undefined && current.link(prev, body) === hash;
      } catch {
        hashed = false;
      }
      if (hashed && spec?.seal && current?.signer) {
        const seal = (item as StoredEntry).seal;
        if (typeof seal !== 'string' || seal === '')
          problems.push(problemAt(stream, seq, 'seal', say('sealMissing', { seq })));
        else if (options.seals) options.seals.push({ stream, seq, hash, seal, signer: current.signer });
        else if (current.signer.sealNow) {
          if (current.signer.sealNow(hash) !== seal)
            problems.push(problemAt(stream, seq, 'seal', say('sealMismatch', { seq })));
        } else unsealed += 1;
      }
      if (!parse && hashed) {
        prev = hash;
        seq += 1;
        continue;
      }
      let entry: AuditEntry | undefined;
      try {
        const read = value === undefined && !unparsed ? readBody(body) : value;
        if (read === null || typeof read !== 'object' || Array.isArray(read))
          throw new TypeError('not an entry');
        entry = stored ? ({ ...(read as object), hash } as AuditEntry) : (item as AuditEntry);
      } catch {
        unreadable();
      }
      if (entry) {
        parsed.push(entry);
        if (entry.seq !== seq || entry.stream !== stream)
          problems.push(problemAt(stream, seq, 'sequence', say('wrongPlace', { seq })));
        if (entry.prevHash !== prev)
          problems.push(problemAt(stream, seq, 'link', say('linkBroken', { seq })));
      }
      if (!hashed && current) problems.push(problemAt(stream, seq, 'hash', say('entryEdited', { seq })));
      if (!hashed) hashFailures += 1;
      prev = hash;
      seq += 1;
    }
  } catch {
    // The list itself cannot be read to its end (a throwing iterator): what was read is reported as it stands.
    unreadable();
  }
  if (unsealed > 0) problems.push(problemAt(stream, seq, 'seal', say('sealsUnchecked', { count: unsealed })));
  // Every entry failing its hash looks like an edit of everything, but is most often the wrong key: say so once, on
  // the first entry's problem, so each entry still has one problem of each kind.
  const firstHash = problems.findIndex((p) => p.kind === 'hash' && p.seq === 0);
  if (seq > 1 && hashFailures === seq && firstHash >= 0)
    problems[firstHash] = problemAt(stream, 0, 'hash', say('allEntriesFail', { count: seq }));
  const anchor = options.anchor;
  const ended = spec ?? current?.spec;
  if (anchor?.chain && ended && !sameSpec(anchor.chain, ended))
    problems.push(
      problemAt(
        stream,
        seq,
        'head',
        say('anchorChain', { anchor: describeSpec(anchor.chain), ended: describeSpec(ended) }),
      ),
    );
  if (anchor && (anchor.seq !== seq || anchor.hash !== prev))
    problems.push(problemAt(stream, seq, 'head', say('streamCut', { count: seq, kept: anchor.seq })));
  return {
    ok: problems.length === 0,
    problems,
    head: spec ? { seq, hash: prev, chain: spec } : { seq, hash: prev },
    entries: parsed,
  };
}

/** A stored body read as JSON: its own keys only (JSON.parse never reaches a prototype). */
const readBody = (body: string): unknown => JSON.parse(body);
