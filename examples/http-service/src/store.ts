// The service's database, chosen by configuration: PostgreSQL or a MySQL-protocol database (MySQL, MariaDB, TiDB,
// OceanBase) for several instances, SQLite (the default) for one. Each adapter, and its driver, is loaded only when
// chosen, so a worker thread starts without the drivers it does not use. Nothing is migrated on open: an operator runs
// migrations (`npm run service -- migrate …`, see main.ts).
import type { RecordStore } from '@chuangwen/store';

/** Where the record lives: a `postgres://` or `mysql://` URL, or a SQLite file. */
export type DatabaseLocation = { url: string } | { path: string };

/** Opens the store; `check: false` skips the integrity check on open (a second connection of a running service). */
export async function openStore(
  location: DatabaseLocation,
  options: { check?: boolean } = {},
): Promise<RecordStore> {
  if (!('url' in location))
    return (await import('@chuangwen/store/sqlite')).openSqliteStore(location.path, options);
  return /^mysql:/i.test(location.url)
    ? (await import('@chuangwen/store/mysql')).openMysqlStore(location.url, options)
    : (await import('@chuangwen/store/postgres')).openPostgresStore(location.url, options);
}
