// A campaign's record in SQLite: each stream's entries as the exact text that was hashed, each stream's head, the
// snapshots (the campaign's and each rectification's) and the evidence, as the library's streams lay them out.
// Everything one event writes is written in one transaction, after reading what it needs in the same transaction.

import {
  type Append,
  type CampaignConfig,
  type ChainHasher,
  type DispatchResult,
  dispatch,
  type EntryRef,
  type EvidenceChange,
  type EvidenceIndex,
  type EvidenceItem,
  emptyHead,
  type Head,
  type PersistedCampaign,
  type RecordToVerify,
  restoreCampaign,
  restoreRectification,
  routeOf,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import type { Campaign, Observation, Rectification } from '@chuangwen/model';
import Database from 'better-sqlite3';

export class CampaignStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS campaigns (id TEXT PRIMARY KEY, document TEXT NOT NULL, snapshot TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS entries (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), stream TEXT NOT NULL, seq INTEGER NOT NULL,
        body TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (campaign_id, stream, seq));
      CREATE TABLE IF NOT EXISTS heads (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), stream TEXT NOT NULL, seq INTEGER NOT NULL,
        hash TEXT NOT NULL, PRIMARY KEY (campaign_id, stream));
      CREATE TABLE IF NOT EXISTS rectifications (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), id TEXT NOT NULL, record TEXT NOT NULL,
        PRIMARY KEY (campaign_id, id));
      CREATE TABLE IF NOT EXISTS evidence (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), kind TEXT NOT NULL, id TEXT NOT NULL,
        status TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (campaign_id, kind, id));
    `);
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(id) !== undefined;
  }

  /** Stores a new campaign: its document, its first snapshot and its creation entry. */
  create(id: string, document: Campaign, snapshot: PersistedCampaign, append: Append): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO campaigns (id, document, snapshot) VALUES (?, ?, ?)')
        .run(id, JSON.stringify(document), JSON.stringify(snapshot));
      this.appendAll(id, [append]);
    })();
  }

  document(id: string): Campaign | undefined {
    const row = this.db.prepare('SELECT document FROM campaigns WHERE id = ?').get(id) as
      | { document: string }
      | undefined;
    return row && (JSON.parse(row.document) as Campaign);
  }

  campaign(id: string): PersistedCampaign {
    const row = this.db.prepare('SELECT snapshot FROM campaigns WHERE id = ?').get(id) as {
      snapshot: string;
    };
    const restored = restoreCampaign(JSON.parse(row.snapshot));
    if (!restored.ok) throw new Error(`stored campaign ${id} does not restore`);
    return restored.value.campaign;
  }

  head(id: string, stream: StreamId, hasher: ChainHasher): Head {
    const row = this.db
      .prepare('SELECT seq, hash FROM heads WHERE campaign_id = ? AND stream = ?')
      .get(id, stream) as Head | undefined;
    return row ?? emptyHead(hasher, id, stream);
  }

  rectification(id: string, rectificationId: string): Rectification | undefined {
    const row = this.db
      .prepare('SELECT record FROM rectifications WHERE campaign_id = ? AND id = ?')
      .get(id, rectificationId) as { record: string } | undefined;
    if (!row) return undefined;
    const restored = restoreRectification(JSON.parse(row.record));
    if (!restored.ok) throw new Error(`stored rectification ${rectificationId} does not restore`);
    return restored.value;
  }

  rectifications(id: string): Rectification[] {
    const rows = this.db
      .prepare('SELECT id FROM rectifications WHERE campaign_id = ? ORDER BY id')
      .all(id) as { id: string }[];
    return rows.map((r) => this.rectification(id, r.id)!);
  }

  /** The evidence lookups dispatch needs, answered from the evidence table. */
  evidenceIndex(id: string): EvidenceIndex {
    const item = (kind: string, itemId: string) => {
      const row = this.db
        .prepare('SELECT status, record FROM evidence WHERE campaign_id = ? AND kind = ? AND id = ?')
        .get(id, kind, itemId) as { status: string; record: string } | undefined;
      return row && { status: row.status, record: JSON.parse(row.record) };
    };
    return {
      observation: (o) => {
        const i = item('observation', o);
        return i && { status: i.status as 'effective', observation: i.record as Observation };
      },
      document: (d) => {
        const i = item('document', d);
        return i && { status: i.status as 'filed', document: i.record };
      },
      hasSurvey: (s) => item('survey', s) !== undefined,
    };
  }

  /** Observations in force: what the board reads. */
  effectiveObservations(id: string): Observation[] {
    const rows = this.db
      .prepare(
        "SELECT record FROM evidence WHERE campaign_id = ? AND kind = 'observation' AND status = 'effective' ORDER BY rowid",
      )
      .all(id) as {
      record: string;
    }[];
    return rows.map((r) => JSON.parse(r.record) as Observation);
  }

  /**
   * Dispatches one event inside one write transaction: reads the heads and snapshots of the streams it touches,
   * runs the library's dispatch, and writes its appends, snapshots and evidence change before committing.
   */
  dispatch(
    id: string,
    input: unknown,
    options: { hasher: ChainHasher; config: CampaignConfig; receivedAt: string },
  ): DispatchResult {
    return this.db
      .transaction(() => {
        const route = routeOf(input);
        const rid = route.stream.startsWith('rectification/')
          ? route.stream.slice('rectification/'.length)
          : undefined;
        const rectification = rid === undefined ? undefined : this.rectification(id, rid);
        const result = dispatch(
          input,
          {
            campaign: { head: this.head(id, 'campaign', options.hasher), snapshot: this.campaign(id) },
            ...(rectification
              ? {
                  rectification: {
                    head: this.head(id, route.stream, options.hasher),
                    snapshot: rectification,
                  },
                }
              : {}),
            ...(route.stream === 'evidence'
              ? {
                  evidence: {
                    head: this.head(id, 'evidence', options.hasher),
                    index: this.evidenceIndex(id),
                  },
                }
              : {}),
          },
          options,
        );
        this.appendAll(id, result.appends);
        if (result.campaign)
          this.db
            .prepare('UPDATE campaigns SET snapshot = ? WHERE id = ?')
            .run(JSON.stringify(result.campaign), id);
        if (result.rectification)
          this.db
            .prepare(
              'INSERT INTO rectifications (campaign_id, id, record) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET record = excluded.record',
            )
            .run(id, result.rectification.id, JSON.stringify(result.rectification));
        if (result.evidence) this.applyEvidence(id, result.evidence);
        return result;
      })
      .immediate();
  }

  private appendAll(id: string, appends: readonly Append[]): void {
    const insert = this.db.prepare(
      'INSERT INTO entries (campaign_id, stream, seq, body, hash) VALUES (?, ?, ?, ?, ?)',
    );
    const head = this.db.prepare(
      'INSERT INTO heads (campaign_id, stream, seq, hash) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    );
    for (const a of appends) {
      insert.run(id, a.stream, a.entry.seq, a.body, a.entry.hash);
      head.run(id, a.stream, a.entry.seq + 1, a.entry.hash);
    }
  }

  private applyEvidence(id: string, change: EvidenceChange): void {
    const put = this.db.prepare(
      'INSERT INTO evidence (campaign_id, kind, id, status, record) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET status = excluded.status',
    );
    const status = this.db.prepare(
      'UPDATE evidence SET status = ? WHERE campaign_id = ? AND kind = ? AND id = ?',
    );
    switch (change.kind) {
      case 'observationRecorded':
        if (change.supersedes !== undefined) status.run('superseded', id, 'observation', change.supersedes);
        put.run(id, 'observation', change.observation.id, 'effective', JSON.stringify(change.observation));
        return;
      case 'observationWithdrawn':
        status.run('withdrawn', id, 'observation', change.observationId);
        return;
      case 'documentFiled':
        put.run(id, 'document', change.document.id, 'filed', JSON.stringify(change.document));
        return;
      case 'documentWithdrawn':
        status.run('withdrawn', id, 'document', change.documentId);
        return;
      case 'surveyRecorded':
        put.run(id, 'survey', change.response.id, 'recorded', JSON.stringify(change.response));
    }
  }

  /** A stream's entries as stored, in order. */
  entries(id: string, stream: StreamId): StoredEntry[] {
    return this.db
      .prepare('SELECT body, hash FROM entries WHERE campaign_id = ? AND stream = ? ORDER BY seq')
      .all(id, stream) as StoredEntry[];
  }

  /** Every stream's head, to keep elsewhere as anchors. */
  anchors(id: string): EntryRef[] {
    return (
      this.db
        .prepare('SELECT stream, seq, hash FROM heads WHERE campaign_id = ? ORDER BY stream')
        .all(id) as EntryRef[]
    ).map((h) => ({ ...h }));
  }

  /** The whole record, read in one transaction, for verification. */
  toVerify(id: string): RecordToVerify {
    return this.db.transaction(() => {
      const items = (
        this.db.prepare('SELECT kind, id, status, record FROM evidence WHERE campaign_id = ?').all(id) as {
          kind: EvidenceItem['kind'];
          id: string;
          status: string;
          record: string;
        }[]
      ).map(
        (r) => ({ kind: r.kind, id: r.id, status: r.status, record: JSON.parse(r.record) }) as EvidenceItem,
      );
      return {
        campaignId: id,
        campaign: { entries: this.entries(id, 'campaign'), snapshot: this.campaign(id) },
        rectifications: this.rectifications(id).map((r) => ({
          id: r.id,
          entries: this.entries(id, `rectification/${r.id}`),
          snapshot: r,
        })),
        evidence: { entries: this.entries(id, 'evidence'), items },
      };
    })();
  }

  close(): void {
    this.db.close();
  }
}
