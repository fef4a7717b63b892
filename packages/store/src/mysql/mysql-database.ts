import type { Pool, PoolConnection } from 'mysql2/promise';
import { ConflictError } from '../errors.js';
import type { SqlDatabase, SqlRunner } from '../sql.js';

/**
 * Errors that mean another writer got there first: a taken key (1062), a deadlock (1213), a lock wait that ran out
 * (1205); TiDB's write conflicts in optimistic transactions (9007, 8002, 8022) and a schema changed under a
 * transaction (8028), which it says to retry.
 */
const CONFLICTS = new Set([1062, 1213, 1205, 9007, 8002, 8022, 8028]);
const isConflict = (error: unknown) => CONFLICTS.has(Number((error as { errno?: unknown })?.errno));

/** The store's statements quote identifiers in double quotes (`"key"`); MySQL quotes them in backticks. */
const backticked = (sql: string) => sql.replace(/"/g, '`');

/**
 * A mysql2 pool as the store's database: each transaction on a connection of its own. Reads are one consistent
 * snapshot (REPEATABLE READ, `WITH CONSISTENT SNAPSHOT`); writes run at REPEATABLE READ too, where InnoDB,
 * TiDB and OceanBase read the latest committed row for an UPDATE, so the conditional updates of the record's position
 * and each stream's head serialise concurrent writers and the later one finds them moved (a row count of 0).
 */
export function mysqlDatabase(pool: Pool, ownsPool: boolean): SqlDatabase {
  const transaction = async <T>(
    begin: readonly string[],
    work: (q: SqlRunner) => Promise<T>,
    write: boolean,
  ): Promise<T> => {
    const connection: PoolConnection = await pool.getConnection();
    const runner: SqlRunner = {
      all: async <R>(sql: string, params: readonly unknown[] = []) =>
        (await connection.query(backticked(sql), [...params]))[0] as R[],
      run: async (sql, params = []) =>
        ((await connection.query(backticked(sql), [...params]))[0] as { affectedRows?: number })
          .affectedRows ?? 0,
      exec: async (sql) => {
        for (const statement of sql
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean))
          await connection.query(backticked(statement));
      },
    };
    try {
      for (const statement of begin) await connection.query(statement);
      const result = await work(runner);
      await connection.query('COMMIT');
      return result;
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      if (write && isConflict(error)) throw error instanceof ConflictError ? error : new ConflictError('?');
      throw error;
    } finally {
      connection.release();
    }
  };
  return {
    dialect: 'mysql',
    hasTable: async (q, name) =>
      (
        await q.all(
          'SELECT 1 AS one FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
          [name],
        )
      ).length > 0,
    read: (work) =>
      transaction(
        [
          'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
          // One characteristic only: TiDB's grammar takes READ ONLY or WITH CONSISTENT SNAPSHOT, not both.
          'START TRANSACTION WITH CONSISTENT SNAPSHOT',
        ],
        work,
        false,
      ),
    write: (work) =>
      transaction(['SET TRANSACTION ISOLATION LEVEL REPEATABLE READ', 'START TRANSACTION'], work, true),
    close: async () => {
      if (ownsPool) await pool.end();
    },
  };
}
