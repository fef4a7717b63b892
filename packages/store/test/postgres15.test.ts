// The store on Debian's PostgreSQL 15: the oldest major version the PostgreSQL-compatible databases this store
// documents are based on, checked beside the embedded newest (postgres.test.ts).
import { startDebianPostgres } from '@chuangwen/fixtures/postgres';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresStore } from '../src/postgres/index.js';
import { storeContract } from './contract.js';
import { postgresOptions } from './postgres-options.js';
import { sqlTamper } from './sql-fixture.js';

let server: Awaited<ReturnType<typeof startDebianPostgres>>;
beforeAll(async () => {
  server = await startDebianPostgres(15);
}, 180_000);
afterAll(() => server?.stop());

storeContract('PostgreSQL 15', async (name) => {
  const url = await server.createDatabase(name);
  const store = await openPostgresStore(url);
  const raw = new pg.Client(url);
  await raw.connect();
  return {
    store,
    reopen: () => openPostgresStore(url),
    ...sqlTamper(async (sql, params = []) => {
      let n = 0;
      return (
        await raw.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    }, 'postgres'),
    close: async () => {
      await raw.end();
      await store.close();
    },
  };
});

postgresOptions('PostgreSQL 15', () => server);

it('runs on PostgreSQL 15 itself', () => {
  expect(server.version).toMatch(/^15\./);
});
