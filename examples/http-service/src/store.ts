// The service's database, chosen by configuration: PostgreSQL for several instances, SQLite (the default) for one.
import type { Actor, ChainHasher } from '@chuangwen/machine';
import type { RecordStore } from '@chuangwen/store';
import { openPostgresStore } from '@chuangwen/store/postgres';
import { openSqliteStore } from '@chuangwen/store/sqlite';

/** Where the record lives: a `postgres://` URL, or a SQLite file. */
export type DatabaseLocation = { url: string } | { path: string };

/** The service's actor for work nobody sent: migrating what an older version of the service left behind. */
const SERVICE: Actor = { id: 'chuangwen-service', role: 'office' };

/**
 * Opens the store. A SQLite file written by the 0.0.0 service is migrated on the way: its campaigns restored and
 * migrated, their old logs verified and sealed, their observations brought into the audit, under the service's key.
 */
export async function openStore(
  location: DatabaseLocation,
  hasher: ChainHasher,
  now: () => string,
): Promise<RecordStore> {
  if ('url' in location) return openPostgresStore(location.url);
  const store = await openSqliteStore(location.path);
  const migrated = await store.migrateLegacy({ hasher, actor: SERVICE, at: now() });
  for (const refused of migrated.refused)
    process.emitWarning(`campaign ${refused.id} from the 0.0.0 database was not migrated: ${refused.reason}`);
  return store;
}
