import {
  type AuditEntry,
  type AuditProblem,
  type ChainHasher,
  checkSeals,
  type EntryRef,
  type PersistedCampaign,
  type Position,
  restoreCampaign,
  type SealCheck,
  type StoredEntry,
  type StreamId,
  type Verification,
  verifyRecord,
} from '@chuangwen/machine';
import { problemAt as problem } from '@chuangwen/machine/internal';
import type { BilingualText } from '@chuangwen/model';
import type { RecordStore } from './contract.js';
import { damagedRow } from './errors.js';
import { say } from './messages.js';

/** How to verify a stored record: the audit key, and heads or a position kept elsewhere. */
export interface VerifyStoreOptions {
  /** The hasher the record was written with (a `keyring` when it moved); a sealed chain's seals are asked of its signer. */
  hasher: ChainHasher;
  /**
   * Heads kept elsewhere (another database, a printed report). Without them the store's own heads are used, which
   * catches a stream cut short only if its head row was left alone.
   */
  anchors?: readonly EntryRef[];
  /** The record's position kept elsewhere: catches a cut tail across every stream at once. */
  position?: Position;
}

/**
 * The campaign snapshot as stored (`rawSnapshot`), checked here: verification judges what the store's row holds, never
 * a snapshot a store keeps in memory by position. Throws the store's integrity error for a row that holds no snapshot.
 */
export function storedSnapshot(campaignId: string, raw: unknown): PersistedCampaign {
  const restored = restoreCampaign(raw);
  if (!restored.ok || restored.value.rectifications.length > 0)
    throw damagedRow(campaignId, 'snapshot', 'snapshot');
  return restored.value.campaign;
}

/** Every entry of a stream, read page by page. */
async function whole(store: RecordStore, campaignId: string, stream: StreamId): Promise<StoredEntry[]> {
  const out: StoredEntry[] = [];
  for (let from = 0; ; ) {
    const page = await store.read(campaignId, { stream, from }, { limit: 5_000 });
    out.push(...page.entries);
    if (page.next === undefined) return out;
    from = page.next;
  }
}

/**
 * Verifies a campaign's whole record as stored, with the key alone: every stream's chain and anchor, the record's
 * positions, every entry judged again by the decider under the configuration the record held then, the projections
 * (snapshot, rectifications, evidence, configuration) against the replay, and every idempotency receipt against the
 * entry it names. A damaged row is a problem in the verdict, never a throw. Undefined for an unknown campaign.
 */
export async function verifyStore(
  store: RecordStore,
  campaignId: string,
  options: VerifyStoreOptions,
): Promise<Verification | undefined> {
  const p = await store.project(campaignId, { heads: 'all', receipts: true });
  if (!p) return undefined;
  const damaged: AuditProblem[] = [];
  const projections = await store
    .project(campaignId, { rawSnapshot: true, configuration: true, rectifications: 'all', evidence: 'all' })
    .then((read) => read && { ...read, campaign: storedSnapshot(campaignId, read.rawSnapshot) })
    .catch((error: { detail?: unknown }) => {
      // A store's own error says why in both languages; a driver's error (its detail a string, or none) says nothing usable.
      const detail = error?.detail as Partial<BilingualText> | undefined;
      const said =
        typeof detail?.['zh-CN'] === 'string' && typeof detail.en === 'string'
          ? (detail as BilingualText)
          : say('projectionUnreadable');
      damaged.push(problem('campaign', 0, 'unreadable', said));
      return undefined;
    });
  const anchors =
    options.anchors ??
    [...p.heads!].map(([stream, h]) => ({
      stream,
      seq: h.seq,
      hash: h.hash,
      ...(h.chain ? { chain: h.chain } : {}),
    }));
  const streams = new Map<StreamId, StoredEntry[]>();
  for (const stream of p.heads!.keys()) streams.set(stream, await whole(store, campaignId, stream));
  const stream = (id: StreamId) => {
    const anchor = anchors.find((a) => a.stream === id);
    return { entries: streams.get(id) ?? [], ...(anchor ? { anchor } : {}) };
  };
  const held = new Set((projections?.rectifications ?? []).map((r) => `rectification/${r.id}`));
  const orphans = [...streams.keys()].filter((id) => id.startsWith('rectification/') && !held.has(id));
  const seals: SealCheck[] = [];
  const verdict = verifyRecord(
    {
      campaignId,
      campaign: {
        ...stream('campaign'),
        ...(projections?.campaign ? { snapshot: projections.campaign } : {}),
      },
      rectifications: [
        ...(projections?.rectifications ?? []).map((r) => ({
          ...stream(`rectification/${r.id}`),
          id: r.id,
          snapshot: r,
        })),
        ...orphans.map((id) => ({ ...stream(id), id: id.slice('rectification/'.length) })),
      ],
      evidence: { ...stream('evidence'), ...(projections?.evidence ? { items: projections.evidence } : {}) },
      ...(projections?.configuration?.value ? { configuration: projections.configuration.value } : {}),
      position: options.position ?? p.position,
    },
    { hasher: options.hasher, seals },
  );
  const problems = [...damaged, ...verdict.problems, ...(await checkSeals(seals))];
  for (const id of orphans)
    problems.push(problem(id, 0, 'snapshot', say('rectificationDeleted', { stream: id })));
  for (const r of p.receipts ?? []) {
    const stored = streams.get(r.entry.stream)?.[r.entry.seq];
    let entry: Partial<AuditEntry> | undefined;
    try {
      entry = stored && stored.hash === r.entry.hash ? (JSON.parse(stored.body) as AuditEntry) : undefined;
    } catch {
      entry = undefined;
    }
    if (entry?.request?.key !== r.key || entry.request.fingerprint !== r.fingerprint)
      problems.push(problem(r.entry.stream, r.entry.seq, 'snapshot', say('receiptChanged', { key: r.key })));
  }
  return { ...verdict, ok: problems.length === 0, problems };
}
