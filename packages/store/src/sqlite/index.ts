/**
 * The SQLite adapter of `@chuangwen/store`: one file, WAL, on better-sqlite3 (an optional peer dependency, installed by
 * the host). The embedded default: nothing to run beside the service.
 *
 * @packageDocumentation
 */
import Database from 'better-sqlite3';
import { checkIntegrity, migrate } from '../schema.js';
import type { SqlDatabase } from '../sql.js';
import { SqlRecordStore } from '../sql-store.js';
import {
  type LegacyMigration,
  type LegacyMigrationOptions,
  migrateLegacyTables,
  setLegacyTablesAside,
} from './legacy.js';
import { sqliteDatabase } from './sqlite-database.js';

export type { LegacyMigration, LegacyMigrationOptions } from './legacy.js';

/** Options for opening a SQLite store. */
export interface SqliteStoreOptions {
  /** Check that every head agrees with its entries on open (default true). */
  check?: boolean;
  /** How long to wait for another process's write lock, in milliseconds (default 5000). */
  busyTimeoutMs?: number;
}

/** A record store in one SQLite file, with the migration of the tables the 0.0.0 example service wrote. */
export class SqliteRecordStore extends SqlRecordStore {
  constructor(
    private readonly file: Database.Database,
    database: SqlDatabase = sqliteDatabase(file),
  ) {
    super(database);
  }

  /**
   * Migrates what the 0.0.0 example service left in this file (its campaigns, single audit logs and observations,
   * set aside on open): each campaign restored and migrated, its old log verified and sealed, its rectifications and
   * observations given streams of their own under the host's key. Idempotent; returns what it migrated.
   */
  migrateLegacy(options: LegacyMigrationOptions): Promise<LegacyMigration> {
    return migrateLegacyTables(this.file, this, options);
  }
}

/**
 * Opens (creating if needed) a record store in a SQLite file, or on a better-sqlite3 database the host already opened:
 * brings the schema to this code's version, refuses a newer one (`NewerSchemaError`), and checks integrity
 * (`IntegrityError`).
 */
export async function openSqliteStore(
  file: string | Database.Database,
  options: SqliteStoreOptions = {},
): Promise<SqliteRecordStore> {
  const db = typeof file === 'string' ? new Database(file) : file;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  const database = sqliteDatabase(db);
  const store = new SqliteRecordStore(db, database);
  try {
    await migrate(database, (q, from) => (from === 0 ? setLegacyTablesAside(q) : Promise.resolve()));
    if (options.check ?? true) await checkIntegrity(database);
  } catch (error) {
    if (typeof file === 'string') db.close();
    throw error;
  }
  return store;
}
