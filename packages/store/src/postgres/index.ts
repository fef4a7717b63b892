/**
 * The PostgreSQL adapter of `@chuangwen/store`, on pg 8 (an optional peer dependency, installed by the host): several
 * service instances on one database. Plain SQL only: tables of text and integers with composite primary keys,
 * transactions at READ COMMITTED and REPEATABLE READ, conditional UPDATE with a row count. No extensions, no JSON types,
 * no `ON CONFLICT`, so PostgreSQL-compatible databases run it too.
 *
 * @packageDocumentation
 */
import pg from 'pg';
import { IntegrityError } from '../errors.js';
import { migrate } from '../schema.js';
import { SqlRecordStore } from '../sql-store.js';
import { postgresDatabase } from './postgres-database.js';

/** Options for opening a PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Check that every head agrees with its entries on open (default true). */
  check?: boolean;
}

/**
 * Opens a record store on PostgreSQL from a connection string, pool settings, or a pool the host already has (which
 * the store then leaves open on `close`): brings the schema to this code's version (several instances starting at
 * once agree: one migrates, the others retry and find it done), refuses a newer one (`NewerSchemaError`), and checks
 * integrity (`IntegrityError`).
 */
export async function openPostgresStore(
  connection: string | pg.PoolConfig | pg.Pool,
  options: PostgresStoreOptions = {},
): Promise<SqlRecordStore> {
  const owns = !(connection instanceof pg.Pool);
  const pool =
    connection instanceof pg.Pool
      ? connection
      : new pg.Pool(typeof connection === 'string' ? { connectionString: connection } : connection);
  // An idle client whose server restarted emits an error: without a listener it would end the host's process. The
  // pool drops that client and the next transaction gets a fresh one.
  if (owns) pool.on('error', () => {});
  const database = postgresDatabase(pool, owns);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await migrate(database);
        break;
      } catch (error) {
        // Another instance creating the same tables at the same moment: try again, it will be done.
        const code = (error as { code?: unknown }).code;
        if (
          attempt >= 5 ||
          (code !== '42P07' && code !== '23505' && (error as Error).name !== 'ConflictError')
        )
          throw error;
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
