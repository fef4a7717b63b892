import type { Rectification } from '@chuangwen/model';
import {
  anchor,
  type EntryRef,
  emptyHead,
  type Head,
  rectificationStream,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import type { CampaignMachineInput } from './campaign-context.js';
import type { CampaignConfig } from './config.js';
import { createCampaign } from './create.js';
import { type Append, type DispatchResult, dispatch } from './dispatch.js';
import type { CampaignEventInput } from './events.js';
import { type ChainHasher, chainHasher } from './hashing.js';
import { MemoryEvidence } from './memory-evidence.js';
import type { PersistedCampaign } from './persistence.js';
import type { RolePolicy } from './policy.js';
import type { Actor } from './roles.js';
import { routeOf } from './routing.js';
import { DEFAULT_INPUT_LIMITS, readUntrusted } from './untrusted.js';
import { type Verification, verifyRecord } from './verify.js';

/** Options of a record kept in memory: the policy, configuration and audit key every event is judged and chained by. */
export interface MemoryRecordOptions {
  policy?: RolePolicy;
  config?: CampaignConfig;
  /** The audit key; without one, the chains are plain SHA-256. */
  key?: string | Uint8Array | undefined;
}

/**
 * A campaign's whole record in memory: its streams, their heads, the snapshots and the evidence index, with dispatch
 * and verification wired up. For tests, demos, browsers and hosts that keep one campaign in one process; a database
 * host keeps the same things in tables (see `@chuangwen/store`). Appending is O(1): nothing is copied.
 */
export class MemoryRecord {
  readonly campaignId: string;
  readonly hasher: ChainHasher;
  readonly evidence = new MemoryEvidence();
  private readonly streams = new Map<StreamId, StoredEntry[]>();
  private readonly heads = new Map<StreamId, Head>();
  private readonly rectifications = new Map<string, Rectification>();
  private snapshot: PersistedCampaign;

  constructor(
    input: CampaignMachineInput,
    actor: Actor,
    readonly options: MemoryRecordOptions = {},
  ) {
    this.hasher = chainHasher(options.key);
    const created = createCampaign(input, actor, {
      hasher: this.hasher,
      ...(options.config ? { config: options.config } : {}),
    });
    this.campaignId = created.campaign.snapshot.snapshot.context.campaignId;
    this.snapshot = created.campaign.snapshot;
    this.store([created.append]);
  }

  /** Routes an event to its streams, dispatches it, and stores what it appends. */
  dispatch(event: CampaignEventInput, receivedAt?: string): DispatchResult;
  /** An event from outside, unread: a request body, a queue message. */
  dispatch(untrusted: unknown, receivedAt?: string): DispatchResult;
  dispatch(untrusted: unknown, receivedAt?: string): DispatchResult {
    // Read once: routing and dispatch then see the same plain data, whatever getters the caller's object has.
    const read = readUntrusted(untrusted, DEFAULT_INPUT_LIMITS);
    const input = read.ok ? read.value : untrusted;
    const route = routeOf(input);
    const id = route.stream.startsWith('rectification/')
      ? route.stream.slice('rectification/'.length)
      : undefined;
    const rectification = id === undefined ? undefined : this.rectifications.get(id);
    const result = dispatch(
      input,
      {
        campaign: { head: this.head('campaign'), snapshot: this.snapshot },
        ...(rectification
          ? { rectification: { head: this.head(route.stream), snapshot: rectification } }
          : {}),
        ...(route.stream === 'evidence'
          ? { evidence: { head: this.head('evidence'), index: this.evidence } }
          : {}),
      },
      {
        hasher: this.hasher,
        ...(this.options.policy ? { policy: this.options.policy } : {}),
        ...(this.options.config ? { config: this.options.config } : {}),
        ...(receivedAt === undefined ? {} : { receivedAt }),
      },
    );
    this.store(result.appends);
    if (result.campaign) this.snapshot = result.campaign;
    if (result.rectification) this.rectifications.set(result.rectification.id, result.rectification);
    if (result.evidence) this.evidence.apply(result.evidence);
    return result;
  }

  private store(appends: readonly Append[]) {
    for (const a of appends) {
      const list = this.streams.get(a.stream) ?? [];
      list.push({ body: a.body, hash: a.entry.hash });
      this.streams.set(a.stream, list);
      this.heads.set(a.stream, { seq: a.entry.seq + 1, hash: a.entry.hash });
    }
  }

  /** A stream's head; the genesis of a stream not yet started. */
  head(stream: StreamId): Head {
    return this.heads.get(stream) ?? emptyHead(this.hasher, this.campaignId, stream);
  }

  /** The campaign's current snapshot. */
  get campaign(): PersistedCampaign {
    return this.snapshot;
  }

  /** A rectification's current record. */
  rectification(id: string): Rectification | undefined {
    return this.rectifications.get(id);
  }

  /** Every rectification's current record. */
  allRectifications(): Rectification[] {
    return [...this.rectifications.values()];
  }

  /** A stream's entries as stored (read only). */
  entries(stream: StreamId): readonly StoredEntry[] {
    return this.streams.get(stream) ?? [];
  }

  /** The names of every stream of the record. */
  streamIds(): StreamId[] {
    return [...this.streams.keys()];
  }

  /** The heads to keep elsewhere, one per stream. */
  anchors(): EntryRef[] {
    return [...this.heads].map(([stream, head]) => anchor(stream, head));
  }

  /** Verifies the whole record: chains, anchors (when given), policy, echoes and replay against the snapshots. */
  verify(anchors: readonly EntryRef[] = []): Verification {
    const anchorOf = (stream: StreamId) => anchors.find((a) => a.stream === stream);
    const stream = (id: StreamId) => ({
      entries: this.entries(id),
      ...(anchorOf(id) ? { anchor: anchorOf(id)! } : {}),
    });
    return verifyRecord(
      {
        campaignId: this.campaignId,
        campaign: { ...stream('campaign'), snapshot: this.snapshot },
        rectifications: [...this.rectifications.values()].map((r) => ({
          ...stream(rectificationStream(r.id)),
          id: r.id,
          snapshot: r,
        })),
        evidence: { ...stream('evidence'), items: this.evidence.items() },
      },
      {
        hasher: this.hasher,
        ...(this.options.policy ? { policy: this.options.policy } : {}),
        ...(this.options.config ? { config: this.options.config } : {}),
      },
    );
  }
}
