// Campaigns, their audit logs and observations in SQLite. Every write that belongs together happens in one
// transaction, so a crash never leaves a snapshot without its audit entry or the other way round.

import type { AuditEntry, CampaignRecord, PersistedCampaign } from '@chuangwen/machine';
import type { Campaign, Observation } from '@chuangwen/model';
import Database from 'better-sqlite3';

export interface StoredCampaign {
  id: string;
  document: Campaign;
  record: CampaignRecord;
}

export class CampaignStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS campaigns (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        audit_head TEXT NOT NULL,
        audit_length INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS audit (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id),
        seq INTEGER NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (campaign_id, seq)
      );
      CREATE TABLE IF NOT EXISTS observations (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id),
        id TEXT NOT NULL,
        observation TEXT NOT NULL,
        PRIMARY KEY (campaign_id, id)
      );
    `);
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(id) !== undefined;
  }

  /** Stores a new campaign with its whole audit log so far. */
  create(id: string, document: Campaign, record: CampaignRecord): void {
    this.db.transaction(() => {
      const last = record.audit[record.audit.length - 1]!;
      this.db
        .prepare(
          'INSERT INTO campaigns (id, document, snapshot, audit_head, audit_length) VALUES (?, ?, ?, ?, ?)',
        )
        .run(id, JSON.stringify(document), JSON.stringify(record.campaign), last.hash, record.audit.length);
      const insert = this.db.prepare('INSERT INTO audit (campaign_id, seq, entry) VALUES (?, ?, ?)');
      for (const entry of record.audit) insert.run(id, entry.seq, JSON.stringify(entry));
    })();
  }

  /** Loads a campaign: its document, its snapshot and its audit log, in one read transaction. */
  load(id: string): (StoredCampaign & { head: string; length: number }) | undefined {
    return this.db.transaction(() => {
      const row = this.db
        .prepare('SELECT document, snapshot, audit_head, audit_length FROM campaigns WHERE id = ?')
        .get(id) as
        | { document: string; snapshot: string; audit_head: string; audit_length: number }
        | undefined;
      if (!row) return undefined;
      const audit = (
        this.db.prepare('SELECT entry FROM audit WHERE campaign_id = ? ORDER BY seq').all(id) as {
          entry: string;
        }[]
      ).map((r) => JSON.parse(r.entry) as AuditEntry);
      return {
        id,
        document: JSON.parse(row.document) as Campaign,
        record: { campaign: JSON.parse(row.snapshot) as PersistedCampaign, audit },
        head: row.audit_head,
        length: row.audit_length,
      };
    })();
  }

  /**
   * Appends one audit entry and, when the event was applied, the new snapshot, in one transaction. The append is
   * checked against the stored head, so two writers can never fork the chain.
   */
  append(id: string, expectedLength: number, campaign: PersistedCampaign, entry: AuditEntry): void {
    this.db.transaction(() => {
      const head = this.db.prepare('SELECT audit_length FROM campaigns WHERE id = ?').get(id) as {
        audit_length: number;
      };
      if (head.audit_length !== expectedLength || entry.seq !== expectedLength)
        throw new Error('the audit log moved on; retry');
      this.db
        .prepare('INSERT INTO audit (campaign_id, seq, entry) VALUES (?, ?, ?)')
        .run(id, entry.seq, JSON.stringify(entry));
      this.db
        .prepare('UPDATE campaigns SET snapshot = ?, audit_head = ?, audit_length = ? WHERE id = ?')
        .run(JSON.stringify(campaign), entry.hash, expectedLength + 1, id);
    })();
  }

  addObservations(id: string, observations: readonly Observation[]): number {
    return this.db.transaction(() => {
      const insert = this.db.prepare(
        'INSERT OR REPLACE INTO observations (campaign_id, id, observation) VALUES (?, ?, ?)',
      );
      for (const o of observations) insert.run(id, o.id, JSON.stringify(o));
      return observations.length;
    })();
  }

  observations(id: string): Observation[] {
    return (
      this.db
        .prepare('SELECT observation FROM observations WHERE campaign_id = ? ORDER BY rowid')
        .all(id) as { observation: string }[]
    ).map((r) => JSON.parse(r.observation) as Observation);
  }

  close(): void {
    this.db.close();
  }
}
