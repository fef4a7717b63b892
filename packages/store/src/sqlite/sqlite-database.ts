import type Database from 'better-sqlite3';
import { ConflictError } from '../errors.js';
import type { SqlDatabase, SqlRunner } from '../sql.js';

/** SQLite errors that mean another writer got there first: a taken key, or a database another process holds. */
function isConflict(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_BUSY'
  );
}

/**
 * better-sqlite3 as the store's database. Its calls are synchronous, so transactions are queued one after another in
 * this process; WAL lets readers of other processes go on while one writes, and `BEGIN IMMEDIATE` takes the write lock
 * at the start, so a write never fails half-way on a lock.
 */
export function sqliteDatabase(db: Database.Database): SqlDatabase {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const runner: SqlRunner = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
    exec: async (sql) => {
      db.exec(sql);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(begin: string, work: (q: SqlRunner) => Promise<T>, write: boolean): Promise<T> => {
    const run = async () => {
      db.exec(begin);
      try {
        const result = await work(runner);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        if (write && isConflict(error)) throw error instanceof ConflictError ? error : new ConflictError('?');
        throw error;
      }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    dialect: 'sqlite',
    hasTable: async (q, name) =>
      (await q.all("SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = ?", [name])).length >
      0,
    read: (work) => transaction('BEGIN', work, false),
    write: (work) => transaction('BEGIN IMMEDIATE', work, true),
    close: async () => {
      await queue;
      db.close();
    },
  };
}
