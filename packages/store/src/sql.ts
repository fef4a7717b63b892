/**
 * One statement runner inside a transaction: `?` placeholders, rows back as plain objects. Identifiers that are
 * reserved words somewhere (`"key"`) are written in double quotes; an adapter whose database quotes otherwise converts.
 */
export interface SqlRunner {
  /** Runs a query; its rows. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs several statements separated by semicolons, without parameters (schema changes). */
  exec(sql: string): Promise<void>;
}

/**
 * What an adapter gives the store: transactions on one database. A write transaction turns the database's own
 * "another writer got there first" errors (a duplicate key, a serialisation failure) into `ConflictError`; both
 * roll back on any error.
 */
export interface SqlDatabase {
  readonly dialect: 'sqlite' | 'postgres' | 'mysql';
  /** Whether a table exists in the schema the store uses, asked of the database's own catalogue. */
  hasTable(q: SqlRunner, name: string): Promise<boolean>;
  /** A read that sees one consistent state of the database. */
  read<T>(work: (q: SqlRunner) => Promise<T>): Promise<T>;
  /** A write that commits entirely or not at all. */
  write<T>(work: (q: SqlRunner) => Promise<T>): Promise<T>;
  /** Closes the database. */
  close(): Promise<void>;
}
