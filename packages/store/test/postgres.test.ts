import { startPostgres, type TestPostgres } from '@chuangwen/fixtures/postgres';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STORE_SCHEMA_VERSION } from '../src/index.js';
import { openPostgresStore } from '../src/postgres/index.js';
import { storeContract } from './contract.js';
import { postgresFixture, postgresOptions } from './postgres-options.js';

let server: TestPostgres;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

storeContract(
  'PostgreSQL',
  postgresFixture(() => server),
);

postgresOptions('PostgreSQL 18 (embedded)', () => server);

// The contract suite holds what both adapters must do; this holds what only the PostgreSQL adapter promises: a real
// server, and plain SQL that needs no extension, so PostgreSQL-compatible databases run it.
it('runs on a real PostgreSQL server and installs no extension', async () => {
  const url = await server.createDatabase('plain');
  const store = await openPostgresStore(url);
  const raw = new pg.Client(url);
  await raw.connect();
  try {
    expect(store.dialect).toBe('postgres');
    const [{ value }] = (await raw.query("SELECT value FROM chuangwen_meta WHERE key = 'schema_version'"))
      .rows;
    expect(value).toBe(String(STORE_SCHEMA_VERSION));
    const [{ version }] = (await raw.query('SELECT version() AS version')).rows;
    expect(version).toMatch(/^PostgreSQL \d+/);
    const extensions = (await raw.query('SELECT extname FROM pg_extension ORDER BY extname')).rows;
    expect(extensions.map((e) => e.extname)).toEqual(['plpgsql']);
  } finally {
    await raw.end();
    await store.close();
  }
});
