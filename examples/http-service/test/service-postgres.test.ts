import { startPostgres, type TestPostgres } from '@chuangwen/fixtures/postgres';
import { openPostgresStore } from '@chuangwen/store/postgres';
import { afterAll, expect, it } from 'vitest';
import { serviceSuite } from './service-suite.js';

let server: TestPostgres | undefined;
let url = '';
afterAll(() => server?.stop());

serviceSuite('PostgreSQL', async () => {
  server = await startPostgres();
  url = await server.createDatabase('service');
  return { url };
});

// The shared suite holds the service's assertions; this one holds the adapter's: what the service acknowledged is in
// the PostgreSQL database, where every other instance reads it.
it('left the campaign and its record in the PostgreSQL database it was given', async () => {
  const store = await openPostgresStore(url);
  try {
    expect(store.dialect).toBe('postgres');
    expect(await store.campaigns()).toContain('yunxi-2026');
    expect((await store.read('yunxi-2026', { stream: 'campaign' })).entries.length).toBeGreaterThan(1);
  } finally {
    await store.close();
  }
});
