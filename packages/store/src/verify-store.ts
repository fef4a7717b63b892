import {
  type CampaignConfig,
  type ChainHasher,
  type EntryRef,
  type RolePolicy,
  type StreamId,
  type Verification,
  verifyRecord,
} from '@chuangwen/machine';
import type { RecordStore } from './contract.js';

/** How to verify a stored record: the audit key, the policy and configuration events were judged under, anchors. */
export interface VerifyStoreOptions {
  hasher: ChainHasher;
  policy?: RolePolicy;
  config?: CampaignConfig;
  /**
   * Heads kept elsewhere (another database, a printed report). Without them the store's own heads are used, which
   * catches a stream cut short only if its head row was left alone.
   */
  anchors?: readonly EntryRef[];
}

/**
 * Verifies a campaign's whole record as stored: every stream's keyed chain and anchor, the policy re-applied to every
 * applied entry, every echo against its cause, and replay against the stored snapshots and evidence. Undefined for
 * an unknown campaign.
 */
export async function verifyStore(
  store: RecordStore,
  campaignId: string,
  options: VerifyStoreOptions,
): Promise<Verification | undefined> {
  const record = await store.record(campaignId);
  if (!record) return undefined;
  const anchors = options.anchors ?? record.heads;
  const stream = (id: StreamId) => {
    const anchor = anchors.find((a) => a.stream === id);
    return { entries: record.streams.get(id) ?? [], ...(anchor ? { anchor } : {}) };
  };
  const verdict = verifyRecord(
    {
      campaignId,
      campaign: { ...stream('campaign'), snapshot: record.campaign },
      rectifications: record.rectifications.map((r) => ({
        ...stream(`rectification/${r.id}`),
        id: r.id,
        snapshot: r,
      })),
      evidence: { ...stream('evidence'), items: record.evidence },
    },
    {
      hasher: options.hasher,
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.config ? { config: options.config } : {}),
    },
  );
  // A stream whose rectification record is gone would otherwise go unchecked.
  const held = new Set(record.rectifications.map((r) => `rectification/${r.id}`));
  for (const id of record.streams.keys())
    if (id.startsWith('rectification/') && !held.has(id))
      verdict.problems.push({
        stream: id,
        seq: 0,
        kind: 'snapshot',
        message: {
          'zh-CN': `记录流 ${id} 没有对应的整改记录（被删除）`,
          en: `stream ${id} has no rectification record (deleted)`,
        },
      });
  return { ...verdict, ok: verdict.problems.length === 0 };
}
