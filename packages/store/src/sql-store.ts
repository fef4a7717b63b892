import {
  type Append,
  ChainSpecSchema,
  type Configuration,
  ConfigurationSchema,
  type EvidenceChange,
  type EvidenceItem,
  type Head,
  type PersistedCampaign,
  restoreCampaign,
  restoreRectification,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import { type Rectification, validateWithSchema } from '@chuangwen/model';
import { readText, writeText } from './campaign-texts.js';
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
import { say } from './database-messages.js';
import { ConflictError, damagedRow, StoreError } from './errors.js';
import type { StoredPart } from './messages.js';
import { integrityProblems } from './schema.js';
import {
  joinSnapshot,
  type PartChanges,
  partChanges,
  type StoredParts,
  splitSnapshot,
} from './snapshot-parts.js';
import { readSnapshotRows, type SnapshotRows, writeSnapshotParts } from './snapshot-rows.js';
import type { SqlDatabase, SqlRunner } from './sql.js';

/** A stored configuration, read back through its schema: a row that does not hold one is damaged. */
const storedConfiguration = (v: unknown): Configuration | undefined => {
  const read = validateWithSchema(ConfigurationSchema, v);
  return read.ok ? read.value : undefined;
};

/** A head's chain as stored, read back through its schema: a row that does not hold one is damaged. */
const storedChain = (v: unknown) => {
  const read = ChainSpecSchema.safeParse(v);
  return read.success ? read.data : undefined;
};

const json = (value: unknown) => JSON.stringify(value);

/** Reads a stored JSON row, or reports it as damaged with its place. */
function parsed<T>(
  text: string,
  campaignId: string,
  part: StoredPart,
  key: string,
  read: (v: unknown) => T | undefined,
): T {
  let value: T | undefined;
  try {
    value = read(JSON.parse(text));
  } catch {
    value = undefined;
  }
  if (value === undefined) throw damagedRow(campaignId, part, key);
  return value;
}

const restoredCampaign = (v: unknown) => {
  const r = restoreCampaign(v);
  return r.ok && r.value.rectifications.length === 0 ? r.value.campaign : undefined;
};
const restoredRectification = (v: unknown) => {
  const r = restoreRectification(v);
  return r.ok ? r.value : undefined;
};

/** A snapshot's core and part rows read back as one snapshot, or reported as damaged. */
function joinedRows<T>(rows: SnapshotRows, campaignId: string, read: (v: unknown) => T | undefined): T {
  let value: T | undefined;
  try {
    value = read(
      joinSnapshot(
        JSON.parse(rows.core),
        rows.parts.map(([n, t]) => [n, JSON.parse(t)] as const),
      ),
    );
  } catch {
    value = undefined;
  }
  if (value === undefined) throw damagedRow(campaignId, 'snapshot', 'snapshot');
  return value;
}

/** The parts a store read, to write only what the next event changes; unknown for a snapshot stored whole. */
function storedParts(rows: SnapshotRows, campaign: PersistedCampaign): StoredParts | undefined {
  if (rows.parts.length === 0) return undefined;
  // A snapshot of an older version was migrated as it was read: its parts are not the text stored, so the next event
  // writes every part again rather than keep an old one beside a new core.
  if ((JSON.parse(rows.core) as { version?: unknown }).version !== campaign.version) return undefined;
  const { values } = splitSnapshot(campaign);
  return { core: rows.core, values, texts: new Map(rows.parts) };
}

/** Rows as a driver returns them: integers may come back as text (PostgreSQL's bigint). */
type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);

/**
 * The store's logic, once, over any SQL database an adapter provides: the same statements run on SQLite and on
 * PostgreSQL. Each append moves the record's position and its stream's head only if they are still where the decider
 * read them, inside one transaction with the entry and its projection changes, so two writers can never fork a record:
 * the second gets a `ConflictError` and nothing is written. A snapshot read or written once is kept by the hash of the
 * record's last entry, so reading it again costs a row, not a validation.
 */
export class SqlRecordStore implements RecordStore {
  private readonly snapshots = new Map<
    string,
    { hash: string; campaign: PersistedCampaign; parts: StoredParts | undefined }
  >();

  constructor(private readonly db: SqlDatabase) {}

  get dialect() {
    return this.db.dialect;
  }

