/**
 * The SQLite adapter of `@chuangwen/store`: one file, WAL, on better-sqlite3 (an optional peer dependency, installed by
 * the host). The embedded default: nothing to run beside the service.
 *
 * @packageDocumentation
 */
import Database from 'better-sqlite3';
import { IntegrityError } from '../errors.js';
import { migrate } from '../schema.js';
import type { SqlDatabase } from '../sql.js';
import { SqlRecordStore } from '../sql-store.js';
import {
  type LegacyMigration,
  type LegacyMigrationOptions,
  legacyWaiting,
  migrateLegacyTables,
  setLegacyTablesAside,
} from './legacy.js';
import { sqliteDatabase } from './sqlite-database.js';

export type { LegacyMigration, LegacyMigrationOptions } from './legacy.js';

/** Options for opening a SQLite store. */
export interface SqliteStoreOptions {
  /** Refuse to open when heads and entries disagree (`IntegrityError`); default true. `store.check()` lists them either way. */
  check?: boolean;
  /** How long to wait for another process's write lock, in milliseconds (default 5000). */
  busyTimeoutMs?: number;
}

/** A record store in one SQLite file, with the operator's migration of the tables the 0.0.0 example service wrote. */
export class SqliteRecordStore extends SqlRecordStore {
  constructor(
    private readonly file: Database.Database,
    database: SqlDatabase = sqliteDatabase(file),
  ) {
    super(database);
  }

  /**
   * Migrates what the 0.0.0 example service left in this file (set aside on the first open), when an operator runs it:
   * each old log checked against its length and last hash, each campaign given its configuration and a record whose
   * first entry names who ran the migration. Nothing migrates on open. Idempotent; returns what it migrated and refused.
   */
  migrateLegacy(options: LegacyMigrationOptions): Promise<LegacyMigration> {
    return migrateLegacyTables(this.file, this, options);
  }

  /** The campaigns the 0.0.0 tables hold that are not migrated yet (empty when there is nothing to migrate). */
  legacyWaiting(): Promise<string[]> {
    return legacyWaiting(this.file, this);
  }
}

/**
 * Opens (creating if needed) a record store in a SQLite file, or on a better-sqlite3 database the host already opened:
 * brings the schema to this code's version, refuses a newer one (`NewerSchemaError`) or a missing or malformed version
 * record (`StoreError` with code `schema`), and checks integrity (`IntegrityError`). Never a raw driver error.
 */
export async function openSqliteStore(
  file: string | Database.Database,
  options: SqliteStoreOptions = {},
): Promise<SqliteRecordStore> {
  const db = typeof file === 'string' ? new Database(file) : file;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    const database = sqliteDatabase(db);
    const store = new SqliteRecordStore(db, database);
    await database.write((q) => setLegacyTablesAside(q));
    await migrate(database);
    if (options.check ?? true) {
      const problems = await store.check();
      if (problems.length > 0) throw new IntegrityError(problems);
    }
    return store;
  } catch (error) {
    if (typeof file === 'string') db.close();
    throw error;
  }
}
