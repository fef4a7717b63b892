import type { Actor, AuditEntry, ChainHasher, MemoryRecord, StoredEntry, StreamId } from '../src/index.js';
import { type CampaignEvent, type CampaignEventInput, CampaignEventSchema } from '../src/index.js';
import { canonicalJson } from '../src/internal.js';

const parse = (e: StoredEntry) => JSON.parse(e.body) as Omit<AuditEntry, 'hash'>;

/** Rewrites a stream from `from` on with a hasher, as someone who can write the store (and maybe holds a key) would. */
export function rehash(entries: StoredEntry[], from: number, hasher: ChainHasher): void {
  let prev = from === 0 ? parse(entries[0]!).prevHash : entries[from - 1]!.hash;
  entries.forEach((e, i) => {
    if (i < from) return;
    const body = canonicalJson({ ...parse(e), seq: i, prevHash: prev });
    const hash = hasher.link(prev, body);
    entries[i] = { body, hash };
    prev = hash;
  });
}

let minute = 0;
/** A fresh event time, a minute after the last, so sequences have increasing times. */
export function at(): string {
  minute += 1;
  return new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute * 60_000).toISOString();
}

/** A campaign event from an actor, with a fresh time, parsed so defaults are filled in as dispatch fills them. */
export function ev<T extends CampaignEvent['type']>(
  type: T,
  actor: Actor,
  payload: Omit<Extract<CampaignEventInput, { type: T }>, 'type' | 'at' | 'actor'>,
): Extract<CampaignEvent, { type: T }> {
  return CampaignEventSchema.parse({ type, at: at(), actor, ...payload }) as Extract<
    CampaignEvent,
    { type: T }
  >;
}

export const LEADER: Actor = { id: 'p-leader', role: 'leadingGroup' };
export const OFFICE: Actor = { id: 'p-office', role: 'office' };
export const SUPERVISOR: Actor = { id: 'p-supervisor', role: 'supervisionGroup' };
export const INSPECTOR: Actor = {
  id: 'p-inspector',
  role: 'inspector',
  assignment: { siteIds: ['s1'], unitIds: ['u2'] },
};
export const ARCHIVIST: Actor = { id: 'p-archivist', role: 'archivesGroup' };
export const PUBLICITY: Actor = { id: 'p-pub', role: 'publicityGroup' };
/** Staff of unit u1 and of unit u2. */
export const STAFF: Actor = { id: 'p-staff', role: 'unitStaff', unitId: 'u1' };
export const STAFF2: Actor = { id: 'p-staff-2', role: 'unitStaff', unitId: 'u2' };

/** A record's streams, each entry copied, for a test to change as someone who can write the store would. */
export const copyStreams = (record: MemoryRecord) =>
  new Map<StreamId, StoredEntry[]>(
    record.streamIds().map((s) => [s, record.entries(s).map((e) => ({ ...e }))]),
  );

/** The record as a store would give it to verification, from (copied) streams and the record's projections. */
export function recordToVerify(record: MemoryRecord, streams: Map<StreamId, StoredEntry[]>) {
  return {
    campaignId: record.campaignId,
    campaign: { entries: streams.get('campaign') ?? [], snapshot: record.campaign },
    rectifications: record
      .allRectifications()
      .map((r) => ({ id: r.id, entries: streams.get(`rectification/${r.id}`) ?? [], snapshot: r })),
    evidence: { entries: streams.get('evidence') ?? [], items: record.evidence.items() },
    configuration: record.configuration.value,
  };
}
