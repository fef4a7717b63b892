import {
  type ConfigurationInput,
  type MigrationOptions,
  migrateLegacy,
  restoreCampaign,
  verifyLegacyLog,
} from '@chuangwen/machine';
import { type BilingualText, type Campaign, ObservationSchema, validateCampaign } from '@chuangwen/model';
import type Database from 'better-sqlite3';
import type { RecordStore } from '../contract.js';
import { say } from '../database-messages.js';
import { writeMigrated } from '../migrate-campaign.js';
import type { SqlRunner } from '../sql.js';

/** Who migrates, when, under which key, and the configuration each campaign is judged by from then on. */
export interface LegacyMigrationOptions extends Omit<MigrationOptions, 'configuration'> {
  /** The configuration of a campaign, from its document: the host supplies the framework editions it names. */
  configuration: (document: Campaign) => ConfigurationInput;
  /** The campaigns to migrate, by id; by default every one the old tables hold that the store does not. */
  only?: readonly string[];
  /**
   * The length and last hash of each campaign's old log as kept elsewhere (printed, or noted before the upgrade): a
   * log that does not end there is refused. Without it, the old tables' own `audit_length` and `audit_head` are used.
   */
  expect?: Readonly<Record<string, { entries: number; head: string }>>;
}

/** What a migration found: each campaign migrated, with its sealed log, and each one refused, with why. */
export interface LegacyMigration {
  migrated: { id: string; entries: number; head: string; rectifications: number; observations: number }[];
  refused: { id: string; reason: BilingualText }[];
}

/**
 * The 0.0.0 example service kept `campaigns` (with `audit_head`), `audit` and `observations` tables. On the first open
 * they are renamed out of the way, kept whole, untouched and unsigned, until an operator migrates them.
 */
export async function setLegacyTablesAside(q: SqlRunner): Promise<void> {
  const columns = await q.all<{ name: string }>("SELECT name FROM pragma_table_info('campaigns')");
  if (!columns.some((c) => c.name === 'audit_head')) return;
  await q.exec(
    'ALTER TABLE campaigns RENAME TO chuangwen_legacy_campaigns; ALTER TABLE audit RENAME TO chuangwen_legacy_audit; ALTER TABLE observations RENAME TO chuangwen_legacy_observations',
  );
}

/** A stored JSON text, or null when it does not parse (the migration then refuses with why). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The campaigns the old tables hold that the store does not yet: what an operator still has to migrate. */
export async function legacyWaiting(db: Database.Database, store: RecordStore): Promise<string[]> {
  const present = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chuangwen_legacy_campaigns'")
    .get();
  if (!present) return [];
  const done = new Set(await store.campaigns());
  const rows = db.prepare('SELECT id FROM chuangwen_legacy_campaigns ORDER BY id').all() as { id: string }[];
  return rows.map((r) => r.id).filter((id) => !done.has(id));
}

/**
 * Migrates what the 0.0.0 example service left in the file, when an operator runs it (never on start): each old log is
 * checked link by link and against its length and last hash (the old tables' own, or those given), each snapshot
 * restored, each document validated; a campaign passes all of it or is refused with why. Each migrated campaign's
 * record opens with an entry naming who ran the migration and sealing the old log. Idempotent.
 */
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
  const done = new Set(await store.campaigns());
  const rows = db
    .prepare(
      'SELECT id, document, snapshot, audit_head, audit_length FROM chuangwen_legacy_campaigns ORDER BY id',
    )
    .all() as { id: string; document: string; snapshot: string; audit_head: string; audit_length: number }[];
  for (const row of rows) {
    if (done.has(row.id) || (options.only && !options.only.includes(row.id))) continue;
    const log = (
      db
        .prepare('SELECT entry FROM chuangwen_legacy_audit WHERE campaign_id = ? ORDER BY seq')
        .all(row.id) as { entry: string }[]
    ).map((r) => parsed(r.entry));
    const expected = options.expect?.[row.id] ?? {
      entries: Number(row.audit_length),
      head: String(row.audit_head),
    };
    const sealed = verifyLegacyLog(log, expected);
    if (!sealed.ok) {
      result.refused.push({ id: row.id, reason: sealed.problem!.message });
      continue;
    }
    const restored = restoreCampaign(parsed(row.snapshot));
    const document = validateCampaign(parsed(row.document));
    if (!restored.ok || !document.ok) {
      result.refused.push({
        id: row.id,
        reason: restored.ok ? say('legacyDocumentInvalid') : say('legacySnapshotUnrestorable'),
      });
      continue;
    }
    const stored = db
      .prepare('SELECT observation FROM chuangwen_legacy_observations WHERE campaign_id = ? ORDER BY rowid')
      .all(row.id) as {
      observation: string;
    }[];
    const observations = stored.flatMap((r) => {
      const o = ObservationSchema.safeParse(parsed(r.observation));
      return o.success ? [o.data] : [];
    });
    // An observation that no longer reads would change the classes the record derives: refuse rather than drop it.
    if (observations.length < stored.length) {
      const bad = stored.length - observations.length;
      result.refused.push({
        id: row.id,
        reason: say('legacyObservationsUnreadable', { count: bad }),
      });
      continue;
    }
    const migrated = migrateLegacy(restored.value, {
      actor: options.actor,
      at: options.at,
      hasher: options.hasher,
      configuration: options.configuration(document.value),
      legacy: { entries: sealed.entries, head: sealed.head },
      observations,
    });
    if (!migrated.ok) {
      result.refused.push({
        id: row.id,
        reason: say('legacyConfigurationInvalid', { first: migrated.issues[0]?.message }),
      });
      continue;
    }
    await writeMigrated(store, migrated.value, options.hasher, document.value);
    result.migrated.push({
      id: row.id,
      entries: sealed.entries,
      head: sealed.head,
      rectifications: migrated.value.rectifications.length,
      observations: observations.length,
    });
  }
  return result;
}
