import type { BilingualText, Rectification } from '@chuangwen/model';
import {
  type AuditEntry,
  type EntryRef,
  type Position,
  rectificationStream,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import type { ChainHasher } from './chain-hasher.js';
import type { Configuration } from './configuration.js';
import type { EvidenceItem } from './evidence.js';
import { sameJson } from './hashing.js';
import { readRecordImport } from './import-entries.js';
import { say } from './messages.js';
import type { PersistedCampaign } from './persistence.js';
import type { RecordProjection } from './projection.js';
import { replayRecord } from './replay.js';
import { type AuditProblem, problemAt, type SealCheck, verifyChain } from './verify-chain.js';

/** One stream as stored: its entries in order, and the head kept elsewhere, if any. */
export interface StoredStream {
  entries: Iterable<AuditEntry | StoredEntry>;
  anchor?: EntryRef;
}

/** A campaign's whole record, as a store holds it, to verify: its streams and what the store keeps beside them. */
export interface RecordToVerify {
  campaignId: string;
  campaign: StoredStream & { snapshot?: PersistedCampaign };
  rectifications?: Iterable<StoredStream & { id: string; snapshot?: Rectification }>;
  /** The evidence stream, and everything the store holds of it (its evidence table), to compare with a replay. */
  evidence?: StoredStream & { items?: Iterable<EvidenceItem> };
  /** The configuration the store holds as in force, to compare with the one the record's events leave. */
  configuration?: Configuration;
  /** The record's position kept elsewhere (its length across streams and its last hash), to catch a cut tail. */
  position?: Position;
}

/**
 * How to verify: the hasher with the audit key the record was written under (a `keyring` when it moved to another
 * algorithm or key). Nothing else: the record holds the rest.
 */
export interface VerifyOptions {
  hasher: ChainHasher;
  /** Collects the seals of sealed chains for `checkSeals`, instead of checking them here (see `verifySealedRecord`). */
  seals?: SealCheck[];
}

/** The verdict: every problem found, by stream and entry. */
export interface Verification {
  ok: boolean;
  problems: AuditProblem[];
  /** Entries checked, across every stream. */
  entries: number;
}

/**
 * Verifies a campaign's record end to end with the audit key and the record alone: each stream's chain from its
 * genesis and against its anchor; the record's positions, one per entry, with no gap or repeat, and against a position
 * kept elsewhere; every entry judged again by the one decider, in order, under the configuration the record itself held
 * then; and the projections that replay builds compared with what the store keeps (the campaign snapshot, each
 * rectification, the evidence, the configuration). A record migrated from the first stream format keeps that part as
 * sealed history: its chains are checked, and its heads must be the ones the migration sealed. Never throws.
 */
export function verifyRecord(record: RecordToVerify, options: VerifyOptions): Verification {
  try {
    return verifyWhole(record, options);
  } catch {
    // A record given in process may hold anything; whatever cannot be read is a problem, never a throw.
    return {
      ok: false,
      entries: 0,
      problems: [problemAt('campaign', 0, 'unreadable', say('recordUnreadable'))],
    };
  }
}

function verifyWhole(record: RecordToVerify, options: VerifyOptions): Verification {
  const problems: AuditProblem[] = [];
  const current: AuditEntry[] = [];
  const sealed = new Map<StreamId, EntryRef>();
  let entries = 0;
  const chain = (stream: StreamId, stored: StoredStream) => {
    const check = verifyChain(stream, stored.entries, {
      hasher: options.hasher,
      campaignId: record.campaignId,
      ...(stored.anchor ? { anchor: stored.anchor } : {}),
      ...(options.seals ? { seals: options.seals } : {}),
    });
    problems.push(...check.problems);
    entries += check.entries.length;
    let earlier = 0;
    let later = false;
    for (const entry of check.entries) {
      if (typeof entry.pos === 'number') {
        current.push(entry);
        later = true;
      } else if (later)
        problems.push(problemAt(stream, entry.seq, 'sequence', say('earlierFormat', { seq: entry.seq })));
      else earlier = entry.seq + 1;
    }
    if (earlier > 0) sealed.set(stream, { stream, seq: earlier, hash: check.entries[earlier - 1]!.hash });
  };
  const rectifications = [...(record.rectifications ?? [])];
  chain('campaign', record.campaign);
  if (record.evidence) chain('evidence', record.evidence);
  for (const r of rectifications) chain(rectificationStream(r.id), r);

  current.sort((a, b) => a.pos! - b.pos!);
  current.forEach((entry, i) => {
    if (entry.pos !== i)
      problems.push(
        problemAt(entry.stream, entry.seq, 'position', say('positionMissing', { pos: i, at: entry.pos! })),
      );
  });
  const last = current.at(-1);
  if (
    record.position &&
    (record.position.pos !== current.length || record.position.hash !== (last?.hash ?? record.position.hash))
  )
    problems.push(
      problemAt(
        'campaign',
        current.length,
        'head',
        say('recordCut', { count: current.length, kept: record.position.pos }),
      ),
    );
  if (sealed.size > 0) checkSeal(current[0], sealed, problems);

  const replay = replayRecord(current, { campaignId: record.campaignId, hasher: options.hasher });
  problems.push(...replay.problems);
  if (replay.projection) problems.push(...compareStored(replay.projection, record, rectifications));
  return { ok: problems.length === 0, problems, entries };
}

/** A record with a sealed earlier part must start its current part with a migration that seals exactly those heads. */
function checkSeal(first: AuditEntry | undefined, sealed: Map<StreamId, EntryRef>, problems: AuditProblem[]) {
  const migration = first && readRecordImport(first.event);
  const heads = migration?.ok ? (migration.value.seal.heads ?? []) : [];
  const named = new Map(heads.map((h) => [h.stream, h]));
  for (const [stream, head] of sealed) {
    const seal = named.get(stream);
    if (!seal || seal.seq !== head.seq || seal.hash !== head.hash)
      problems.push(problemAt(stream, head.seq, 'head', say('sealedHeadMismatch')));
  }
  for (const h of heads)
    if (!sealed.has(h.stream as StreamId))
      problems.push(problemAt(h.stream as StreamId, h.seq, 'head', say('sealedStreamMissing')));
}

/** Differences between what a store keeps and what the replay of its record builds. */
function compareStored(
  replayed: RecordProjection,
  record: RecordToVerify,
  rectifications: readonly (StoredStream & { id: string; snapshot?: Rectification })[],
): AuditProblem[] {
  const out: AuditProblem[] = [];
  const edited = (stream: StreamId, message: BilingualText) =>
    out.push(problemAt(stream, 0, 'snapshot', message));
  if (record.campaign.snapshot && !sameJson(replayed.campaign, record.campaign.snapshot))
    edited('campaign', say('snapshotEdited'));
  if (record.configuration && !sameJson(replayed.configuration.value, record.configuration))
    edited('campaign', say('configurationEdited'));
  const seen = new Set<string>();
  for (const r of rectifications) {
    seen.add(r.id);
    if (r.snapshot && !sameJson(replayed.rectification(r.id), r.snapshot))
      edited(rectificationStream(r.id), say('rectificationEdited'));
  }
  if (record.rectifications)
    for (const r of replayed.rectifications())
      if (!seen.has(r.id)) edited(rectificationStream(r.id), say('rectificationDeleted', { id: r.id }));
  if (record.evidence?.items) {
    const expected = new Map<string, EvidenceItem>();
    for (const item of replayed.evidence.items()) expected.set(`${item.kind}/${item.id}`, item);
    for (const item of record.evidence.items) {
      const key = `${item.kind}/${item.id}`;
      if (!sameJson(expected.get(key), item))
        edited('evidence', say('evidenceEdited', { kind: item.kind, id: item.id }));
      expected.delete(key);
    }
    for (const item of expected.values())
      edited('evidence', say('evidenceDeleted', { kind: item.kind, id: item.id }));
  }
  return out;
}
