import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../src/index.js';
import { openSqliteStore } from '../src/sqlite/index.js';
import { hasher, OFFICE, send } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a database the 0.0.0 example service wrote', () => {
  it('opens with the old tables set aside, imports every campaign with its log sealed, and goes on from there', async () => {
    const file = join(dir, 'service.db');
    copyFileSync(new URL('../../fixtures/legacy/0.0.0/service.db', import.meta.url), file);
    const old = new Database(file, { readonly: true });
    const log = old.prepare('SELECT entry FROM audit ORDER BY seq').all() as { entry: string }[];
    old.close();
    const store = await openSqliteStore(file);
    expect(await store.campaignIds()).toEqual([]);
    const first = await store.migrateLegacy({ hasher, actor: OFFICE, at: '2026-11-26T09:00:00+08:00' });
    expect(first.refused).toEqual([]);
    expect(first.migrated).toEqual([
      {
        id: 'yunxi-2026',
        entries: log.length,
        head: JSON.parse(log.at(-1)!.entry).hash,
        rectifications: 1,
        observations: 2,
      },
    ]);
    expect(await store.migrateLegacy({ hasher, actor: OFFICE, at: '2026-11-27T09:00:00+08:00' })).toEqual({
      migrated: [],
      refused: [],
    });
    const [opening] = await store.read('yunxi-2026', 'campaign', { limit: 1 });
    expect(JSON.parse(opening!.body).event).toMatchObject({
      type: 'campaign.imported',
      legacy: { entries: log.length },
    });
    expect((await store.evidence('yunxi-2026')).map((e) => [e.kind, e.status])).toEqual([
      ['observation', 'effective'],
      ['observation', 'effective'],
    ]);
    expect(await verifyStore(store, 'yunxi-2026', { hasher })).toMatchObject({ ok: true });
    const result = await send(store, 'yunxi-2026', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
    expect(result.rejection).toBeUndefined();
    expect(await verifyStore(store, 'yunxi-2026', { hasher })).toMatchObject({ ok: true });
    await store.close();
    const reopened = await openSqliteStore(file);
    expect(await reopened.campaignIds()).toEqual(['yunxi-2026']);
    await reopened.close();
  });

  it('refuses to import a campaign whose old log was changed, and says why', async () => {
    const file = join(dir, 'tampered.db');
    copyFileSync(new URL('../../fixtures/legacy/0.0.0/service.db', import.meta.url), file);
    const db = new Database(file);
    const row = db.prepare('SELECT entry FROM audit WHERE seq = 1').get() as { entry: string };
    const entry = JSON.parse(row.entry);
    entry.actor.id = 'p-somebody';
    db.prepare('UPDATE audit SET entry = ? WHERE seq = 1').run(JSON.stringify(entry));
    db.close();
    const store = await openSqliteStore(file);
    const result = await store.migrateLegacy({ hasher, actor: OFFICE, at: '2026-11-26T09:00:00+08:00' });
    expect(result.migrated).toEqual([]);
    expect(result.refused).toEqual([{ id: 'yunxi-2026', reason: expect.stringContaining('entry 1') }]);
    await store.close();
  });
});
