import {
  type Append,
  type EntryRef,
  type EvidenceChange,
  type EvidenceIndex,
  type EvidenceItem,
  type Head,
  type PersistedCampaign,
  restoreCampaign,
  restoreRectification,
  SNAPSHOT_VERSION,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import type { ArchiveDocument, Observation, Rectification } from '@chuangwen/model';
import type {
  Commit,
  EvidenceFilter,
  LoadedState,
  LoadRequest,
  NewCampaign,
  Receipt,
  RecordStore,
  StoredRecord,
} from './contract.js';
import { ConflictError, StoreError } from './errors.js';
import { schemaVersion } from './schema.js';
import type { SqlDatabase, SqlRunner } from './sql.js';

const json = (value: unknown) => JSON.stringify(value);
const damaged = (what: string) =>
  new StoreError('integrity', {
    'zh-CN': `存储的${what}无法读取，已被改动`,
    en: `the stored ${what} cannot be read: it was changed`,
  });

function restoredCampaign(text: string): { campaign: PersistedCampaign; migrated: boolean } {
  const parsed: unknown = JSON.parse(text);
  const restored = restoreCampaign(parsed);
  if (!restored.ok || restored.value.rectifications.length > 0) throw damaged('活动快照 / campaign snapshot');
  return {
    campaign: restored.value.campaign,
    migrated: (parsed as { version?: unknown }).version !== SNAPSHOT_VERSION,
  };
}

function restoredRectification(text: string): Rectification {
  const restored = restoreRectification(JSON.parse(text));
  if (!restored.ok) throw damaged('整改记录 / rectification');
  return restored.value;
}

/** The evidence lookups of one event, answered from the rows read for it. */
function indexOf(rows: { kind: string; id: string; status: string; record: string }[]): EvidenceIndex {
  const item = (kind: string, id: string) => rows.find((r) => r.kind === kind && r.id === id);
  return {
    observation(id) {
      const r = item('observation', id);
      return (
        r && {
          status: r.status as 'effective' | 'superseded' | 'withdrawn',
          observation: JSON.parse(r.record) as Observation,
        }
      );
    },
    document(id) {
      const r = item('document', id);
      return (
        r && { status: r.status as 'filed' | 'withdrawn', document: JSON.parse(r.record) as ArchiveDocument }
      );
    },
    hasSurvey: (id) => item('survey', id) !== undefined,
  };
}

/** The first entry of each stream an event appends to: where the stream's head must still be. */
function expectedHeads(
  appends: readonly Append[],
): Map<StreamId, { seq: number; hash: string; last: Append }> {
  const out = new Map<StreamId, { seq: number; hash: string; last: Append }>();
  for (const a of appends) {
    const seen = out.get(a.stream);
    if (seen) seen.last = a;
    else out.set(a.stream, { seq: a.entry.seq, hash: a.entry.prevHash, last: a });
  }
  return out;
}

/**
 * The store's logic, once, over any SQL database an adapter provides: the same statements run on SQLite and on
 * PostgreSQL. Each commit moves every head it appends to only if the head is still where dispatch read it, inside one
 * transaction, so two writers can never fork a stream: the second gets a `ConflictError` and nothing is written.
 */
export class SqlRecordStore implements RecordStore {
  constructor(private readonly db: SqlDatabase) {}

  get dialect() {
    return this.db.dialect;
  }

  async createCampaign(c: NewCampaign): Promise<void> {
    await this.db.write(async (q) => {
      const taken = await q.all('SELECT 1 AS one FROM chuangwen_campaigns WHERE id = ?', [c.id]);
      if (taken.length > 0)
        throw new StoreError('exists', {
          'zh-CN': `创建工作 ${c.id} 已存在`,
          en: `campaign ${c.id} already exists`,
        });
      await q.run('INSERT INTO chuangwen_campaigns (id, document, snapshot) VALUES (?, ?, ?)', [
        c.id,
        json(c.document),
        json(c.snapshot),
      ]);
      await this.append(q, c.id, c.appends);
      for (const r of c.rectifications ?? []) await this.saveRectification(q, c.id, r);
      for (const change of c.evidence ?? []) await this.applyEvidence(q, c.id, change);
    });
  }

  campaignIds(): Promise<string[]> {
    return this.db.read(async (q) =>
      (await q.all<{ id: string }>('SELECT id FROM chuangwen_campaigns ORDER BY id')).map((r) => r.id),
    );
  }

  document(campaignId: string): Promise<unknown> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ document: string }>(
        'SELECT document FROM chuangwen_campaigns WHERE id = ?',
        [campaignId],
      );
      return rows[0] && JSON.parse(rows[0].document);
    });
  }

  async saveDocument(campaignId: string, document: unknown): Promise<void> {
    const changed = await this.db.write((q) =>
      q.run('UPDATE chuangwen_campaigns SET document = ? WHERE id = ?', [json(document), campaignId]),
    );
    if (changed === 0)
      throw new StoreError('not_found', {
        'zh-CN': `创建工作 ${campaignId} 不存在`,
        en: `campaign ${campaignId} does not exist`,
      });
  }

  campaign(campaignId: string): Promise<PersistedCampaign | undefined> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ snapshot: string }>(
        'SELECT snapshot FROM chuangwen_campaigns WHERE id = ?',
        [campaignId],
      );
      return rows[0] && restoredCampaign(rows[0].snapshot).campaign;
    });
  }

  load(campaignId: string, request: LoadRequest): Promise<LoadedState | undefined> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ snapshot: string }>(
        'SELECT snapshot FROM chuangwen_campaigns WHERE id = ?',
        [campaignId],
      );
      if (!rows[0]) return undefined;
      const { campaign, migrated } = restoredCampaign(rows[0].snapshot);
      const head = async (stream: StreamId) =>
        (await this.headIn(q, campaignId, stream)) ?? request.emptyHead(stream);
      const state: LoadedState = { campaign: { head: await head('campaign'), snapshot: campaign }, migrated };
      if (request.stream.startsWith('rectification/')) {
        const id = request.stream.slice('rectification/'.length);
        const found = await q.all<{ record: string }>(
          'SELECT record FROM chuangwen_rectifications WHERE campaign_id = ? AND id = ?',
          [campaignId, id],
        );
        if (found[0])
          state.rectification = {
            head: await head(request.stream),
            snapshot: restoredRectification(found[0].record),
          };
      }
      if (request.stream === 'evidence') {
        const wanted: [string, string][] = [
          ...request.lookups.observations.map((id) => ['observation', id] as [string, string]),
          ...request.lookups.documents.map((id) => ['document', id] as [string, string]),
          ...request.lookups.surveys.map((id) => ['survey', id] as [string, string]),
        ];
        const items: { kind: string; id: string; status: string; record: string }[] = [];
        for (const [kind, id] of wanted)
          items.push(
            ...(await q.all<{ kind: string; id: string; status: string; record: string }>(
              'SELECT kind, id, status, record FROM chuangwen_evidence WHERE campaign_id = ? AND kind = ? AND id = ?',
              [campaignId, kind, id],
            )),
          );
        state.evidence = { head: await head('evidence'), index: indexOf(items) };
      }
      return state;
    });
  }

  async commit(campaignId: string, commit: Commit): Promise<void> {
    await this.db.write(async (q) => {
      await this.append(q, campaignId, commit.appends);
      if (commit.campaign) {
        const changed = await q.run('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [
          json(commit.campaign),
          campaignId,
        ]);
        if (changed === 0)
          throw new StoreError('not_found', {
            'zh-CN': `创建工作 ${campaignId} 不存在`,
            en: `campaign ${campaignId} does not exist`,
          });
      }
      if (commit.rectification) await this.saveRectification(q, campaignId, commit.rectification);
      if (commit.evidence) await this.applyEvidence(q, campaignId, commit.evidence);
      if (commit.receipt)
        await q.run(
          'INSERT INTO chuangwen_receipts (campaign_id, key, fingerprint, response) VALUES (?, ?, ?, ?)',
          [campaignId, commit.receipt.key, commit.receipt.fingerprint, json(commit.receipt.response)],
        );
    });
  }

  /** Appends each stream's entries after moving its head, checked against where dispatch read it. */
  private async append(q: SqlRunner, campaignId: string, appends: readonly Append[]): Promise<void> {
    // A fixed order of streams, so two writers lock heads in the same order and never deadlock.
    const streams = [...expectedHeads(appends)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [stream, expected] of streams) {
      const next = [expected.last.entry.seq + 1, expected.last.entry.hash];
      const moved =
        expected.seq === 0
          ? (
              await q.all('SELECT 1 AS one FROM chuangwen_heads WHERE campaign_id = ? AND stream = ?', [
                campaignId,
                stream,
              ])
            ).length === 0
            ? await q.run(
                'INSERT INTO chuangwen_heads (campaign_id, stream, seq, hash) VALUES (?, ?, ?, ?)',
                [campaignId, stream, ...next],
              )
            : 0
          : await q.run(
              'UPDATE chuangwen_heads SET seq = ?, hash = ? WHERE campaign_id = ? AND stream = ? AND seq = ? AND hash = ?',
              [...next, campaignId, stream, expected.seq, expected.hash],
            );
      if (moved !== 1) throw new ConflictError(stream);
    }
    for (const a of appends)
      await q.run(
        'INSERT INTO chuangwen_entries (campaign_id, stream, seq, body, hash) VALUES (?, ?, ?, ?, ?)',
        [campaignId, a.stream, a.entry.seq, a.body, a.entry.hash],
      );
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

  private async applyEvidence(q: SqlRunner, campaignId: string, change: EvidenceChange): Promise<void> {
    const put = (kind: string, id: string, status: string, record: unknown) =>
      q.run('INSERT INTO chuangwen_evidence (campaign_id, kind, id, status, record) VALUES (?, ?, ?, ?, ?)', [
        campaignId,
        kind,
        id,
        status,
        json(record),
      ]);
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
        await put('observation', change.observation.id, 'effective', change.observation);
        return;
      case 'observationWithdrawn':
        await mark('observation', change.observationId, 'withdrawn');
        return;
      case 'documentFiled':
        await put('document', change.document.id, 'filed', change.document);
        return;
      case 'documentWithdrawn':
        await mark('document', change.documentId, 'withdrawn');
        return;
      case 'surveyRecorded':
        await put('survey', change.response.id, 'recorded', change.response);
    }
  }

  private async headIn(q: SqlRunner, campaignId: string, stream: StreamId): Promise<Head | undefined> {
    const rows = await q.all<{ seq: number | string; hash: string }>(
      'SELECT seq, hash FROM chuangwen_heads WHERE campaign_id = ? AND stream = ?',
      [campaignId, stream],
    );
    return rows[0] && { seq: Number(rows[0].seq), hash: rows[0].hash };
  }

  head(campaignId: string, stream: StreamId): Promise<Head | undefined> {
    return this.db.read((q) => this.headIn(q, campaignId, stream));
  }

  heads(campaignId: string): Promise<EntryRef[]> {
    return this.db.read(async (q) =>
      (
        await q.all<{ stream: StreamId; seq: number | string; hash: string }>(
          'SELECT stream, seq, hash FROM chuangwen_heads WHERE campaign_id = ? ORDER BY stream',
          [campaignId],
        )
      ).map((h) => ({ stream: h.stream, seq: Number(h.seq), hash: h.hash })),
    );
  }

  read(
    campaignId: string,
    stream: StreamId,
    range: { from?: number; limit?: number } = {},
  ): Promise<StoredEntry[]> {
    const from = Math.max(0, Math.floor(range.from ?? 0));
    const limit = range.limit === undefined ? -1 : Math.max(0, Math.floor(range.limit));
    return this.db.read((q) =>
      q.all<StoredEntry>(
        `SELECT body, hash FROM chuangwen_entries WHERE campaign_id = ? AND stream = ? AND seq >= ? ORDER BY seq${limit >= 0 ? ` LIMIT ${limit}` : ''}`,
        [campaignId, stream, from],
      ),
    );
  }

  record(campaignId: string): Promise<StoredRecord | undefined> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ snapshot: string }>(
        'SELECT snapshot FROM chuangwen_campaigns WHERE id = ?',
        [campaignId],
      );
      if (!rows[0]) return undefined;
      const streams = new Map<StreamId, StoredEntry[]>();
      const entries = await q.all<{ stream: StreamId; body: string; hash: string }>(
        'SELECT stream, body, hash FROM chuangwen_entries WHERE campaign_id = ? ORDER BY stream, seq',
        [campaignId],
      );
      for (const e of entries) {
        const list = streams.get(e.stream) ?? [];
        list.push({ body: e.body, hash: e.hash });
        streams.set(e.stream, list);
      }
      const heads = (
        await q.all<{ stream: StreamId; seq: number | string; hash: string }>(
          'SELECT stream, seq, hash FROM chuangwen_heads WHERE campaign_id = ?',
          [campaignId],
        )
      ).map((h) => ({ stream: h.stream, seq: Number(h.seq), hash: h.hash }));
      const rectifications = (
        await q.all<{ record: string }>(
          'SELECT record FROM chuangwen_rectifications WHERE campaign_id = ? ORDER BY id',
          [campaignId],
        )
      ).map((r) => restoredRectification(r.record));
      const evidence = (
        await q.all<{ kind: EvidenceItem['kind']; id: string; status: string; record: string }>(
          'SELECT kind, id, status, record FROM chuangwen_evidence WHERE campaign_id = ? ORDER BY kind, id',
          [campaignId],
        )
      ).map(
        (r) => ({ kind: r.kind, id: r.id, status: r.status, record: JSON.parse(r.record) }) as EvidenceItem,
      );
      return {
        campaign: restoredCampaign(rows[0].snapshot).campaign,
        heads,
        streams,
        rectifications,
        evidence,
      };
    });
  }

  rectifications(campaignId: string): Promise<Rectification[]> {
    return this.db.read(async (q) =>
      (
        await q.all<{ record: string }>(
          'SELECT record FROM chuangwen_rectifications WHERE campaign_id = ? ORDER BY id',
          [campaignId],
        )
      ).map((r) => restoredRectification(r.record)),
    );
  }

  evidence(campaignId: string, filter: EvidenceFilter = {}): Promise<EvidenceItem[]> {
    const where = ['campaign_id = ?'];
    const params: unknown[] = [campaignId];
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.inForce) where.push("status IN ('effective', 'filed', 'recorded')");
    return this.db.read(async (q) =>
      (
        await q.all<{ kind: EvidenceItem['kind']; id: string; status: string; record: string }>(
          `SELECT kind, id, status, record FROM chuangwen_evidence WHERE ${where.join(' AND ')} ORDER BY kind, id`,
          params,
        )
      ).map(
        (r) => ({ kind: r.kind, id: r.id, status: r.status, record: JSON.parse(r.record) }) as EvidenceItem,
      ),
    );
  }

  receipt(campaignId: string, key: string): Promise<Receipt | undefined> {
    return this.db.read(async (q) => {
      const rows = await q.all<{ fingerprint: string; response: string }>(
        'SELECT fingerprint, response FROM chuangwen_receipts WHERE campaign_id = ? AND key = ?',
        [campaignId, key],
      );
      return rows[0] && { key, fingerprint: rows[0].fingerprint, response: JSON.parse(rows[0].response) };
    });
  }

  schemaVersion(): Promise<number> {
    return schemaVersion(this.db);
  }

  /** Closes the connection (a pool the host passed in stays open). */
  close(): Promise<void> {
    return this.db.close();
  }
}
