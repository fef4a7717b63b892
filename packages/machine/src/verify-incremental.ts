import type { BilingualText, Rectification } from '@chuangwen/model';
import {
  type AuditEntry,
  genesisFor,
  type Head,
  type Position,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import type { ChainHasher } from './chain-hasher.js';
import { describeSpec, hasherFor, specOf } from './chain-hasher.js';
import type { Configuration } from './configuration.js';
import type { EvidenceItem } from './evidence.js';
import { sameJson } from './hashing.js';
import { readRecordImport } from './import-entries.js';
import { say } from './messages.js';
import type { PersistedCampaign } from './persistence.js';
import { Replayer } from './replay.js';
import type { ChainSigner } from './signer.js';
import type { Verification } from './verify.js';
import { type AuditProblem, problemAt, type SealCheck } from './verify-chain.js';

/** What a store keeps of the projections an incremental verification compares: the current ones, or those touched. */
export interface StoredProjections {
  campaign?: PersistedCampaign | undefined;
  configuration?: Configuration | undefined;
  rectifications?: readonly Rectification[] | undefined;
  evidence?: readonly EvidenceItem[] | undefined;
}

/**
 * Verification that goes on from where it stopped: fed a record's entries in the order of their positions (a store's
 * `read({ from })`), it checks each one's place, its link to its stream's last entry and its keyed hash, and judges it
 * again with the decider, keeping the replay between runs. Checking what was appended since the last run costs what was
 * appended, however long the record. Entries of a first-format part sealed by a migration are taken as the migration
 * sealed them; `verifyStore` checks them whole. Never throws.
 */
export class IncrementalVerification {
  private replayer: Replayer | undefined;
  private readonly found: AuditProblem[] = [];
  private next: Position = { pos: 0, hash: '' };
  private count = 0;
  /** The rectifications the entries fed since the last compare touched: what a host reads back to compare. */
  readonly touched = new Set<string>();
  /** Streams written under an algorithm or key this verification lacks: said once each. */
  private readonly lacking = new Set<StreamId>();
  private readonly pendingSeals: SealCheck[] = [];

  constructor(
    readonly campaignId: string,
    private hasher: ChainHasher,
  ) {}

  /** Goes on with another hasher: a keyring holding the keys of a move made since the last run. */
  useHasher(hasher: ChainHasher): void {
    this.hasher = hasher;
  }

  /** Where the verification has reached: the next position to read from, and the hash of the last entry checked. */
  get position(): Position {
    return this.next;
  }

  /** Checks more entries, in the order of their positions, from where it stopped. */
  feed(entries: Iterable<StoredEntry>): void {
    for (const stored of entries) {
      let entry: AuditEntry;
      try {
        entry = { ...(JSON.parse(stored.body) as object), hash: stored.hash } as AuditEntry;
      } catch {
        this.found.push(
          problemAt(
            'campaign',
            this.next.pos,
            'unreadable',
            say('positionUnreadable', { pos: this.next.pos }),
          ),
        );
        continue;
      }
      this.check(entry, stored);
      if (!this.replayer)
        this.replayer = new Replayer(entry, { campaignId: this.campaignId, hasher: this.hasher });
      else this.replayer.step(entry);
      if (typeof entry.stream === 'string' && entry.stream.startsWith('rectification/'))
        this.touched.add(entry.stream.slice('rectification/'.length));
      this.next = { pos: this.next.pos + 1, hash: stored.hash };
      this.count += 1;
    }
  }

  private check(entry: AuditEntry, stored: StoredEntry): void {
    const stream = entry.stream;
    if (entry.pos !== this.next.pos)
      this.found.push(
        problemAt(
          stream,
          entry.seq,
          'position',
          say('positionMissing', { pos: this.next.pos, at: entry.pos! }),
        ),
      );
    const head =
      this.replayer?.projection?.head(stream) ?? (this.next.pos === 0 ? this.firstHead(entry) : undefined);
    // The chain this entry is under: the one it records, else its stream's (none: the first format).
    const recorded = specOf(entry).spec;
    const spec = recorded ?? (head && head.seq > 0 ? head.chain : undefined);
    const hasher = hasherFor(this.hasher, spec);
    const expected =
      head && head.seq > 0
        ? head
        : { seq: 0, hash: hasher ? genesisFor(hasher, this.campaignId, stream, recorded !== undefined) : '' };
    if (entry.seq !== expected.seq || entry.prevHash !== expected.hash)
      this.found.push(problemAt(stream, entry.seq, 'link', say('streamLinkBroken', { seq: entry.seq })));
    if (!hasher) {
      if (!this.lacking.has(stream)) {
        this.lacking.add(stream);
        const named = spec ? describeSpec(spec) : undefined;
        this.found.push(
          problemAt(stream, entry.seq, 'key', say('keyMissing', { seq: entry.seq, spec: named })),
        );
      }
      return;
    }
    if (hasher.link(expected.hash, stored.body) !== stored.hash) {
      this.found.push(problemAt(stream, entry.seq, 'hash', say('entryEdited', { seq: entry.seq })));
      return;
    }
    if (spec?.seal && hasher.signer) this.checkSeal(stream, entry.seq, stored, hasher.signer);
  }

  /** A sealed entry's seal: checked here when the signer's key is in this process, else kept for `takeSeals`. */
  private checkSeal(stream: StreamId, seq: number, stored: StoredEntry, signer: ChainSigner): void {
    const seal = stored.seal;
    if (typeof seal !== 'string' || seal === '')
      this.found.push(problemAt(stream, seq, 'seal', say('sealMissing', { seq })));
    else if (signer.sealNow) {
      if (signer.sealNow(stored.hash) !== seal)
        this.found.push(problemAt(stream, seq, 'seal', say('sealMismatch', { seq })));
    } else this.pendingSeals.push({ stream, seq, hash: stored.hash, seal, signer });
  }

  /**
   * The seals fed since the last call that only their signer can check, for `checkSeals` to ask in batches (an
   * asynchronous host does this before `verdict`); those never taken are a problem in the verdict.
   */
  takeSeals(): SealCheck[] {
    return this.pendingSeals.splice(0);
  }

  /** The head the record's first entry chains after: its stream's genesis, or the head a migration sealed. */
  private firstHead(entry: AuditEntry): Head {
    const sealed = readRecordImport(entry.event);
    const head = sealed.ok ? sealed.value.seal.heads?.find((h) => h.stream === entry.stream) : undefined;
    return head ?? { seq: 0, hash: '' };
  }

  /**
   * Compares what a store keeps with the replay: the campaign snapshot and configuration, and the rectifications and
   * evidence given (those the entries fed since the last compare touched, or all). Each difference is a problem.
   */
  compare(stored: StoredProjections): AuditProblem[] {
    const replayed = this.replayer?.projection;
    const out: AuditProblem[] = [];
    if (!replayed) return out;
    const edited = (stream: StreamId, message: BilingualText) =>
      out.push(problemAt(stream, 0, 'snapshot', message));
    if (stored.campaign && !sameJson(replayed.campaign, stored.campaign))
      edited('campaign', say('snapshotEdited'));
    if (stored.configuration && !sameJson(replayed.configuration.value, stored.configuration))
      edited('campaign', say('configurationEdited'));
    for (const r of stored.rectifications ?? [])
      if (!sameJson(replayed.rectification(r.id), r))
        edited(`rectification/${r.id}`, say('rectificationEdited'));
    for (const item of stored.evidence ?? []) {
      const held =
        item.kind === 'observation'
          ? replayed.evidence.observation(item.id)
          : item.kind === 'document'
            ? replayed.evidence.document(item.id)
            : undefined;
      const record = held && ('observation' in held ? held.observation : held.document);
      if (item.kind !== 'survey' && (!held || held.status !== item.status || !sameJson(record, item.record)))
        edited('evidence', say('evidenceEdited', { kind: item.kind, id: item.id }));
    }
    this.touched.clear();
    return out;
  }

  /** The verdict so far: every problem found in every entry fed, and against a position kept elsewhere. */
  verdict(extra: readonly AuditProblem[] = [], anchor?: Position): Verification {
    const problems = [...this.found, ...(this.replayer?.problems ?? []), ...extra];
    if (this.pendingSeals.length > 0)
      problems.push(
        problemAt(
          'campaign',
          this.next.pos,
          'seal',
          say('sealsNotTaken', { count: this.pendingSeals.length }),
        ),
      );
    if (anchor && (anchor.pos !== this.next.pos || anchor.hash !== this.next.hash))
      problems.push(
        problemAt(
          'campaign',
          this.next.pos,
          'head',
          say('recordCut', { count: this.next.pos, kept: anchor.pos }),
        ),
      );
    return { ok: problems.length === 0, problems, entries: this.count };
  }

  /** The ids of the evidence the entries fed since the last compare touched, read from those entries' events. */
  touchedEvidence(entries: readonly StoredEntry[]): { kind: 'observation' | 'document'; id: string }[] {
    const out: { kind: 'observation' | 'document'; id: string }[] = [];
    for (const stored of entries) {
      let event: Record<string, unknown> | undefined;
      try {
        const entry = JSON.parse(stored.body) as AuditEntry;
        event =
          entry.stream === 'evidence' && entry.outcome === 'applied'
            ? (entry.event as Record<string, unknown>)
            : undefined;
      } catch {
        event = undefined;
      }
      const id = (v: unknown) => (typeof v === 'string' ? [v] : []);
      const field = (v: unknown, k: string) =>
        v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      for (const o of [
        ...id(field(event?.observation, 'id')),
        ...id(event?.supersedes),
        ...id(event?.observationId),
      ])
        out.push({ kind: 'observation', id: o });
      for (const d of [...id(field(event?.document, 'id')), ...id(event?.documentId)])
        out.push({ kind: 'document', id: d });
    }
    return out;
  }
}
