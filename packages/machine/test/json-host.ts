import type { ArchiveDocument, Observation, Rectification } from '@chuangwen/model';
import { ComplianceBoard } from '@chuangwen/rules';
import {
  type Actor,
  type CampaignMachineInput,
  type ChainHasher,
  type ClassSource,
  type CompiledConfiguration,
  type Configuration,
  type ConfigurationInput,
  chainHasher,
  compileConfiguration,
  createCampaign,
  type DispatchResult,
  type DispatchState,
  dispatch,
  type EntryRef,
  type EvidenceChange,
  type EvidenceIndex,
  type EvidenceItem,
  type Head,
  type PersistedCampaign,
  type Position,
  restoreCampaign,
  restoreRectification,
  type StoredEntry,
  type StreamId,
  verifyRecord,
} from '../src/index.js';
import { emptyHead } from '../src/internal.js';

/**
 * A host as a database would be: every stream, head, snapshot, configuration and evidence row kept as JSON text, read
 * back through the library's restore functions, and the board built from the evidence rows only when a phase request
 * asks for it (never kept by delta). `restart()` drops what it has parsed, as a new process would. Where `MemoryRecord`
 * keeps projections in memory, this keeps rows: the two must write the same entries for the same events.
 */
export class JsonHost implements DispatchState {
  readonly hasher: ChainHasher;
  readonly campaignId: string;
  private readonly rows = new Map<string, string>();
  private readonly streams = new Map<StreamId, StoredEntry[]>();
  private cache = new Map<string, unknown>();

  constructor(
    input: CampaignMachineInput,
    actor: Actor,
    options: { key: string; configuration: ConfigurationInput },
  ) {
    this.hasher = chainHasher(options.key);
    const created = createCampaign(input, actor, {
      hasher: this.hasher,
      configuration: options.configuration,
    });
    this.campaignId = created.campaign.snapshot.snapshot.context.campaignId;
    this.write('configuration', created.configuration);
    this.write('campaign', created.campaign.snapshot);
    this.store(created.append.stream, created.append.body, created.append.entry.hash, created.campaign.head);
    this.write('position', created.position);
  }

  private read<T>(key: string, parse: (json: unknown) => T): T | undefined {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const row = this.rows.get(key);
    if (row === undefined) return undefined;
    const value = parse(JSON.parse(row));
    this.cache.set(key, value);
    return value;
  }

  /** How many rows have been written, heads included: a step that applies nothing must write only its entry. */
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

  get position(): Position {
    return this.read('position', (v) => v as Position)!;
  }

  get configuration(): CompiledConfiguration {
    return this.read('configuration', (v) => compileConfiguration(v as Configuration))!;
  }

  get campaign(): PersistedCampaign {
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

  readonly evidence: EvidenceIndex = {
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

  /** The board, built from the evidence rows in force each time a phase request asks: what a store may do. */
  readonly board: ClassSource = {
    classesAt: (at) => {
      const config = this.configuration;
      if (!config.main) return {};
      const board = new ComplianceBoard({
        framework: config.main,
        asOf: at,
        policy: config.classification,
        sites: config.value.sites,
        units: config.value.units,
        tasks: config.value.tasks,
        rectifications: this.rectificationIds().map((id) => this.rectification(id)!),
      });
      board.recordAll(
        this.items().flatMap((i) => (i.kind === 'observation' && i.status === 'effective' ? [i.record] : [])),
      );
      return board.classes();
    },
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

  private store(stream: StreamId, body: string, hash: string, head: Head) {
    const list = this.streams.get(stream) ?? [];
    if (head.seq !== list.length + 1)
      throw new Error(`append at ${head.seq - 1} to a stream of ${list.length}`);
    list.push({ body, hash });
    this.streams.set(stream, list);
    this.write(`head:${stream}`, head);
  }

  dispatch(input: unknown): DispatchResult {
    const result = dispatch(input, this, { hasher: this.hasher });
    this.store(result.append.stream, result.append.body, result.append.entry.hash, result.head);
    this.write('position', result.position);
    if (result.campaign) this.write('campaign', result.campaign);
    if (result.rectification) this.write(`rectification:${result.rectification.id}`, result.rectification);
    if (result.configuration) this.write('configuration', result.configuration);
    if (result.evidence) this.applyEvidence(result.evidence);
    return result;
  }

  stream(id: StreamId): readonly StoredEntry[] {
    return this.streams.get(id) ?? [];
  }

  streamIds(): StreamId[] {
    return [...this.streams.keys()];
  }

  anchors(): EntryRef[] {
    return [...this.streams.keys()].map((stream) => ({ stream, ...this.head(stream) }));
  }

  verify(anchors: readonly EntryRef[] = this.anchors()) {
    const anchor = (stream: StreamId) => {
      const found = anchors.find((a) => a.stream === stream);
      return found ? { anchor: { stream, seq: found.seq, hash: found.hash } } : {};
    };
    const stream = (id: StreamId) => ({ entries: this.stream(id), ...anchor(id) });
    return verifyRecord(
      {
        campaignId: this.campaignId,
        campaign: { ...stream('campaign'), snapshot: this.campaign },
        rectifications: this.rectificationIds().map((id) => ({
          ...stream(`rectification/${id}`),
          id,
          snapshot: this.rectification(id)!,
        })),
        evidence: { ...stream('evidence'), items: this.items() },
        configuration: this.configuration.value,
        position: this.position,
      },
      { hasher: this.hasher },
    );
  }
}
