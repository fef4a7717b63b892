import type { Rectification } from '@chuangwen/model';
import {
  type AuditEntry,
  type EntryRef,
  genesisOf,
  rectificationStream,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import type { CampaignConfig } from './config.js';
import type { EvidenceItem } from './evidence.js';
import { type ChainHasher, canonicalJson } from './hashing.js';
import type { PersistedCampaign } from './persistence.js';
import { DEFAULT_ROLE_POLICY, type RolePolicy } from './policy.js';
import { type ExpectedEchoes, replayCampaign, replayEvidence, replayRectification } from './replay.js';
import { type AuditProblem, verifyChain } from './verify-chain.js';

/** One stream as stored: its entries in order, and the head kept elsewhere, if any. */
export interface StoredStream {
  entries: Iterable<AuditEntry | StoredEntry>;
  anchor?: EntryRef;
}

/** A campaign's whole record, as a store holds it, to verify. */
export interface RecordToVerify {
  campaignId: string;
  campaign: StoredStream & { snapshot: PersistedCampaign };
  rectifications?: Iterable<StoredStream & { id: string; snapshot: Rectification }>;
  /** The evidence stream, and everything the store holds of it (its evidence table), to compare with a replay. */
  evidence?: StoredStream & { items?: Iterable<EvidenceItem> };
}

/** How to verify: the hasher (with the audit key), and the policy and configuration events were judged under. */
export interface VerifyOptions {
  hasher: ChainHasher;
  policy?: RolePolicy;
  config?: CampaignConfig;
}

/** The verdict: every problem found, by stream and entry. */
export interface Verification {
  ok: boolean;
  problems: AuditProblem[];
  /** Entries checked, across every stream. */
  entries: number;
}

const mismatch = (stream: StreamId, seq: number, zh: string, en: string): AuditProblem => ({
  stream,
  seq,
  kind: 'snapshot',
  message: { 'zh-CN': zh, en },
});

/**
 * Verifies a campaign's record end to end: each stream's chain from its genesis (with the key, when the chain is
 * keyed) and against its anchor; every applied entry re-judged by the role policy; every echo on the campaign stream
 * checked against the entry it answers to; and replay of each stream compared with its stored snapshot (and the
 * evidence index). Finds an edited, deleted, reordered or forged entry, a truncated or forged tail, an applied entry
 * the policy would have refused, a flipped outcome, and an edited snapshot.
 */
export function verifyRecord(record: RecordToVerify, options: VerifyOptions): Verification {
  const replay = {
    policy: options.policy ?? DEFAULT_ROLE_POLICY,
    config: options.config,
    campaignId: record.campaignId,
  };
  const problems: AuditProblem[] = [];
  const echoes: ExpectedEchoes = new Map();
  let entries = 0;
  const chain = (stream: StreamId, stored: StoredStream) => {
    const check = verifyChain(stream, stored.entries, {
      hasher: options.hasher,
      genesis: genesisOf(options.hasher, record.campaignId, stream),
      ...(stored.anchor ? { anchor: stored.anchor } : {}),
    });
    problems.push(...check.problems);
    entries += check.entries.length;
    return check.entries;
  };
  for (const r of record.rectifications ?? []) {
    const stream = rectificationStream(r.id);
    const replayed = replayRectification(stream, chain(stream, r), replay, echoes);
    problems.push(...replayed.problems);
    if (canonicalJson(replayed.record) !== canonicalJson(r.snapshot))
      problems.push(
        mismatch(
          stream,
          0,
          '整改记录与其事件重放的结果不符（被修改）',
          'the stored rectification does not match the replay of its stream (edited)',
        ),
      );
  }
  if (record.evidence) {
    const replayed = replayEvidence(chain('evidence', record.evidence), replay, echoes);
    problems.push(...replayed.problems);
    if (record.evidence.items)
      problems.push(...compareEvidence(record.evidence.items, replayed.index.items()));
  }
  const replayed = replayCampaign(chain('campaign', record.campaign), replay, echoes);
  problems.push(...replayed.problems);
  if (replayed.campaign && canonicalJson(replayed.campaign) !== canonicalJson(record.campaign.snapshot))
    problems.push(
      mismatch(
        'campaign',
        0,
        '活动快照与事件重放的结果不符（被修改）',
        'the stored campaign snapshot does not match the replay of its stream (edited)',
      ),
    );
  return { ok: problems.length === 0, problems, entries };
}

/** Differences between the evidence a store holds and what a replay of the evidence stream holds. */
function compareEvidence(held: Iterable<EvidenceItem>, replayed: Iterable<EvidenceItem>): AuditProblem[] {
  const key = (i: EvidenceItem) => `${i.kind}/${i.id}`;
  const expected = new Map<string, string>();
  for (const item of replayed) expected.set(key(item), canonicalJson(item));
  const out: AuditProblem[] = [];
  for (const item of held) {
    const k = key(item);
    if (expected.get(k) !== canonicalJson(item))
      out.push(
        mismatch(
          'evidence',
          0,
          `存储的 ${k} 与测评记录流重放的结果不符（被修改或无记录）`,
          `the stored ${k} does not match the replay of the evidence stream (edited or unrecorded)`,
        ),
      );
    expected.delete(k);
  }
  for (const k of expected.keys())
    out.push(
      mismatch(
        'evidence',
        0,
        `测评记录流中有 ${k}，存储中却没有（被删除）`,
        `${k} is in the evidence stream but not in the store (deleted)`,
      ),
    );
  return out;
}