  async append(campaignId: string, commit: Commit): Promise<void> {
    let written: PartChanges | undefined;
    await this.db.write(async (q) => {
      const { changes } = commit;
      if (commit.position.pos === 0) await this.begin(q, campaignId, commit);
      else {
        const moved = await q.run(
          'UPDATE chuangwen_campaigns SET pos = ?, last_hash = ? WHERE id = ? AND format = 2 AND pos = ? AND last_hash = ?',
          [commit.next.pos, commit.next.hash, campaignId, commit.position.pos, commit.position.hash],
        );
        if (moved !== 1) throw await this.whyNot(q, campaignId);
      }
      // Each stream's head moves from where its first entry was chained to where its last one leaves it.
      const firsts = new Map<StreamId, Append>();
      for (const a of commit.appends) if (!firsts.has(a.stream)) firsts.set(a.stream, a);
      for (const [stream, first] of [...firsts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const head = commit.heads.get(stream)!;
        const at = head.at ?? null;
        const chain = head.chain ? json(head.chain) : null;
        const moved =
          first.entry.seq === 0
            ? (
                await q.all('SELECT 1 AS one FROM chuangwen_heads WHERE campaign_id = ? AND stream = ?', [
                  campaignId,
                  stream,
                ])
              ).length === 0
              ? await q.run(
                  'INSERT INTO chuangwen_heads (campaign_id, stream, seq, hash, at, chain) VALUES (?, ?, ?, ?, ?, ?)',
                  [campaignId, stream, head.seq, head.hash, at, chain],
                )
              : 0
            : await q.run(
                'UPDATE chuangwen_heads SET seq = ?, hash = ?, at = ?, chain = ? WHERE campaign_id = ? AND stream = ? AND seq = ? AND hash = ?',
                [head.seq, head.hash, at, chain, campaignId, stream, first.entry.seq, first.entry.prevHash],
              );
        if (moved !== 1) throw new ConflictError(stream);
      }
      for (const append of commit.appends)
        await q.run(
          'INSERT INTO chuangwen_entries (campaign_id, stream, seq, pos, body, hash, seal) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            campaignId,
            append.stream,
            append.entry.seq,
            append.entry.pos ?? null,
            append.body,
            append.entry.hash,
            append.seal ?? null,
          ],
        );
      if (changes.campaign) {
        // Only the parts this event changed are written, against the parts stored at the position it was decided at.
        const known = this.snapshots.get(campaignId);
        const before = known?.hash === commit.position.hash ? known.parts : undefined;
        written = partChanges(before, splitSnapshot(changes.campaign));
        await writeSnapshotParts(q, campaignId, written);
      }
      if (changes.configuration) {
        await q.run('UPDATE chuangwen_campaigns SET config_digest = ? WHERE id = ?', [
          changes.configuration.digest,
          campaignId,
        ]);
        await writeText(q, campaignId, 'configuration', json(changes.configuration.value));
      }
      if (changes.document !== undefined) await writeText(q, campaignId, 'document', json(changes.document));
      if (changes.rectification) await this.saveRectification(q, campaignId, changes.rectification);
      if (changes.evidence) await this.applyEvidence(q, campaignId, changes.evidence);
      for (const r of changes.seed?.rectifications ?? []) await this.saveRectification(q, campaignId, r);
      for (const item of changes.seed?.evidence ?? []) await this.putEvidence(q, campaignId, item);
      const last = commit.appends.at(-1)!;
      if (changes.receipt)
        await q.run(
          'INSERT INTO chuangwen_receipts (campaign_id, "key", fingerprint, stream, seq, hash) VALUES (?, ?, ?, ?, ?, ?)',
          [
            campaignId,
            changes.receipt.key,
            changes.receipt.fingerprint,
            last.stream,
            last.entry.seq,
            last.entry.hash,
          ],
        );
    });
    this.remember(campaignId, commit, written);
  }

  /**
   * Keeps the snapshot a commit leaves by the hash of the record's new last entry, so the next read at that position
   * costs a row, not a validation: the snapshot is this process's own decision (or, when the commit left it unchanged,
   * the one kept at the position it was decided at). Verification reads the stored row itself, never this.
   */
  private remember(campaignId: string, commit: Commit, written: PartChanges | undefined): void {
    const known = this.snapshots.get(campaignId);
    const same = known?.hash === commit.position.hash;
    const campaign = commit.changes.campaign ?? (same ? known!.campaign : undefined);
    const parts = written ? written.stored : same ? known!.parts : undefined;
    if (campaign) this.snapshots.set(campaignId, { hash: commit.next.hash, campaign, parts });
    else this.snapshots.delete(campaignId);
  }

