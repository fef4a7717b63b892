import { startMariadb, type TestMariadb } from '@chuangwen/fixtures/mariadb';
import { openMysqlStore } from '@chuangwen/store/mysql';
import { afterAll, expect, it } from 'vitest';
import { serviceSuite } from './service-suite.js';

let server: TestMariadb | undefined;
let url = '';
afterAll(() => server?.stop());

serviceSuite('MariaDB', async () => {
  server = await startMariadb();
  url = await server.createDatabase('service');
  return { url };
});

// The shared suite holds the service's assertions (photos kept in the database among them); this one holds the
// adapter's: what the service acknowledged is in the MariaDB database, where every other instance reads it.
it('left the campaign and its record in the MariaDB database it was given', async () => {
  const store = await openMysqlStore(url);
  try {
    expect(store.dialect).toBe('mysql');
    expect(await store.campaigns()).toContain('yunxi-2026');
    expect((await store.read('yunxi-2026', { stream: 'campaign' })).entries.length).toBeGreaterThan(1);
  } finally {
    await store.close();
  }
});
