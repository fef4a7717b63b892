import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtFramework, minorsFramework } from '@chuangwen/checklists/district';
import { configurationOf, sha256Hex } from '@chuangwen/machine';
import { canonicalJson } from '@chuangwen/machine/internal';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../src/index.js';
import { openSqliteStore } from '../src/sqlite/index.js';
import { hasher, OFFICE, send } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => {
  const file = join(dir, name);
  copyFileSync(new URL('../../fixtures/legacy/0.0.0/service.db', import.meta.url), file);
  return file;
};
const options = (at: string) => ({
  hasher,
  actor: OFFICE,
  at,
  configuration: (document: Parameters<typeof configurationOf>[0]) =>
    configurationOf(document, { editions: [districtFramework, minorsFramework] }),
});

describe('a database the 0.0.0 example service wrote', () => {
  it('sets the old tables aside on open, signs nothing until an operator migrates, then goes on', async () => {
    const file = fixture('service.db');
    const old = new Database(file, { readonly: true });
    const log = old.prepare('SELECT entry FROM audit ORDER BY seq').all() as { entry: string }[];
    old.close();
    const store = await openSqliteStore(file);
    expect(await store.campaigns()).toEqual([]);
    // Opened again: still nothing migrated, nothing signed.
    await store.close();
    const reopened = await openSqliteStore(file);
    expect(await reopened.campaigns()).toEqual([]);
    expect(await reopened.legacyWaiting()).toEqual(['yunxi-2026']);
    const first = await reopened.migrateLegacy(options('2026-11-26T09:00:00+08:00'));
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
    expect(await reopened.migrateLegacy(options('2026-11-27T09:00:00+08:00'))).toEqual({
      migrated: [],
      refused: [],
    });
    expect(await reopened.legacyWaiting()).toEqual([]);
    const [opening] = (await reopened.read('yunxi-2026', { stream: 'campaign' }, { limit: 1 })).entries;
    expect(JSON.parse(opening!.body)).toMatchObject({
      actor: OFFICE,
      event: { type: 'record.imported', from: '0.0.0', seal: { legacy: { entries: log.length } } },
    });
    const p = await reopened.project('yunxi-2026', { evidence: 'all' });
    expect(p!.evidence!.map((e) => [e.kind, e.status])).toEqual([
      ['observation', 'effective'],
      ['observation', 'effective'],
    ]);
    expect(await verifyStore(reopened, 'yunxi-2026', { hasher })).toMatchObject({ ok: true });
    const result = await send(reopened, 'yunxi-2026', {
      type: 'plan.issued',
      actor: OFFICE,
      plan: 'work',
      at: '2026-11-26T10:00:00+08:00',
    });
    expect(result.rejection).toBeUndefined();
    expect(await verifyStore(reopened, 'yunxi-2026', { hasher })).toMatchObject({ ok: true });
    await reopened.close();
  });

  it('refuses a log that was edited, cut short or planted, with the reason, and migrates nothing of it', async () => {
    const edited = fixture('edited.db');
    const db = new Database(edited);
    const row = db.prepare('SELECT entry FROM audit WHERE seq = 1').get() as { entry: string };
    const entry = JSON.parse(row.entry);
    entry.actor.id = 'p-somebody';
    db.prepare('UPDATE audit SET entry = ? WHERE seq = 1').run(JSON.stringify(entry));
    db.close();
    const a = await openSqliteStore(edited);
    expect((await a.migrateLegacy(options('2026-11-26T09:00:00+08:00'))).refused).toEqual([
      { id: 'yunxi-2026', reason: expect.objectContaining({ en: expect.stringContaining('entry 1') }) },
    ]);
    expect(await a.campaigns()).toEqual([]);
    await a.close();

    // The last entries cut away: the log is intact link by link, but does not end where the old tables say it does.
    const cut = fixture('cut.db');
    const c = new Database(cut);
    c.prepare('DELETE FROM audit WHERE seq >= 4').run();
    c.close();
    const b = await openSqliteStore(cut);
    expect((await b.migrateLegacy(options('2026-11-26T09:00:00+08:00'))).refused[0]?.reason.en).toContain(
      'cut, extended or forged',
    );
    await b.close();

    // A whole campaign planted with SQL access only: its log is consistent, but its end is not the one kept elsewhere.
    const planted = fixture('planted.db');
    const p = new Database(planted);
    const snapshot = (p.prepare('SELECT snapshot FROM campaigns').get() as { snapshot: string }).snapshot;
    const document = (p.prepare('SELECT document FROM campaigns').get() as { document: string }).document;
    const forged = {
      seq: 0,
      at: '2026-01-01T00:00:00Z',
      actor: { id: 'p-x', role: 'leadingGroup' },
      event: { type: 'result.recorded' },
      outcome: 'applied',
      prevHash: '0'.repeat(64),
    };
    const hash = sha256Hex(
      forged.prevHash +
        canonicalJson({ ...forged, prevHash: undefined, reason: undefined, blockers: undefined }),
    );
    p.prepare(
      'INSERT INTO campaigns (id, document, snapshot, audit_head, audit_length) VALUES (?, ?, ?, ?, 1)',
    ).run(
      'forged-2026',
      document.replace('yunxi-2026', 'forged-2026'),
      snapshot.replace('yunxi-2026', 'forged-2026'),
      hash,
    );
    p.prepare('INSERT INTO audit (campaign_id, seq, entry) VALUES (?, 0, ?)').run(
      'forged-2026',
      JSON.stringify({ ...forged, hash }),
    );
    p.close();
    const d = await openSqliteStore(planted);
    expect(await d.legacyWaiting()).toEqual(['forged-2026', 'yunxi-2026']);
    const outcome = await d.migrateLegacy({
      ...options('2026-11-26T09:00:00+08:00'),
      expect: { 'forged-2026': { entries: 9, head: 'a'.repeat(64) } },
      only: ['forged-2026'],
    });
    expect(outcome.migrated).toEqual([]);
    expect(outcome.refused[0]).toMatchObject({
      id: 'forged-2026',
      reason: { en: expect.stringContaining('cut, extended or forged') },
    });
    expect(await d.campaigns()).toEqual([]);
    await d.close();
  });

  it('refuses a campaign whose stored observations or snapshot no longer read, rather than dropping them', async () => {
    const file = fixture('unreadable.db');
    const db = new Database(file);
    db.prepare(
      "UPDATE observations SET observation = '{not json' WHERE rowid = (SELECT min(rowid) FROM observations)",
    ).run();
    db.close();
    const store = await openSqliteStore(file);
    const outcome = await store.migrateLegacy(options('2026-11-26T09:00:00+08:00'));
    expect(outcome.migrated).toEqual([]);
    expect(outcome.refused[0]?.reason).toEqual({
      'zh-CN': '有 1 条旧观测记录无法读取',
      en: '1 stored observation(s) do not read',
    });
    await store.close();

    const broken = fixture('snapshot.db');
    const b = new Database(broken);
    b.prepare("UPDATE campaigns SET snapshot = 'garbage'").run();
    b.close();
    const s2 = await openSqliteStore(broken);
    expect((await s2.migrateLegacy(options('2026-11-26T09:00:00+08:00'))).refused[0]?.reason.en).toBe(
      'the stored snapshot does not restore',
    );
    await s2.close();
  });
});
