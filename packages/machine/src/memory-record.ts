import type { Rectification } from '@chuangwen/model';
import type { ComplianceBoard } from '@chuangwen/rules';
import {
  type AuditEntry,
  anchor,
  type EntryRef,
  type Head,
  type Position,
  rectificationStream,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import type { CampaignMachineInput } from './campaign-context.js';
import { type ChainHasher, chainHasher } from './chain-hasher.js';
import type { CompiledConfiguration, ConfigurationInput } from './configuration.js';
import { createCampaign } from './create.js';
import { type Append, type DispatchResult, dispatch } from './dispatch.js';
import type { CampaignEventInput } from './events.js';
import type { MemoryEvidence } from './memory-evidence.js';
import type { PersistedCampaign } from './persistence.js';
import { RecordProjection } from './projection.js';
import { replayRecord } from './replay.js';
import type { Actor } from './roles.js';
import { sealQueueOf } from './signer.js';
import { type RecordToVerify, type Verification, verifyRecord } from './verify.js';
import { type AuditProblem, verifyChain } from './verify-chain.js';
import { verifySealedRecord } from './verify-seals.js';

/** Options of a record kept in memory: its configuration and its audit key (or hasher). */
export interface MemoryRecordOptions {
  /** What every event will be judged by (units, sites, tasks, the roster, framework editions, settings). */
  configuration?: ConfigurationInput;
  /** The audit key of the first format (HMAC-SHA-256); without one, the chains are plain SHA-256. */
  key?: string | Uint8Array | undefined;
  /** How entries are chained, in place of `key`: `chainHasher(key, { algorithm: 'hmac-sm3', keyId })`, a sealed chain, a keyring. */
  hasher?: ChainHasher | undefined;
}

/**
 * A campaign's whole record in memory: its streams and the projections the decider reads (configuration, snapshots,
 * evidence, the board), with dispatch and verification wired up. For tests, demos, browsers and hosts that keep one
 * campaign in one process; a database host keeps the same things in tables (see `@chuangwen/store`). Appending is
 * O(1): nothing is copied.
 */
export class MemoryRecord {
  readonly campaignId: string;
  readonly hasher: ChainHasher;
  private readonly streams = new Map<StreamId, StoredEntry[]>();
  private readonly state: RecordProjection;

  constructor(input: CampaignMachineInput, actor: Actor, options?: MemoryRecordOptions);
  constructor(restored: {
    projection: RecordProjection;
    streams: Map<StreamId, StoredEntry[]>;
    hasher: ChainHasher;
  });
  constructor(
    input:
      | CampaignMachineInput
      | { projection: RecordProjection; streams: Map<StreamId, StoredEntry[]>; hasher: ChainHasher },
    actor?: Actor,
    options: MemoryRecordOptions = {},
  ) {
    if ('projection' in input) {
      this.hasher = input.hasher;
      this.state = input.projection;
      this.campaignId = this.state.campaignId;
      for (const [stream, entries] of input.streams) this.streams.set(stream, entries);
      return;
    }
    this.hasher = options.hasher ?? chainHasher(options.key);
    const created = createCampaign(input, actor as Actor, {
      hasher: this.hasher,
      ...(options.configuration ? { configuration: options.configuration } : {}),
    });
    this.campaignId = created.campaign.snapshot.snapshot.context.campaignId;
    this.state = new RecordProjection(
      {
        campaignId: this.campaignId,
        configuration: created.configuration,
        campaign: created.campaign.snapshot,
        hasher: this.hasher,
        at: created.append.entry.at,
      },
      created.position,
    );
    this.state.apply({}, 'campaign', created.campaign.head, created.position);
    this.store(created.append);
  }

  /**
   * A record rebuilt from its stored streams by replaying them: what a host does after a restart. Returns the record and
   * every problem the replay found (none for an intact record); the chains are checked with the key first.
   */
  static restore(
    campaignId: string,
    streams: Iterable<[StreamId, readonly StoredEntry[]]>,
    options: { key?: string | Uint8Array | undefined; hasher?: ChainHasher | undefined } = {},
  ): { record: MemoryRecord | undefined; problems: AuditProblem[] } {
    const hasher = options.hasher ?? chainHasher(options.key);
    const problems: AuditProblem[] = [];
    const kept = new Map<StreamId, StoredEntry[]>();
    const entries: AuditEntry[] = [];
    for (const [stream, stored] of streams) {
      const check = verifyChain(stream, stored, { hasher, campaignId });
      problems.push(...check.problems);
      kept.set(
        stream,
        stored.map((e) => ({ ...e })),
      );
      entries.push(...check.entries.filter((e) => typeof e.pos === 'number'));
    }
    entries.sort((a, b) => a.pos! - b.pos!);
    const replay = replayRecord(entries, { campaignId, hasher });
    problems.push(...replay.problems);
    if (!replay.projection) return { record: undefined, problems };
    return { record: new MemoryRecord({ projection: replay.projection, streams: kept, hasher }), problems };
  }

  /** Routes an event to its stream, dispatches it, and stores what it appends. */
  dispatch(event: CampaignEventInput, receivedAt?: string): DispatchResult;
  /** An event from outside, unread: a request body, a queue message. */
  dispatch(untrusted: unknown, receivedAt?: string): DispatchResult;
  dispatch(untrusted: unknown, receivedAt?: string): DispatchResult {
    const result = dispatch(untrusted, this.state, {
      hasher: this.hasher,
      ...(receivedAt === undefined ? {} : { receivedAt }),
    });
    this.store(result.append);
    this.state.apply(
      {
        ...(result.campaign ? { campaign: result.campaign } : {}),
        ...(result.rectification ? { rectification: result.rectification } : {}),
        ...(result.evidence ? { evidence: result.evidence } : {}),
        ...(result.configuration ? { configuration: result.configuration } : {}),
      },
      result.append.stream,
      result.head,
      result.position,
    );
    return result;
  }

  private store(append: Append) {
    const list = this.streams.get(append.stream) ?? [];
    const stored: StoredEntry = { body: append.body, hash: append.entry.hash };
    list.push(stored);
    this.streams.set(append.stream, list);
    if (this.hasher.signer) this.requestSeal(stored);
  }

  /** Entries of a sealed chain waiting for their seal, and the requests in flight. */
  private readonly unsealed = new Set<StoredEntry>();
  private readonly sealing = new Set<Promise<void>>();

  private requestSeal(stored: StoredEntry) {
    this.unsealed.add(stored);
    const request = sealQueueOf(this.hasher.signer!)
      .seal(stored.hash)
      .then((seal) => {
        stored.seal = seal;
        this.unsealed.delete(stored);
      })
      .finally(() => this.sealing.delete(request));
    // A failed request leaves the entry unsealed for `sealed()` to ask again; it never goes unhandled.
    request.catch(() => undefined);
    this.sealing.add(request);
  }

  /**
   * Resolves when every entry so far carries its signer's seal (a sealed chain): dispatch goes on while the signer
   * works, and what queues meanwhile goes in one call. Acknowledge events only after it. Entries whose sealing failed
   * are asked again; rejects with the signer's error when it fails again.
   */
  async sealed(): Promise<void> {
    await Promise.allSettled([...this.sealing]);
    for (const stored of this.unsealed) if (!stored.seal) this.requestSeal(stored);
    const again = await Promise.allSettled([...this.sealing]);
    const failed = again.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  /** A stream's head; the genesis of a stream not yet started. */
  head(stream: StreamId): Head {
    return this.state.head(stream);
  }

  /** The record's position: how many entries it holds across its streams, and the last one's hash. */
  get position(): Position {
    return this.state.position;
  }

  /** The campaign's current snapshot. */
  get campaign(): PersistedCampaign {
    return this.state.campaign;
  }

  /** The configuration in force, read from the record. */
  get configuration(): CompiledConfiguration {
    return this.state.configuration;
  }

  /** The evidence recorded, with its status. */
  get evidence(): MemoryEvidence {
    return this.state.evidence;
  }

  /**
   * The record's own board (达标情况汇总表), kept from the observations in force: move it to a moment with `at(asOf)`,
   * then read `snapshot()`, `standard(code)` or `explain(...)`. Undefined for a record with no framework edition.
   */
  get board(): ComplianceBoard | undefined {
    return this.state.compliance();
  }

  /** The record's projections: what the decider reads, with the board. */
  get projection(): RecordProjection {
    return this.state;
  }

  /** A rectification's current record. */
  rectification(id: string): Rectification | undefined {
    return this.state.rectification(id);
  }

  /** Every rectification's current record. */
  allRectifications(): Rectification[] {
    return [...this.state.rectifications()];
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
    return this.state.streamHeads().map(([stream, head]) => anchor(stream, head, this.hasher));
  }

  /**
   * Verifies the whole record with its key alone: chains, anchors (when given), positions, replay, projections. The
   * seals of a sealed chain are checked here only when the signer's key is in this process: else `verifySealed`.
   */
  verify(anchors: readonly EntryRef[] = [], position?: Position): Verification {
    return verifyRecord(this.toVerify(anchors, position), { hasher: this.hasher });
  }

  /** `verify`, with every seal checked by its signer (asked in batches). */
  verifySealed(anchors: readonly EntryRef[] = [], position?: Position): Promise<Verification> {
    return verifySealedRecord(this.toVerify(anchors, position), { hasher: this.hasher });
  }

  private toVerify(anchors: readonly EntryRef[], position: Position | undefined): RecordToVerify {
    const anchorOf = (stream: StreamId) => anchors.find((a) => a.stream === stream);
    const stream = (id: StreamId) => ({
      entries: this.entries(id),
      ...(anchorOf(id) ? { anchor: anchorOf(id)! } : {}),
    });
    return {
      campaignId: this.campaignId,
      campaign: { ...stream('campaign'), snapshot: this.campaign },
      rectifications: this.allRectifications().map((r) => ({
        ...stream(rectificationStream(r.id)),
        id: r.id,
        snapshot: r,
      })),
      evidence: { ...stream('evidence'), items: this.evidence.items() },
      configuration: this.configuration.value,
      ...(position ? { position } : {}),
    };
  }
}
