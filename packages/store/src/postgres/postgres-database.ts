import type pg from 'pg';
import { ConflictError } from '../errors.js';
import type { SqlDatabase, SqlRunner } from '../sql.js';

/** PostgreSQL errors that mean another writer got there first: a taken key, a serialisation failure, a deadlock. */
function isConflict(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === '40001' || code === '40P01';
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the store's statements hold no literal question marks). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * A pg pool as the store's database: each transaction on a client of its own. Reads run at REPEATABLE READ, so one
 * load sees one state of the database; writes at the default READ COMMITTED, their heads checked by conditional
 * updates, so concurrent writers of one stream serialise on the head's row and the later one finds it moved.
 */
export function postgresDatabase(pool: pg.Pool, ownsPool: boolean): SqlDatabase {
  const transaction = async <T>(
    begin: string,
    work: (q: SqlRunner) => Promise<T>,
    write: boolean,
  ): Promise<T> => {
    const client = await pool.connect();
    const runner: SqlRunner = {
      all: async <R>(sql: string, params: readonly unknown[] = []) =>
        (await client.query(numbered(sql), [...params])).rows as R[],
      run: async (sql, params = []) => (await client.query(numbered(sql), [...params])).rowCount ?? 0,
      exec: async (sql) => {
        for (const statement of sql
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean))
          await client.query(statement);
      },
    };
    try {
      await client.query(begin);
      const result = await work(runner);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (write && isConflict(error)) throw error instanceof ConflictError ? error : new ConflictError('?');
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    dialect: 'postgres',
    hasTable: async (q, name) =>
      (
        await q.all(
          'SELECT 1 AS one FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?',
          [name],
        )
      ).length > 0,
    read: (work) => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work, false),
    write: (work) => transaction('BEGIN', work, true),
    close: async () => {
      if (ownsPool) await pool.end();
    },
  };
}
