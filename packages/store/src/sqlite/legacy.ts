import type { LegacyAuditEntry } from '@chuangwen/machine';
import {
  type Actor,
  type ChainHasher,
  migrateToStreams,
  restoreCampaign,
  verifyLegacyLog,
} from '@chuangwen/machine';
import { ObservationSchema } from '@chuangwen/model';
import type Database from 'better-sqlite3';
import type { RecordStore } from '../contract.js';
import type { SqlRunner } from '../sql.js';

/** Who migrates, when, and under which key the new streams are chained. */
export interface LegacyMigrationOptions {
  hasher: ChainHasher;
  actor: Actor;
  at: string;
}

/** What a migration found: each campaign migrated, with its sealed log, and each one that could not be. */
export interface LegacyMigration {
  migrated: { id: string; entries: number; head: string; rectifications: number; observations: number }[];
  refused: { id: string; reason: string }[];
}

/**
 * The 0.0.0 example service kept `campaigns` (with `audit_head`), `audit` and `observations` tables. On the first open
 * they are renamed out of the way, kept whole, for `migrateLegacy` to read.
 */
export async function setLegacyTablesAside(q: SqlRunner): Promise<void> {
  const columns = await q.all<{ name: string }>("SELECT name FROM pragma_table_info('campaigns')");
  if (!columns.some((c) => c.name === 'audit_head')) return;
  await q.exec(
    'ALTER TABLE campaigns RENAME TO chuangwen_legacy_campaigns; ALTER TABLE audit RENAME TO chuangwen_legacy_audit; ALTER TABLE observations RENAME TO chuangwen_legacy_observations',
  );
}

export async function migrateLegacyTables(
  db: Database.Database,
  store: RecordStore,
  options: LegacyMigrationOptions,
): Promise<LegacyMigration> {
  const result: LegacyMigration = { migrated: [], refused: [] };
  const present = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chuangwen_legacy_campaigns'")
    .get();
  if (!present) return result;
  const done = new Set(await store.campaignIds());
  const rows = db
    .prepare('SELECT id, document, snapshot FROM chuangwen_legacy_campaigns ORDER BY id')
    .all() as { id: string; document: string; snapshot: string }[];
  for (const row of rows) {
    if (done.has(row.id)) continue;
    const log = (
      db
        .prepare('SELECT entry FROM chuangwen_legacy_audit WHERE campaign_id = ? ORDER BY seq')
        .all(row.id) as { entry: string }[]
    ).map((r) => JSON.parse(r.entry) as LegacyAuditEntry);
    const sealed = verifyLegacyLog(log);
    const restored = restoreCampaign(JSON.parse(row.snapshot));
    if (!sealed.ok || !restored.ok) {
      result.refused.push({
        id: row.id,
        reason: !sealed.ok ? sealed.problem!.message.en : 'the stored snapshot does not restore',
      });
      continue;
    }
    const observations = (
      db
        .prepare('SELECT observation FROM chuangwen_legacy_observations WHERE campaign_id = ? ORDER BY rowid')
        .all(row.id) as {
        observation: string;
      }[]
    ).flatMap((r) => {
      const o = ObservationSchema.safeParse(JSON.parse(r.observation));
      return o.success ? [o.data] : [];
    });
    const streams = migrateToStreams(restored.value, {
      ...options,
      legacy: { entries: sealed.entries, head: sealed.head },
      observations,
    });
    await store.createCampaign({
      id: row.id,
      document: JSON.parse(row.document),
      snapshot: streams.campaign.snapshot,
      appends: streams.appends,
      rectifications: streams.rectifications.map((r) => r.snapshot),
      evidence: streams.evidence,
    });
    result.migrated.push({
      id: row.id,
      entries: sealed.entries,
      head: sealed.head,
      rectifications: streams.rectifications.length,
      observations: observations.length,
    });
  }
  return result;
}
