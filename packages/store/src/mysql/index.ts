/**
 * The MySQL-protocol adapter of `@chuangwen/store`, on mysql2 3 (an optional peer dependency, installed by the host):
 * MySQL 8, MariaDB 10.6+, and the distributed databases that speak the protocol (TiDB, OceanBase in MySQL mode),
 * several service instances on one database. Plain SQL only: VARCHAR keys and LONGTEXT JSON in utf8mb4 with a binary
 * collation, composite primary keys and one unique key, transactions at REPEATABLE READ, conditional UPDATE with a
 * row count. No stored procedures, no JSON type, no AUTO_INCREMENT, no foreign keys, no `ON DUPLICATE KEY`, no
 * `SELECT … FOR UPDATE`.
 *
 * @packageDocumentation
 */
import mysql from 'mysql2/promise';
import { say } from '../database-messages.js';
import { IntegrityError, StoreError } from '../errors.js';
import { migrate } from '../schema.js';
import { SqlRecordStore } from '../sql-store.js';
import { mysqlDatabase } from './mysql-database.js';

/** Options for opening a MySQL-protocol store. */
export interface MysqlStoreOptions {
  /** Check that every head agrees with its entries on open (default true). */
  check?: boolean;
}

/** Errors two instances creating the same tables at once may meet (DDL commits on its own): the other got there first. */
const RACING = new Set([1050, 1054, 1060, 1061, 1062, 1091, 1146, 1213, 1205]);

/** A connection refused for its credentials or its database, said in both languages with what to check. */
function connectionError(error: unknown): StoreError | undefined {
  const errno = Number((error as { errno?: unknown })?.errno);
  const said = (error as Error)?.message ?? String(error);
  if (errno === 1045) return new StoreError('connection', say('mysqlLoginRefused', { said }));
  if (errno === 1049) return new StoreError('connection', say('mysqlDatabaseMissing', { said }));
  return undefined;
}

/**
 * Opens a record store on a MySQL-protocol database from a connection string (`mysql://user:password@host:3306/db`),
 * pool options, or a pool the host already has (which the store then leaves open on `close`): brings the schema to
 * this code's version (several instances starting at once agree: one creates the tables, the others retry and find it
 * done), refuses a newer one (`NewerSchemaError`), and checks integrity (`IntegrityError`). The database must exist.
 */
export async function openMysqlStore(
  connection: string | mysql.PoolOptions | mysql.Pool,
  options: MysqlStoreOptions = {},
): Promise<SqlRecordStore> {
  const given = typeof connection === 'object' && 'getConnection' in connection;
  // mysql2's default FOUND_ROWS flag is kept: the store reads an UPDATE's row count as the rows it matched.
  const base: mysql.PoolOptions = {
    charset: 'utf8mb4',
    supportBigNumbers: true,
    dateStrings: true,
    flags: ['-LOCAL_FILES'],
  };
  const pool = given
    ? (connection as mysql.Pool)
    : mysql.createPool(
        typeof connection === 'string'
          ? { ...base, uri: connection }
          : { ...base, ...(connection as mysql.PoolOptions) },
      );
  const database = mysqlDatabase(pool, !given);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await migrate(database);
        break;
      } catch (error) {
        const errno = Number((error as { errno?: unknown }).errno);
        // Another instance creating the schema at the same moment: its tables may be there before its version row.
        const midway = error instanceof StoreError && error.code === 'schema';
        if (attempt >= 5 || !(RACING.has(errno) || midway || (error as Error).name === 'ConflictError'))
          throw connectionError(error) ?? error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
    const store = new SqlRecordStore(database);
    if (options.check ?? true) {
      const problems = await store.check();
      if (problems.length > 0) throw new IntegrityError(problems);
    }
    return store;
  } catch (error) {
    await database.close();
    throw error;
  }
}
