import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@chuangwen/store/sqlite';
import { afterAll, expect, it } from 'vitest';
import { serviceSuite } from './service-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

serviceSuite('SQLite', async () => ({ path: join(dir, 'service.db') }));

// The shared suite holds the service's assertions; this one holds the adapter's: what the service acknowledged is in
// the SQLite file, where another process (or a restart) reads it.
it('left the campaign and its record in the SQLite file it was given', async () => {
  const store = await openSqliteStore(join(dir, 'service.db'));
  try {
    expect(store.dialect).toBe('sqlite');
    expect(await store.campaigns()).toContain('yunxi-2026');
    expect((await store.read('yunxi-2026', { stream: 'campaign' })).entries.length).toBeGreaterThan(1);
  } finally {
    await store.close();
  }
});