  /** The first entry of a record: a new campaign, or a campaign of the first stream format opening its current part. */
  private async begin(q: SqlRunner, campaignId: string, commit: Commit): Promise<void> {
    const rows = await q.all<Row>('SELECT format FROM chuangwen_campaigns WHERE id = ?', [campaignId]);
    const { changes } = commit;
    if (rows.length === 0) {
      await q.run(
        'INSERT INTO chuangwen_campaigns (id, snapshot, format, pos, last_hash, config_digest) VALUES (?, ?, 2, ?, ?, ?)',
        [campaignId, 'null', commit.next.pos, commit.next.hash, changes.configuration?.digest ?? null],
      );
      // The snapshot, the configuration and the document are written by the commit's changes, as for any event.
      return;
    }
    const migrating = num(rows[0]!.format) === 1 && changes.seed !== undefined;
    if (!migrating) throw new StoreError('exists', say('campaignExists', { campaignId }));
    // A migration replaces what the first format kept beside its streams with what the migration carries over.
    await q.run('DELETE FROM chuangwen_rectifications WHERE campaign_id = ?', [campaignId]);
    await q.run('DELETE FROM chuangwen_evidence WHERE campaign_id = ?', [campaignId]);
    await q.run('DELETE FROM chuangwen_receipts WHERE campaign_id = ?', [campaignId]);
    const moved = await q.run(
      'UPDATE chuangwen_campaigns SET format = 2, pos = ?, last_hash = ? WHERE id = ? AND format = 1',
      [commit.next.pos, commit.next.hash, campaignId],
    );
    if (moved !== 1) throw new ConflictError('campaign');
  }

  /** Why a position did not move: the campaign is unknown, of the first format, or another writer got there first. */
  private async whyNot(q: SqlRunner, campaignId: string): Promise<StoreError> {
    const rows = await q.all<Row>('SELECT format FROM chuangwen_campaigns WHERE id = ?', [campaignId]);
    if (rows.length === 0) return new StoreError('not_found', say('campaignMissing', { campaignId }));
    if (num(rows[0]!.format) === 1) return needsMigration(campaignId);
    return new ConflictError('campaign');
  }

  private async saveRectification(q: SqlRunner, campaignId: string, r: Rectification): Promise<void> {
    const changed = await q.run(
      'UPDATE chuangwen_rectifications SET record = ? WHERE campaign_id = ? AND id = ?',
      [json(r), campaignId, r.id],
    );
    if (changed === 0)
      await q.run('INSERT INTO chuangwen_rectifications (campaign_id, id, record) VALUES (?, ?, ?)', [
        campaignId,
        r.id,
        json(r),
      ]);
  }

  private async putEvidence(q: SqlRunner, campaignId: string, item: EvidenceItem): Promise<void> {
    await q.run(
      'INSERT INTO chuangwen_evidence (campaign_id, kind, id, status, record) VALUES (?, ?, ?, ?, ?)',
      [campaignId, item.kind, item.id, item.status, json(item.record)],
    );
  }

  private async applyEvidence(q: SqlRunner, campaignId: string, change: EvidenceChange): Promise<void> {
    const mark = (kind: string, id: string, status: string) =>
      q.run('UPDATE chuangwen_evidence SET status = ? WHERE campaign_id = ? AND kind = ? AND id = ?', [
        status,
        campaignId,
        kind,
        id,
      ]);
    switch (change.kind) {
      case 'observationRecorded':
        if (change.supersedes !== undefined) await mark('observation', change.supersedes, 'superseded');
        return this.putEvidence(q, campaignId, {
          kind: 'observation',
          id: change.observation.id,
          status: 'effective',
          record: change.observation,
        });
      case 'observationWithdrawn':
        await mark('observation', change.observationId, 'withdrawn');
        return;
      case 'documentFiled':
        return this.putEvidence(q, campaignId, {
          kind: 'document',
          id: change.document.id,
          status: 'filed',
          record: change.document,
        });
      case 'documentWithdrawn':
        await mark('document', change.documentId, 'withdrawn');
        return;
      case 'surveyRecorded':
        return this.putEvidence(q, campaignId, {
          kind: 'survey',
          id: change.response.id,
          status: 'recorded',
          record: change.response,
        });
    }
  }

