import type { Observation, Rectification } from '@chuangwen/model';
import { ComplianceBoard, type ComplianceClass } from '@chuangwen/rules';
import { emptyHead, type Head, type Position, type StreamId } from './audit.js';
import type { ChainHasher } from './chain-hasher.js';
import { type CompiledConfiguration, type Configuration, compileConfiguration } from './configuration.js';
import type { ClassSource } from './derived.js';
import type { EvidenceChange, EvidenceItem } from './evidence.js';
import { MemoryEvidence } from './memory-evidence.js';
import type { PersistedCampaign } from './persistence.js';
import type { Changes, RecordState } from './record-state.js';

/** Where a record's projections start: its id, configuration and first snapshot, and the hasher its genesis uses. */
export interface ProjectionStart {
  campaignId: string;
  configuration: Configuration;
  campaign: PersistedCampaign;
  hasher: ChainHasher;
  /** The moment the board starts judging at (the record's first entry). */
  at: string;
}

/**
 * A campaign's record as projections in memory: its configuration, the campaign snapshot, each stream's head and the
 * record's position, every rectification, the evidence index, and the board, kept current by delta from what each
 * applied event changes. It is the state the decider reads (`RecordState`); `MemoryRecord` keeps one for dispatch, and
 * replay builds one from stored entries, applying the same changes in the same order.
 */
export class RecordProjection implements RecordState {
  readonly campaignId: string;
  configuration: CompiledConfiguration;
  campaign: PersistedCampaign;
  position: Position;
  readonly evidence = new MemoryEvidence();
  private readonly heads = new Map<StreamId, Head>();
  private readonly records = new Map<string, Rectification>();
  private readonly hasher: ChainHasher;
  private live: ComplianceBoard | undefined;
  private asOf: string;

  constructor(start: ProjectionStart, position: Position) {
    this.campaignId = start.campaignId;
    this.hasher = start.hasher;
    this.configuration = compileConfiguration(start.configuration);
    this.campaign = start.campaign;
    this.position = position;
    this.asOf = start.at;
    this.live = this.buildBoard();
  }

  head(stream: StreamId): Head {
    return this.heads.get(stream) ?? emptyHead(this.hasher, this.campaignId, stream);
  }

  rectification(id: string): Rectification | undefined {
    return this.records.get(id);
  }

  /** Every rectification as it stands. */
  rectifications(): IterableIterator<Rectification> {
    return this.records.values();
  }

  /** The streams that have entries, with their heads. */
  streamHeads(): [StreamId, Head][] {
    return [...this.heads];
  }

  /** The record's board: every standard's class at a moment, from the evidence in force then. */
  readonly board: ClassSource = {
    classesAt: (at: string): Readonly<Record<string, ComplianceClass>> => {
      if (!this.live) return {};
      this.asOf = at;
      return this.live.at(at).classes();
    },
  };

  /** The live board itself, for views that need more than the classes (reasons, the re-inspection schedule). */
  compliance(): ComplianceBoard | undefined {
    return this.live;
  }

  /** Applies what one event changed, with the heads its entry leaves: the same whether it was dispatched or replayed. */
  apply(changes: Changes, stream: StreamId, head: Head, position: Position): void {
    this.heads.set(stream, head);
    this.position = position;
    if (changes.campaign) this.campaign = changes.campaign;
    if (changes.evidence) this.applyEvidence(changes.evidence);
    if (changes.rectification) {
      this.records.set(changes.rectification.id, changes.rectification);
      this.live?.recordRectification(changes.rectification);
    }
    if (changes.configuration) {
      this.configuration = compileConfiguration(changes.configuration);
      // Sites, units, the edition or the policy may have changed: the board is rebuilt from the evidence in force.
      this.live = this.buildBoard();
    }
  }

  /** Adds imported rectifications and evidence at the start of a migrated record, before any event. */
  seed(rectifications: readonly Rectification[], evidence: readonly EvidenceItem[]): void {
    for (const r of rectifications) this.records.set(r.id, r);
    for (const item of evidence) this.evidence.put(item);
    this.live = this.buildBoard();
  }

  private applyEvidence(change: EvidenceChange): void {
    const board = this.live;
    if (change.kind === 'observationRecorded') {
      const old = change.supersedes === undefined ? undefined : this.evidence.observation(change.supersedes);
      this.evidence.apply(change);
      if (old) board?.withdraw(old.observation);
      board?.record(change.observation);
      return;
    }
    if (change.kind === 'observationWithdrawn') {
      const old = this.evidence.observation(change.observationId);
      this.evidence.apply(change);
      if (old) board?.withdraw(old.observation);
      return;
    }
    this.evidence.apply(change);
  }

  private buildBoard(): ComplianceBoard | undefined {
    const config = this.configuration;
    if (!config.main) return undefined;
    const board = new ComplianceBoard({
      framework: config.main,
      asOf: this.asOf,
      policy: config.classification,
      sites: config.value.sites,
      units: config.value.units,
      tasks: config.value.tasks,
      rectifications: [...this.records.values()],
    });
    const inForce: Observation[] = this.evidence.effectiveObservations();
    board.recordAll(inForce);
    return board;
  }
}
