import type { BilingualText, Observation, Rectification } from '@chuangwen/model';
import { chainEntry, emptyHead, GENESIS_HASH, type Head, rectificationStream } from './audit.js';
import type { Append, StreamState } from './dispatch.js';
import type { EvidenceChange } from './evidence.js';
import { type ChainHasher, canonicalJson } from './hashing.js';
import type { PersistedCampaign, RestoredCampaign } from './persistence.js';
import type { Actor } from './roles.js';
import { sha256Hex } from './sha256.js';

/** A log written by the 0.0.0 packages: one chain for the whole campaign, each entry hashed without a key. */
export interface LegacyAuditEntry {
  seq: number;
  at: string;
  actor: unknown;
  event: unknown;
  outcome: string;
  reason?: unknown;
  blockers?: unknown;
  prevHash: string;
  hash: string;
}

/** The verification of a 0.0.0 log: intact or not, how many entries, and the hash it ends on. */
export interface LegacyLogVerification {
  ok: boolean;
  entries: number;
  head: string;
  /** The first broken entry, if any. */
  problem?: { seq: number; message: BilingualText };
}

/**
 * Verifies a log written by the 0.0.0 packages (sha256 over the previous hash and the entry's canonical JSON), so a host
 * migrating to streams can say the old log was intact when it was sealed. Linear; never throws.
 */
export function verifyLegacyLog(log: readonly LegacyAuditEntry[]): LegacyLogVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    const { seq, at, actor, event, outcome, reason, blockers } = e;
    const hash = sha256Hex(prev + canonicalJson({ seq, at, actor, event, outcome, reason, blockers }));
    if (seq !== i || e.prevHash !== prev || e.hash !== hash)
      return {
        ok: false,
        entries: log.length,
        head: prev,
        problem: {
          seq: i,
          message: {
            'zh-CN': `旧版审计日志第 ${i} 条被改动或断链`,
            en: `entry ${i} of the old audit log was changed or unlinked`,
          },
        },
      };
    prev = hash;
  }
  return { ok: true, entries: log.length, head: prev };
}

/** What a migration starts new streams from: who migrates, when, and, for a migrated store, the old log it seals. */
export interface StreamsMigrationOptions {
  actor: Actor;
  at: string;
  hasher: ChainHasher;
  /** The sealed 0.0.0 log: its length and last hash, from {@link verifyLegacyLog}. */
  legacy?: { entries: number; head: string };
  /**
   * Observations an older host kept outside the audit (the 0.0.0 example service did): they open the evidence stream
   * with an `evidence.imported` entry, so they are audited from here on and can be corrected or withdrawn.
   */
  observations?: readonly Observation[];
}

/** The streams a migration starts: the campaign's and one per rectification, each with its first entry. */
export interface MigratedRecord {
  campaign: StreamState<PersistedCampaign>;
  rectifications: StreamState<Rectification>[];
  /** What to apply to the evidence index: each imported observation, in force. */
  evidence: EvidenceChange[];
  appends: Append[];
}

/**
 * Starts the streams of a campaign restored from an older format: the campaign stream opens with a
 * `campaign.imported` entry holding the migrated snapshot (and the sealed old log's length and head), and each
 * rectification the old snapshot held opens its own stream with a `rectification.imported` entry, and observations
 * kept outside the audit open the evidence stream with an `evidence.imported` entry. Replay and
 * verification start from these entries, so a migrated record verifies like a new one.
 */
export function migrateToStreams(
  restored: RestoredCampaign,
  options: StreamsMigrationOptions,
): MigratedRecord {
  const { hasher, actor, at } = options;
  const campaignId = restored.campaign.snapshot.context.campaignId;
  const appends: Append[] = [];
  const start = (stream: Append['stream'], event: unknown): Head => {
    const chained = chainEntry(
      stream,
      emptyHead(hasher, campaignId, stream),
      { at, actor, event, outcome: 'applied' },
      hasher,
    );
    appends.push({ stream, entry: chained.entry, body: chained.body });
    return chained.head;
  };
  const legacy = options.legacy ? { legacy: options.legacy } : {};
  const head = start('campaign', { type: 'campaign.imported', snapshot: restored.campaign, ...legacy });
  const rectifications = restored.rectifications.map((record) => ({
    head: start(rectificationStream(record.id), { type: 'rectification.imported', record }),
    snapshot: record,
  }));
  const observations = options.observations ?? [];
  if (observations.length > 0) start('evidence', { type: 'evidence.imported', observations });
  const evidence = observations.map(
    (observation): EvidenceChange => ({ kind: 'observationRecorded', observation }),
  );
  return { campaign: { head, snapshot: restored.campaign }, rectifications, evidence, appends };
}
