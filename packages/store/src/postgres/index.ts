/**
 * The PostgreSQL adapter of `@chuangwen/store`, on pg 8 (an optional peer dependency, installed by the host): several
 * service instances on one database. Plain SQL only: tables of text and integers with composite primary keys,
 * transactions at READ COMMITTED and REPEATABLE READ, conditional UPDATE with a row count. No extensions, no JSON types,
 * no `ON CONFLICT`, so PostgreSQL-compatible databases run it too.
 *
 * @packageDocumentation
 */
import pg from 'pg';
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
  const connection = (zh: string, en: string) => new StoreError('connection', { 'zh-CN': zh, en });
  if (code === '28P01' || code === '28000')
    return connection(
      `数据库拒绝了该用户（口令错误，或 pg_hba.conf 中没有允许本客户端的规则）：${said}`,
      `the database refused the user (a wrong password, or no pg_hba.conf rule lets this client in): ${said}`,
    );
  if (code === '3D000')
    return connection(
      `数据库不存在：请先建库，并在连接串中写明库名（KingbaseES 没有名为 postgres 的库）：${said}`,
      `the database does not exist: create it and name it in the connection string (KingbaseES has no database named postgres): ${said}`,
    );
  if (code === '3F000')
    return connection(
      `存储所用的模式不存在：请先 CREATE SCHEMA 并授予该用户建表权限：${said}`,
      `the schema the store uses does not exist: CREATE SCHEMA it and let the user create tables in it: ${said}`,
    );
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
    throw new RangeError(
      `schema "${options.schema.slice(0, 70)}": 1 to 63 letters, digits, _ or $, not starting with a digit / 模式名应为 1 至 63 个字母、数字、_ 或 $，不以数字开头`,
    );
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
  if (found.length === 0)
    throw new StoreError('connection', {
      'zh-CN': `模式 ${schema} 不存在，或该用户无权使用：请先 CREATE SCHEMA ${schema} AUTHORIZATION <用户>`,
      en: `schema ${schema} does not exist, or the user may not use it: CREATE SCHEMA ${schema} AUTHORIZATION <user> first`,
    });
}