  async read(campaignId: string, selector: EntrySelector, limits: PageLimits = {}): Promise<EntryPage> {
    const from = Math.max(0, Math.floor(selector.from ?? 0));
    const limit = Math.max(1, Math.floor(limits.limit ?? 1_000_000));
    const maxBytes = Math.max(1, Math.floor(limits.maxBytes ?? Number.MAX_SAFE_INTEGER));
    const order = selector.stream === undefined ? 'pos' : 'seq';
    const where =
      selector.stream === undefined
        ? 'campaign_id = ? AND pos >= ?'
        : 'campaign_id = ? AND stream = ? AND seq >= ?';
    const key = selector.stream === undefined ? [campaignId] : [campaignId, selector.stream];
    return this.db.read(async (q) => {
      const entries: StoredEntry[] = [];
      let bytes = 0;
      let at = from;
      // In chunks, so a byte budget stops reading early however large the entries.
      for (;;) {
        const chunk = Math.min(500, limit - entries.length);
        const rows = await q.all<Row>(
          `SELECT ${order} AS n, body, hash, seal FROM chuangwen_entries WHERE ${where} ORDER BY ${order} LIMIT ${chunk}`,
          [...key, at],
        );
        for (const row of rows) {
          const body = String(row.body);
          if (entries.length > 0 && bytes + body.length > maxBytes) return { entries, next: num(row.n) };
          entries.push(
            row.seal === null || row.seal === undefined
              ? { body, hash: String(row.hash) }
              : { body, hash: String(row.hash), seal: String(row.seal) },
          );
          bytes += body.length;
          at = num(row.n) + 1;
        }
        if (rows.length < chunk) return { entries };
        if (entries.length >= limit) return { entries, next: at };
      }
    });
  }

  async project(campaignId: string, query: ProjectionQuery): Promise<Projections | undefined> {
    return this.db.read(async (q) => {
      const rows = await q.all<Row>(
        'SELECT format, pos, last_hash, config_digest FROM chuangwen_campaigns WHERE id = ?',
        [campaignId],
      );
      const row = rows[0];
      if (!row) return undefined;
      const format = num(row.format) === 2 ? 2 : 1;
      const out: Projections = {
        format,
        position: { pos: row.pos === null ? 0 : num(row.pos), hash: String(row.last_hash ?? '') },
      };
      if (query.campaign && format === 2)
        out.campaign = await this.campaignIn(q, campaignId, out.position.hash);
      if (query.configuration) {
        const digest = String(row.config_digest ?? '');
        const unless = typeof query.configuration === 'object' ? query.configuration.unless : undefined;
        out.configuration = { digest };
        if (digest !== unless && format === 2) {
          out.configuration.value = parsed(
            await readText(q, campaignId, 'configuration'),
            campaignId,
            'configuration',
            'configuration',
            storedConfiguration,
          );
        }
      }
      if (query.rawSnapshot) {
        const rows = (await readSnapshotRows(q, campaignId))!;
        out.rawSnapshot = joinedRows(rows, campaignId, (v) => v ?? undefined);
      }
      if (query.document) {
        out.document = parsed(
          await readText(q, campaignId, 'document'),
          campaignId,
          'document',
          'document',
          (v) => v ?? null,
        );
      }
      if (query.heads) out.heads = await this.headsIn(q, campaignId, query.heads);
      if (query.rectifications) {
        const list = query.rectifications;
        const found =
          list === 'all'
            ? await q.all<Row>(
                'SELECT id, record FROM chuangwen_rectifications WHERE campaign_id = ? ORDER BY id',
                [campaignId],
              )
            : (
                await Promise.all(
                  list.map((id) =>
                    q.all<Row>(
                      'SELECT id, record FROM chuangwen_rectifications WHERE campaign_id = ? AND id = ?',
                      [campaignId, id],
                    ),
                  ),
                )
              ).flat();
        out.rectifications = found.map((r) =>
          parsed(String(r.record), campaignId, 'rectification', String(r.id), restoredRectification),
        );
      }
      if (query.evidence) out.evidence = await this.evidenceIn(q, campaignId, query.evidence);
      if (query.receipt !== undefined) {
        const r = (
          await q.all<Row>(
            'SELECT fingerprint, stream, seq, hash FROM chuangwen_receipts WHERE campaign_id = ? AND "key" = ?',
            [campaignId, query.receipt],
          )
        )[0];
        if (r)
          out.receipt = {
            key: query.receipt,
            fingerprint: String(r.fingerprint),
            entry: { stream: String(r.stream) as StreamId, seq: num(r.seq), hash: String(r.hash) },
          };
      }
      if (query.receipts)
        out.receipts = (
          await q.all<Row>(
            'SELECT "key", fingerprint, stream, seq, hash FROM chuangwen_receipts WHERE campaign_id = ? ORDER BY "key"',
            [campaignId],
          )
        ).map((r) => ({
          key: String(r.key),
          fingerprint: String(r.fingerprint),
          entry: { stream: String(r.stream) as StreamId, seq: num(r.seq), hash: String(r.hash) },
        }));
      return out;
    });
  }

