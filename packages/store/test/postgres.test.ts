import { startPostgres, type TestPostgres } from '@chuangwen/fixtures/postgres';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../src/postgres/index.js';
import { storeContract } from './contract.js';

let server: TestPostgres;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

storeContract('PostgreSQL', async (name) => {
  const url = await server.createDatabase(name);
  const store = await openPostgresStore(url);
  const raw = new pg.Client(url);
  await raw.connect();
  return {
    store,
    reopen: () => openPostgresStore(url),
    raw: async (sql, params = []) => {
      let n = 0;
      return (
        await raw.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    },
    close: async () => {
      await raw.end();
      await store.close();
    },
  };
});
