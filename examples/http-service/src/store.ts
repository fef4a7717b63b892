// The service's database, chosen by configuration: PostgreSQL for several instances, SQLite (the default) for one.
// Nothing is migrated on open: an operator runs migrations (`npm run service -- migrate …`, see main.ts).
import type { RecordStore } from '@chuangwen/store';
import { openPostgresStore } from '@chuangwen/store/postgres';
import { openSqliteStore } from '@chuangwen/store/sqlite';

/** Where the record lives: a `postgres://` URL, or a SQLite file. */
export type DatabaseLocation = { url: string } | { path: string };

/** Opens the store; `check: false` skips the integrity check on open (a second connection of a running service). */
export async function openStore(
  location: DatabaseLocation,
  options: { check?: boolean } = {},
): Promise<RecordStore> {
  return 'url' in location
    ? openPostgresStore(location.url, options)
    : openSqliteStore(location.path, options);
}
