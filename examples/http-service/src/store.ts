// The service's database, chosen by configuration: PostgreSQL or a MySQL-protocol database (MySQL, MariaDB, TiDB,
// OceanBase) for several instances, SQLite (the default) for one. Nothing is migrated on open: an operator runs
// migrations (`npm run service -- migrate …`, see main.ts).
import type { RecordStore } from '@chuangwen/store';
import { openMysqlStore } from '@chuangwen/store/mysql';
import { openPostgresStore } from '@chuangwen/store/postgres';
import { openSqliteStore } from '@chuangwen/store/sqlite';

/** Where the record lives: a `postgres://` or `mysql://` URL, or a SQLite file. */
export type DatabaseLocation = { url: string } | { path: string };

/** Opens the store; `check: false` skips the integrity check on open (a second connection of a running service). */
export async function openStore(
  location: DatabaseLocation,
  options: { check?: boolean } = {},
): Promise<RecordStore> {
  if (!('url' in location)) return openSqliteStore(location.path, options);
  return /^mysql:/i.test(location.url)
    ? openMysqlStore(location.url, options)
    : openPostgresStore(location.url, options);
}
