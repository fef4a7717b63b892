// The store on Debian's PostgreSQL 15: the oldest major version the PostgreSQL-compatible databases this store
// documents are based on, checked beside the embedded newest (postgres.test.ts).
import { startDebianPostgres } from '@chuangwen/fixtures/postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeContract } from './contract.js';
import { postgresFixture, postgresOptions } from './postgres-options.js';

let server: Awaited<ReturnType<typeof startDebianPostgres>>;
beforeAll(async () => {
  server = await startDebianPostgres(15);
}, 180_000);
afterAll(() => server?.stop());

storeContract(
  'PostgreSQL 15',
  postgresFixture(() => server),
);

postgresOptions('PostgreSQL 15', () => server);

it('runs on PostgreSQL 15 itself', () => {
  expect(server.version).toMatch(/^15\./);
});
