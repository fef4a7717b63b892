/**
 * The PostgreSQL adapter of `@chuangwen/store`, on pg 8 (an optional peer dependency, installed by the host): several
 * service instances on one database. Plain SQL only: tables of text and integers with composite primary keys,
 * transactions at READ COMMITTED and REPEATABLE READ, conditional UPDATE with a row count. No extensions, no JSON types,
 * no `ON CONFLICT`, so PostgreSQL-compatible databases run it too.
 *
 * @packageDocumentation
 */
import { inOneLine } from '@chuangwen/model/internal';
import pg from 'pg';
import { say } from '../database-messages.js';
import { IntegrityError, StoreError } from '../errors.js';
import { migrate } from '../schema.js';
import { SqlRecordStore } from '../sql-store.js';
import { type ServerAddress, unspokenAuthentication, unspokenBeforeConnecting } from './authentication.js';
import { postgresDatabase } from './postgres-database.js';

/** Options for opening a PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Check that every head agrees with its entries on open (default true). */
  check?: boolean;
  /**
   * The schema the store's tables live in, instead of the connection's default (`public`): it must exist and the
   * user may create tables in it. Set as each connection's `search_path` when the pool opens it.
   */
  schema?: string;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;

/** Where the pool connects, read from its settings: to ask the server how it wants us to authenticate. */
function addressOf(pool: pg.Pool): ServerAddress | undefined {
  const o = (pool as unknown as { options: pg.PoolConfig }).options;
  try {
    const url = o.connectionString ? new URL(o.connectionString) : undefined;
    const host = url?.hostname || o.host || 'localhost';
    if (host.startsWith('/')) return undefined;
    return {
      host,
      port: Number(url?.port || o.port || 5432),
      user: decodeURIComponent(url?.username ?? '') || o.user || process.env.PGUSER || 'postgres',
      database: decodeURIComponent(url?.pathname.slice(1) ?? '') || o.database || 'postgres',
    };
  } catch {
    return undefined;
  }
}

/** A connection the server refused, said in both languages with what to check; undefined for anything else. */
async function refused(error: unknown, pool: pg.Pool): Promise<StoreError | undefined> {
  const code = (error as { code?: unknown })?.code;
  const said = error instanceof Error ? error.message : String(error);
  if (code === '28P01' || code === '28000')
    return new StoreError('connection', say('postgresUserRefused', { said }));
  if (code === '3D000') return new StoreError('connection', say('postgresDatabaseMissing', { said }));
  if (code === '3F000') return new StoreError('connection', say('postgresSchemaRefused', { said }));
  return unspokenAuthentication(error, addressOf(pool));
}

/**
 * Opens a record store on PostgreSQL from a connection string, pool settings, or a pool the host already has (which
 * the store then leaves open on `close`): brings the schema to this code's version (several instances starting at
 * once agree: one migrates, the others retry and find it done), refuses a newer one (`NewerSchemaError`), and checks
 * integrity (`IntegrityError`). A database other than `postgres` is named in the connection string; `schema` puts the
 * tables in a schema other than `public`. A server that refuses the connection, or asks for an authentication method
 * node-postgres does not speak (openGauss's sha256 or sm3), is a `StoreError` with code `connection` that says which
 * and how to fix it.
 */
export async function openPostgresStore(
  connection: string | pg.PoolConfig | pg.Pool,
  options: PostgresStoreOptions = {},
): Promise<SqlRecordStore> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
    throw new RangeError(inOneLine(say('postgresSchemaName', { schema: options.schema })));
  const owns = !(connection instanceof pg.Pool);
  const pool =
    connection instanceof pg.Pool
      ? connection
      : new pg.Pool(typeof connection === 'string' ? { connectionString: connection } : connection);
  // An idle client whose server restarted emits an error: without a listener it would end the host's process. The
  // pool drops that client and the next transaction gets a fresh one.
  if (owns) pool.on('error', () => {});
  // Queued on the new client before anything else it runs, so every statement finds the store's tables there.
  if (options.schema !== undefined) {
    const path = `SET search_path TO "${options.schema}"`;
    pool.on('connect', (client) => {
      client.query(path).catch(() => undefined);
    });
  }
  const database = postgresDatabase(pool, owns);
  try {
    const unspoken = await unspokenBeforeConnecting(addressOf(pool));
    if (unspoken) throw unspoken;
    if (options.schema !== undefined) await requireSchema(database, options.schema);
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
    throw error instanceof StoreError ? error : ((await refused(error, pool)) ?? error);
  }
}

/** The schema must exist before the store creates its tables there: a missing one would put them nowhere. */
async function requireSchema(database: ReturnType<typeof postgresDatabase>, schema: string): Promise<void> {
  const found = await database.read((q) =>
    q.all('SELECT 1 AS one FROM information_schema.schemata WHERE schema_name = ?', [schema]),
  );
  if (found.length === 0) throw new StoreError('connection', say('postgresSchemaMissing', { schema }));
}
