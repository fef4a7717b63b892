import type { ArchiveDocument, Observation, Rectification } from '@chuangwen/model';
import {
  type Actor,
  type Append,
  type CampaignConfig,
  type CampaignMachineInput,
  type ChainHasher,
  chainHasher,
  createCampaign,
  type DispatchResult,
  dispatch,
  type EntryRef,
  type EvidenceChange,
  type EvidenceIndex,
  type EvidenceItem,
  emptyHead,
  type Head,
  type PersistedCampaign,
  type RolePolicy,
  restoreCampaign,
  restoreRectification,
  routeOf,
  type StoredEntry,
  type StreamId,
  verifyRecord,
} from '../src/index.js';

/**
 * A host as a database would be: every stream, head, snapshot and evidence row kept as JSON text, read back through
 * the library's restore functions. `restart()` drops what it has parsed, as a new process would.
 */
export class JsonHost {
  readonly hasher: ChainHasher;
  readonly campaignId: string;
  private readonly rows = new Map<string, string>();
  private readonly entries = new Map<StreamId, StoredEntry[]>();
  private cache = new Map<string, unknown>();

  constructor(
    input: CampaignMachineInput,
    actor: Actor,
    readonly options: { key: string; config: CampaignConfig; policy?: RolePolicy },
  ) {
    this.hasher = chainHasher(options.key);
    const created = createCampaign(input, actor, { hasher: this.hasher, config: options.config });
    this.campaignId = created.campaign.snapshot.snapshot.context.campaignId;
    this.commit([created.append], created.campaign.snapshot);
  }

  private read<T>(key: string, parse: (json: unknown) => T): T | undefined {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const row = this.rows.get(key);
    if (row === undefined) return undefined;
    const value = parse(JSON.parse(row));
    this.cache.set(key, value);
    return value;
  }

  /** How many rows have been written, heads included: a step that applies nothing must write nothing. */
  writes = 0;

  private write(key: string, value: unknown) {
    this.writes += 1;
    this.rows.set(key, JSON.stringify(value));
    this.cache.delete(key);
  }

  restart() {
    this.cache = new Map();
  }

  head(stream: StreamId): Head {
    return this.read(`head:${stream}`, (v) => v as Head) ?? emptyHead(this.hasher, this.campaignId, stream);
  }

  campaign(): PersistedCampaign {
    return this.read('campaign', (v) => {
      const r = restoreCampaign(v);
      if (!r.ok) throw new Error(`stored campaign does not restore: ${JSON.stringify(r.issues)}`);
      return r.value.campaign;
    })!;
  }

  rectification(id: string): Rectification | undefined {
    return this.read(`rectification:${id}`, (v) => {
      const r = restoreRectification(v);
      if (!r.ok) throw new Error(`stored rectification does not restore: ${JSON.stringify(r.issues)}`);
      return r.value;
    });
  }

  rectificationIds(): string[] {
    return [...this.rows.keys()]
      .filter((k) => k.startsWith('rectification:'))
      .map((k) => k.slice('rectification:'.length));
  }

  private item<T extends EvidenceItem['kind']>(kind: T, id: string) {
    return this.read(`evidence:${kind}/${id}`, (v) => v as Extract<EvidenceItem, { kind: T }>);
  }

  readonly index: EvidenceIndex = {
    observation: (id) => {
      const i = this.item('observation', id);
      return i && { status: i.status, observation: i.record };
    },
    document: (id) => {
      const i = this.item('document', id);
      return i && { status: i.status, document: i.record };
    },
    hasSurvey: (id) => this.item('survey', id) !== undefined,
  };

  items(): EvidenceItem[] {
    return [...this.rows.entries()]
      .filter(([k]) => k.startsWith('evidence:'))
      .map(([, v]) => JSON.parse(v) as EvidenceItem);
  }

  private applyEvidence(change: EvidenceChange) {
    const put = (item: EvidenceItem) => this.write(`evidence:${item.kind}/${item.id}`, item);
    switch (change.kind) {
      case 'observationRecorded': {
        if (change.supersedes !== undefined) {
          const old = this.item('observation', change.supersedes)!;
          put({ ...old, status: 'superseded' });
        }
        return put({
          kind: 'observation',
          id: change.observation.id,
          status: 'effective',
          record: change.observation as Observation,
        });
      }
      case 'observationWithdrawn':
        return put({ ...this.item('observation', change.observationId)!, status: 'withdrawn' });
      case 'documentFiled':
        return put({
          kind: 'document',
          id: change.document.id,
          status: 'filed',
          record: change.document as ArchiveDocument,
        });
      case 'documentWithdrawn':
        return put({ ...this.item('document', change.documentId)!, status: 'withdrawn' });
      case 'surveyRecorded':
        return put({ kind: 'survey', id: change.response.id, status: 'recorded', record: change.response });
    }
  }

  private commit(appends: readonly Append[], campaign?: PersistedCampaign, rectification?: Rectification) {
    for (const a of appends) {
      const list = this.entries.get(a.stream) ?? [];
      if (a.entry.seq !== list.length)
        throw new Error(`append at ${a.entry.seq} to a stream of ${list.length}`);
      list.push({ body: a.body, hash: a.entry.hash });
      this.entries.set(a.stream, list);
      this.write(`head:${a.stream}`, { seq: a.entry.seq + 1, hash: a.entry.hash });
    }
    if (campaign) this.write('campaign', campaign);
    if (rectification) this.write(`rectification:${rectification.id}`, rectification);
  }

  dispatch(input: unknown): DispatchResult {
    const route = routeOf(input);
    const id = route.stream.startsWith('rectification/')
      ? route.stream.slice('rectification/'.length)
      : undefined;
    const rectification = id === undefined ? undefined : this.rectification(id);
    const result = dispatch(
      input,
      {
        campaign: { head: this.head('campaign'), snapshot: this.campaign() },
        ...(rectification
          ? { rectification: { head: this.head(route.stream), snapshot: rectification } }
          : {}),
        ...(route.stream === 'evidence'
          ? { evidence: { head: this.head('evidence'), index: this.index } }
          : {}),
      },
      {
        hasher: this.hasher,
        config: this.options.config,
        ...(this.options.policy ? { policy: this.options.policy } : {}),
      },
    );
    this.commit(result.appends, result.campaign, result.rectification);
    if (result.evidence) this.applyEvidence(result.evidence);
    return result;
  }

  stream(id: StreamId): readonly StoredEntry[] {
    return this.entries.get(id) ?? [];
  }

  anchors(): EntryRef[] {
    return [...this.entries.keys()].map((stream) => ({ stream, ...this.head(stream) }));
  }

  verify(anchors: readonly EntryRef[] = this.anchors()) {
    const anchor = (stream: StreamId) => anchors.find((a) => a.stream === stream);
    const stream = (id: StreamId) => ({
      entries: this.stream(id),
      ...(anchor(id) ? { anchor: anchor(id)! } : {}),
    });
    return verifyRecord(
      {
        campaignId: this.campaignId,
        campaign: { ...stream('campaign'), snapshot: this.campaign() },
        rectifications: this.rectificationIds().map((id) => ({
          ...stream(`rectification/${id}`),
          id,
          snapshot: this.rectification(id)!,
        })),
        evidence: { ...stream('evidence'), items: this.items() },
      },
      {
        hasher: this.hasher,
        config: this.options.config,
        ...(this.options.policy ? { policy: this.options.policy } : {}),
      },
    );
  }
}
