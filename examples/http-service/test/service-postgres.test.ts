import { startPostgres, type TestPostgres } from '@chuangwen/fixtures/postgres';
import { afterAll } from 'vitest';
import { serviceSuite } from './service-suite.js';

let server: TestPostgres | undefined;
afterAll(() => server?.stop());

serviceSuite('PostgreSQL', async () => {
  server = await startPostgres();
  return { url: await server.createDatabase('service') };
});
