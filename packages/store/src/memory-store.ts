import {
  type Configuration,
  ConfigurationSchema,
  type EvidenceItem,
  type Head,
  type PersistedCampaign,
  restoreRectification,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import { restoreCurrentCampaign } from '@chuangwen/machine/internal';
import { type Rectification, validateWithSchema } from '@chuangwen/model';
import type {
  Commit,
  EntryPage,
  EntrySelector,
  PageLimits,
  ProjectionQuery,
  Projections,
  RecordStore,
  StoreProblem,
} from './contract.js';
import { ConflictError, damagedRow, StoreError } from './errors.js';
import { type StoredPart, say } from './messages.js';

/** A stored configuration, read back through its schema: a row that does not hold one is damaged. */
const storedConfiguration = (v: unknown): Configuration | undefined => {
  const read = validateWithSchema(ConfigurationSchema, v);
  return read.ok ? read.value : undefined;
};

/** One campaign's rows, as a database would keep them: entries and projections as JSON text. */
export interface MemoryRows {
  format: 1 | 2;
  pos: number;
  lastHash: string;
  snapshot: string;
  document: string;
  configuration: string;
  digest: string;
  entries: Map<
    StreamId,
    { pos: number | undefined; body: string; hash: string; seal?: string | undefined }[]
  >;
  byPos: { stream: StreamId; seq: number }[];
  heads: Map<StreamId, Head>;
  rectifications: Map<string, string>;
  evidence: Map<string, { kind: EvidenceItem['kind']; id: string; status: string; record: string }>;
  receipts: Map<string, { fingerprint: string; stream: StreamId; seq: number; hash: string }>;
}

const json = (value: unknown) => JSON.stringify(value);
const read = <T>(
  text: string,
  campaignId: string,
  part: StoredPart,
  key: string,
  check: (v: unknown) => T | undefined,
): T => {
  let value: T | undefined;
  try {
    value = check(JSON.parse(text));
  } catch {
    value = undefined;
  }
  if (value === undefined) throw damagedRow(campaignId, part, key);
  return value;
};

/**
 * A record store in memory: the same contract as the database adapters, rows kept as JSON text exactly as a database
 * keeps them, so it runs the same contract suite (conflicts, tamper, migration). For tests, demos and hosts that keep
 * a campaign in one process without a database; `MemoryRecord` is the lighter choice when no store is needed.
 */
export class MemoryRecordStore implements RecordStore {
  readonly dialect = 'memory' as const;
  private readonly rows = new Map<string, MemoryRows>();
  private closed = false;

  /** The rows of a campaign, for tests that change them as someone with access to the database would. */
  rowsOf(campaignId: string): MemoryRows | undefined {
    return this.rows.get(campaignId);
  }

  async append(campaignId: string, commit: Commit): Promise<void> {
    this.open();
    const { changes } = commit;
    let rows = this.rows.get(campaignId);
    if (commit.position.pos === 0) {
      if (rows && !(rows.format === 1 && changes.seed))
        throw new StoreError('exists', say('campaignExists', { campaignId }));
    } else {
      if (!rows) throw new StoreError('not_found', say('campaignMissing', { campaignId }));
      if (rows.format === 1) throw new StoreError('needs_migration', say('needsMigration', { campaignId }));
      if (rows.pos !== commit.position.pos || rows.lastHash !== commit.position.hash)
        throw new ConflictError('campaign');
    }
    const checked = new Set<StreamId>();
    for (const append of commit.appends) {
      if (checked.has(append.stream)) continue;
      checked.add(append.stream);
      const head = rows?.heads.get(append.stream);
      const expected =
        append.entry.seq === 0
          ? head === undefined
          : head?.seq === append.entry.seq && head.hash === append.entry.prevHash;
      if (!expected) throw new ConflictError(append.stream);
    }
    // Checked: now write all of it, as one transaction would.
    if (!rows || commit.position.pos === 0) {
      const fresh: MemoryRows = rows ?? {
        format: 2,
        pos: 0,
        lastHash: '',
        snapshot: 'null',
        document: 'null',
        configuration: 'null',
        digest: '',
        entries: new Map(),
        byPos: [],
        heads: new Map(),
        rectifications: new Map(),
        evidence: new Map(),
        receipts: new Map(),
      };
      if (rows) {
        fresh.rectifications.clear();
        fresh.evidence.clear();
        fresh.receipts.clear();
      }
      fresh.format = 2;
      rows = fresh;
      this.rows.set(campaignId, rows);
    }
    rows.pos = commit.next.pos;
    rows.lastHash = commit.next.hash;
    for (const [stream, head] of commit.heads) rows.heads.set(stream, { ...head });
    for (const append of commit.appends) {
      const list = rows.entries.get(append.stream) ?? [];
      list.push({ pos: append.entry.pos, body: append.body, hash: append.entry.hash, seal: append.seal });
      rows.entries.set(append.stream, list);
      if (append.entry.pos !== undefined)
        rows.byPos[append.entry.pos] = { stream: append.stream, seq: append.entry.seq };
    }
    const last = commit.appends.at(-1)!;
    if (changes.campaign) rows.snapshot = json(changes.campaign);
    if (changes.configuration) {
      rows.configuration = json(changes.configuration.value);
      rows.digest = changes.configuration.digest;
    }
    if (changes.document !== undefined) rows.document = json(changes.document);
    const put = (item: EvidenceItem) =>
      rows!.evidence.set(`${item.kind}/${item.id}`, {
        kind: item.kind,
        id: item.id,
        status: item.status,
        record: json(item.record),
      });
    const mark = (key: string, status: string) => {
      const held = rows!.evidence.get(key);
      if (held) held.status = status;
    };
    const saveRectification = (r: Rectification) => rows!.rectifications.set(r.id, json(r));
    if (changes.rectification) saveRectification(changes.rectification);
    for (const r of changes.seed?.rectifications ?? []) saveRectification(r);
    for (const item of changes.seed?.evidence ?? []) put(item);
    const e = changes.evidence;
    if (e?.kind === 'observationRecorded') {
      if (e.supersedes !== undefined) mark(`observation/${e.supersedes}`, 'superseded');
      put({ kind: 'observation', id: e.observation.id, status: 'effective', record: e.observation });
    } else if (e?.kind === 'observationWithdrawn') mark(`observation/${e.observationId}`, 'withdrawn');
    else if (e?.kind === 'documentFiled')
      put({ kind: 'document', id: e.document.id, status: 'filed', record: e.document });
    else if (e?.kind === 'documentWithdrawn') mark(`document/${e.documentId}`, 'withdrawn');
    else if (e?.kind === 'surveyRecorded')
      put({ kind: 'survey', id: e.response.id, status: 'recorded', record: e.response });
    if (changes.receipt)
      rows.receipts.set(changes.receipt.key, {
        fingerprint: changes.receipt.fingerprint,
        stream: last.stream,
        seq: last.entry.seq,
        hash: last.entry.hash,
      });
  }

  /** Keeps a campaign of the first stream format as a database upgraded from it would hold it: for migration tests. */
  seedFirstFormat(
    campaignId: string,
    streams: Iterable<[StreamId, readonly StoredEntry[]]>,
    snapshot: unknown,
  ): void {
    const rows: MemoryRows = {
      format: 1,
      pos: 0,
      lastHash: '',
      snapshot: json(snapshot),
      document: 'null',
      configuration: 'null',
      digest: '',
      entries: new Map(),
      byPos: [],
      heads: new Map(),
      rectifications: new Map(),
      evidence: new Map(),
      receipts: new Map(),
    };
    for (const [stream, entries] of streams) {
      rows.entries.set(
        stream,
        entries.map((e) => ({ pos: undefined, body: e.body, hash: e.hash })),
      );
      const last = entries.at(-1);
      if (last) rows.heads.set(stream, { seq: entries.length, hash: last.hash });
    }
    this.rows.set(campaignId, rows);
  }

  async read(campaignId: string, selector: EntrySelector, limits: PageLimits = {}): Promise<EntryPage> {
    this.open();
    const rows = this.rows.get(campaignId);
    const from = Math.max(0, Math.floor(selector.from ?? 0));
    const limit = Math.max(1, Math.floor(limits.limit ?? 1_000_000));
    const maxBytes = Math.max(1, Math.floor(limits.maxBytes ?? Number.MAX_SAFE_INTEGER));
    if (!rows) return { entries: [] };
    const source =
      selector.stream === undefined
        ? rows.byPos.slice(from).map((p) => rows.entries.get(p.stream)![p.seq]!)
        : (rows.entries.get(selector.stream) ?? []).slice(from);
    const entries: StoredEntry[] = [];
    let bytes = 0;
    for (const [i, e] of source.entries()) {
      if (entries.length >= limit || (entries.length > 0 && bytes + e.body.length > maxBytes))
        return { entries, next: from + i };
      entries.push(
        e.seal === undefined ? { body: e.body, hash: e.hash } : { body: e.body, hash: e.hash, seal: e.seal },
      );
      bytes += e.body.length;
    }
    return { entries };
  }

  async project(campaignId: string, query: ProjectionQuery): Promise<Projections | undefined> {
    this.open();
    const rows = this.rows.get(campaignId);
    if (!rows) return undefined;
    const out: Projections = { format: rows.format, position: { pos: rows.pos, hash: rows.lastHash } };
    if (query.campaign && rows.format === 2)
      // A record of the current format here holds only what this store wrote: nothing to migrate.
      out.campaign = read(rows.snapshot, campaignId, 'snapshot', 'snapshot', (v) => {
        const r = restoreCurrentCampaign(v);
        return r.ok ? (r.value.campaign as PersistedCampaign) : undefined;
      });
    if (query.configuration) {
      const unless = typeof query.configuration === 'object' ? query.configuration.unless : undefined;
      out.configuration = { digest: rows.digest };
      if (rows.digest !== unless && rows.format === 2)
        out.configuration.value = read(
          rows.configuration,
          campaignId,
          'configuration',
          'configuration',
          storedConfiguration,
        );
    }
    if (query.document) out.document = JSON.parse(rows.document);
    if (query.rawSnapshot) out.rawSnapshot = JSON.parse(rows.snapshot);
    if (query.heads) {
      const names = query.heads === 'all' ? [...rows.heads.keys()].sort() : query.heads;
      out.heads = new Map(
        names.flatMap((s) => (rows.heads.has(s) ? [[s, { ...rows.heads.get(s)! }] as const] : [])),
      );
    }
    if (query.rectifications) {
      const ids =
        query.rectifications === 'all' ? [...rows.rectifications.keys()].sort() : query.rectifications;
      out.rectifications = ids.flatMap((id) => {
        const text = rows.rectifications.get(id);
        if (text === undefined) return [];
        return [
          read(text, campaignId, 'rectification', id, (v) => {
            const r = restoreRectification(v);
            return r.ok ? r.value : undefined;
          }),
        ];
      });
    }
    if (query.evidence) {
      const which = query.evidence;
      const held = [...rows.evidence.values()].sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
      const chosen =
        which === 'all'
          ? held
          : which === 'inForce'
            ? held.filter((e) => ['effective', 'filed', 'recorded'].includes(e.status))
            : which.flatMap((w) =>
                rows.evidence.has(`${w.kind}/${w.id}`) ? [rows.evidence.get(`${w.kind}/${w.id}`)!] : [],
              );
      out.evidence = chosen.map(
        (e) =>
          ({
            kind: e.kind,
            id: e.id,
            status: e.status,
            record: read(e.record, campaignId, 'evidence', `${e.kind}/${e.id}`, (v) =>
              v !== null && typeof v === 'object' ? v : undefined,
            ),
          }) as EvidenceItem,
      );
    }
    if (query.receipt !== undefined) {
      const r = rows.receipts.get(query.receipt);
      if (r)
        out.receipt = {
          key: query.receipt,
          fingerprint: r.fingerprint,
          entry: { stream: r.stream, seq: r.seq, hash: r.hash },
        };
    }
    if (query.receipts)
      out.receipts = [...rows.receipts]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, r]) => ({
          key,
          fingerprint: r.fingerprint,
          entry: { stream: r.stream, seq: r.seq, hash: r.hash },
        }));
    return structuredClone(out);
  }

  async campaigns(): Promise<string[]> {
    this.open();
    return [...this.rows.keys()].sort();
  }

  async check(): Promise<StoreProblem[]> {
    const out: StoreProblem[] = [];
    for (const [campaignId, rows] of this.rows)
      for (const [stream, list] of rows.entries) {
        const head = rows.heads.get(stream);
        if (!head || head.seq !== list.length || head.hash !== list.at(-1)?.hash)
          out.push({
            campaignId,
            stream,
            code: 'integrity',
            message: say('headMismatch', { stream }),
          });
      }
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private open() {
    if (this.closed) throw new StoreError('not_found', say('storeClosed'));
  }
}