  private async campaignIn(q: SqlRunner, campaignId: string, hash: string): Promise<PersistedCampaign> {
    const known = this.snapshots.get(campaignId);
    if (known && known.hash === hash && hash !== '') return known.campaign;
    const rows = (await readSnapshotRows(q, campaignId))!;
    const campaign = joinedRows(rows, campaignId, restoredCampaign);
    if (hash !== '') this.snapshots.set(campaignId, { hash, campaign, parts: storedParts(rows, campaign) });
    return campaign;
  }

  private async headsIn(
    q: SqlRunner,
    campaignId: string,
    streams: readonly StreamId[] | 'all',
  ): Promise<Map<StreamId, Head>> {
    const rows =
      streams === 'all'
        ? await q.all<Row>(
            'SELECT stream, seq, hash, at, chain FROM chuangwen_heads WHERE campaign_id = ? ORDER BY stream',
            [campaignId],
          )
        : (
            await Promise.all(
              streams.map((s) =>
                q.all<Row>(
                  'SELECT stream, seq, hash, at, chain FROM chuangwen_heads WHERE campaign_id = ? AND stream = ?',
                  [campaignId, s],
                ),
              ),
            )
          ).flat();
    return new Map(
      rows.map((h) => {
        const stream = String(h.stream) as StreamId;
        const head: Head = { seq: num(h.seq), hash: String(h.hash) };
        if (h.at !== null && h.at !== undefined) head.at = String(h.at);
        if (h.chain !== null && h.chain !== undefined)
          head.chain = parsed(String(h.chain), campaignId, 'chain', stream, storedChain);
        return [stream, head];
      }),
    );
  }

  private async evidenceIn(
    q: SqlRunner,
    campaignId: string,
    which: NonNullable<ProjectionQuery['evidence']>,
  ): Promise<EvidenceItem[]> {
    const rows =
      which === 'all' || which === 'inForce'
        ? await q.all<Row>(
            `SELECT kind, id, status, record FROM chuangwen_evidence WHERE campaign_id = ?${which === 'inForce' ? " AND status IN ('effective', 'filed', 'recorded')" : ''} ORDER BY kind, id`,
            [campaignId],
          )
        : (
            await Promise.all(
              which.map((w) =>
                q.all<Row>(
                  'SELECT kind, id, status, record FROM chuangwen_evidence WHERE campaign_id = ? AND kind = ? AND id = ?',
                  [campaignId, w.kind, w.id],
                ),
              ),
            )
          ).flat();
    return rows.map(
      (r) =>
        ({
          kind: String(r.kind),
          id: String(r.id),
          status: String(r.status),
          record: parsed(String(r.record), campaignId, 'evidence', `${r.kind}/${r.id}`, (v) =>
            v !== null && typeof v === 'object' ? v : undefined,
          ),
        }) as EvidenceItem,
    );
  }

  campaigns(): Promise<string[]> {
    return this.db.read(async (q) =>
      (await q.all<Row>('SELECT id FROM chuangwen_campaigns ORDER BY id')).map((r) => String(r.id)),
    );
  }

  check(): Promise<StoreProblem[]> {
    return integrityProblems(this.db);
  }

  /** Closes the connection (a pool the host passed in stays open). */
  close(): Promise<void> {
    return this.db.close();
  }
}

/** A campaign of the first stream format: an operator migrates it (`migrateCampaign`) before any event is recorded. */
function needsMigration(campaignId: string): StoreError {
  return new StoreError('needs_migration', say('needsMigration', { campaignId }));
}
