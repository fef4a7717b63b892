import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../src/sqlite/index.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', async (name) => {
  const file = join(dir, `${name}.db`);
  const store = await openSqliteStore(file);
  const raw = new Database(file);
  return {
    store,
    reopen: () => openSqliteStore(file),
    raw: async (sql, params = []) => {
      const statement = raw.prepare(sql);
      if (statement.reader) return statement.all(...params);
      statement.run(...params);
      return [];
    },
    close: async () => {
      raw.close();
      await store.close();
    },
  };
});
