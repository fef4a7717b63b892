import { startMariadb, type TestMariadb } from '@chuangwen/fixtures/mariadb';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STORE_SCHEMA_VERSION, StoreError } from '../src/index.js';
import { openMysqlStore } from '../src/mysql/index.js';
import { newCampaign, OFFICE, send, storeContract } from './contract.js';
import { sqlTamper } from './sql-fixture.js';

let server: TestMariadb;
beforeAll(async () => {
  server = await startMariadb();
}, 180_000);
afterAll(() => server?.stop());

storeContract('MariaDB', async (name) => {
  const url = await server.createDatabase(name);
  const store = await openMysqlStore(url);
  const raw = await mysql.createConnection({ uri: url, charset: 'utf8mb4' });
  return {
    store,
    reopen: () => openMysqlStore(url),
    ...sqlTamper(async (sql, params = []) => {
      const [rows] = await raw.query(sql, params);
      return Array.isArray(rows) ? rows : [];
    }, 'mysql'),
    close: async () => {
      await raw.end();
      await store.close();
    },
  };
});

// What only the MySQL-protocol adapter promises: a real MariaDB server, tables in utf8mb4 with a binary collation (ids
// compare exactly), instances that start at once agreeing on the schema, and a refused login said plainly.
it('runs on a real MariaDB server with exact, utf8mb4 keys, and several instances creating the schema at once', async () => {
  expect(server.version).toMatch(/MariaDB/);
  const url = await server.createDatabase('plain');
  const stores = await Promise.all([openMysqlStore(url), openMysqlStore(url), openMysqlStore(url)]);
  const raw = await mysql.createConnection({ uri: url });
  try {
    expect(stores[0]!.dialect).toBe('mysql');
    const [meta] = (await raw.query(
      "SELECT value FROM chuangwen_meta WHERE `key` = 'schema_version'",
    )) as unknown as [{ value: string }[]];
    expect(meta).toEqual([{ value: String(STORE_SCHEMA_VERSION) }]);
    const [tables] = (await raw.query(
      'SELECT table_name AS t, table_collation AS c FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
    )) as unknown as [{ t: string; c: string }[]];
    expect(tables.map((t) => t.c)).toEqual(tables.map(() => 'utf8mb4_bin'));
    // Two campaigns whose ids differ only in case, and Chinese text, kept apart and whole.
    await newCampaign(stores[0]!, 'case-a');
    await newCampaign(stores[1]!, 'CASE-A');
    await send(stores[2]!, 'case-a', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
    expect(await stores[0]!.campaigns()).toEqual(['CASE-A', 'case-a']);
    const p = await stores[1]!.project('case-a', { document: true });
    expect(p!.document).toEqual({ id: 'case-a', title: '示例' });
  } finally {
    await raw.end();
    for (const s of stores) await s.close();
  }
});

it('says plainly when the database refuses the login or does not exist', async () => {
  const url = new URL(await server.createDatabase('refusing'));
  url.password = 'not-the-password';
  const refused = await openMysqlStore(url.toString()).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(StoreError);
  expect(refused).toMatchObject({
    code: 'connection',
    detail: { 'zh-CN': expect.stringContaining('用户名或密码') },
  });
  const missing = await openMysqlStore(server.url('nowhere')).catch((e: unknown) => e);
  expect(missing).toMatchObject({
    code: 'connection',
    detail: { en: expect.stringContaining('CREATE DATABASE') },
  });
});
