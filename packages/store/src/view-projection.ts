import {
  type AuditEntry,
  type CompiledConfiguration,
  compileConfiguration,
  EVENT_GROUPS,
  type EvidenceEvent,
  type EvidenceItem,
  MemoryEvidence,
  type PersistedCampaign,
  type Position,
} from '@chuangwen/machine';
import { evidenceChangeOf } from '@chuangwen/machine/internal';
import type { Rectification } from '@chuangwen/model';
import { ComplianceBoard } from '@chuangwen/rules';
import type { RecordStore } from './contract.js';

const CONFIGURATION_EVENTS = new Set<string>(EVENT_GROUPS.configuration);

/**
 * A campaign's projections held in memory for reading, kept current by delta: built once from the store's projection
 * rows, then caught up from the entries appended since its position (evidence applied to the board as it comes, the
 * rows a rectification or campaign entry changed read again). Reads cost what changed since the last one, never the
 * size of the campaign.
 */
export class ViewProjection {
  private constructor(
    readonly campaignId: string,
    public position: Position,
    public configuration: CompiledConfiguration,
    public campaign: PersistedCampaign,
    readonly rectifications: Map<string, Rectification>,
    readonly evidence: MemoryEvidence,
    public board: ComplianceBoard | undefined,
    public document: unknown,
    private asOf: string,
  ) {}

  /** Reads a campaign's projections whole: the first read of a campaign, or after an import. */
  static async load(
    store: RecordStore,
    campaignId: string,
    asOf: string,
  ): Promise<ViewProjection | undefined> {
    const p = await store.project(campaignId, {
      campaign: true,
      configuration: true,
      rectifications: 'all',
      evidence: 'all',
      document: true,
    });
    if (p?.format !== 2 || !p.configuration?.value || !p.campaign) return undefined;
    const evidence = new MemoryEvidence();
    for (const item of p.evidence ?? []) evidence.put(item);
    const view = new ViewProjection(
      campaignId,
      p.position,
      compileConfiguration(p.configuration.value, p.configuration.digest),
      p.campaign,
      new Map((p.rectifications ?? []).map((r) => [r.id, r])),
      evidence,
      undefined,
      p.document,
      asOf,
    );
    view.board = view.build();
    return view;
  }

  /** The board moved to a moment: forward, only what falls due is judged again; backward, every cell. */
  boardAt(asOf: string): ComplianceBoard | undefined {
    this.board?.at(asOf);
    this.asOf = asOf;
    return this.board;
  }

  /**
   * Catches up with the store: reads the record's position (one row) and, when it moved, the entries since, applies what
   * they changed, and reads again only the rows they touched. False when the record needs a whole reload (an import).
   */
  async refresh(store: RecordStore): Promise<boolean> {
    const now = await store.project(this.campaignId, {});
    if (now?.format !== 2) return false;
    if (now.position.pos === this.position.pos && now.position.hash === this.position.hash) return true;
    if (now.position.pos < this.position.pos) return false;
    const rectifications = new Set<string>();
    let campaign = false;
    let configuration = false;
    for (let from = this.position.pos; ; ) {
      const page = await store.read(this.campaignId, { from }, { limit: 5_000 });
      for (const stored of page.entries) {
        const entry = { ...JSON.parse(stored.body), hash: stored.hash } as AuditEntry;
        this.position = { pos: (entry.pos ?? from) + 1, hash: entry.hash };
        if (entry.outcome !== 'applied') continue;
        const type = (entry.event as { type?: string } | null)?.type ?? '';
        if (type.endsWith('.imported')) return false;
        if (entry.stream === 'evidence') this.applyEvidence(entry.event as EvidenceEvent);
        else if (entry.stream.startsWith('rectification/')) {
          rectifications.add(entry.stream.slice('rectification/'.length));
          campaign = true;
        } else campaign = true;
        if (CONFIGURATION_EVENTS.has(type)) configuration = true;
        // A filed or withdrawn document changes the archive counts in the campaign's facts.
        if (type === 'document.filed' || type === 'document.withdrawn') campaign = true;
      }
      if (page.next === undefined) break;
      from = page.next;
    }
    const p = await store.project(this.campaignId, {
      campaign,
      configuration: configuration ? { unless: this.configuration.digest } : false,
      rectifications: [...rectifications],
    });
    if (!p) return false;
    if (p.campaign) this.campaign = p.campaign;
    for (const r of p.rectifications ?? []) {
      this.rectifications.set(r.id, r);
      this.board?.recordRectification(r);
    }
    if (p.configuration?.value) {
      this.configuration = compileConfiguration(p.configuration.value, p.configuration.digest);
      this.board = this.build();
    }
    return true;
  }

  private applyEvidence(event: EvidenceEvent): void {
    const change = evidenceChangeOf(event);
    const old =
      change.kind === 'observationRecorded' && change.supersedes !== undefined
        ? this.evidence.observation(change.supersedes)
        : change.kind === 'observationWithdrawn'
          ? this.evidence.observation(change.observationId)
          : undefined;
    this.evidence.apply(change);
    if (old) this.board?.withdraw(old.observation);
    if (change.kind === 'observationRecorded') this.board?.record(change.observation);
  }

  private build(): ComplianceBoard | undefined {
    const config = this.configuration;
    if (!config.main) return undefined;
    const board = new ComplianceBoard({
      framework: config.main,
      asOf: this.asOf,
      policy: config.classification,
      sites: config.value.sites,
      units: config.value.units,
      tasks: config.value.tasks,
      rectifications: [...this.rectifications.values()],
    });
    board.recordAll(this.evidence.effectiveObservations());
    return board;
  }

  /** Every piece of evidence held, with its status, optionally of one kind or only what is in force. */
  items(filter: { kind?: EvidenceItem['kind']; inForce?: boolean } = {}): EvidenceItem[] {
    const out: EvidenceItem[] = [];
    for (const item of this.evidence.items()) {
      if (filter.kind && item.kind !== filter.kind) continue;
      if (filter.inForce && !['effective', 'filed', 'recorded'].includes(item.status)) continue;
      out.push(item);
    }
    return out;
  }
}
