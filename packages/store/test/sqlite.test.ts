import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { STORE_SCHEMA_VERSION } from '../src/index.js';
import { openSqliteStore } from '../src/sqlite/index.js';
import { storeContract } from './contract.js';
import { sqlTamper } from './sql-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', async (name) => {
  const file = join(dir, `${name}.db`);
  const store = await openSqliteStore(file);
  const raw = new Database(file);
  return {
    store,
    reopen: () => openSqliteStore(file),
    ...sqlTamper(async (sql, params = []) => {
      const statement = raw.prepare(sql);
      if (statement.reader) return statement.all(...params);
      statement.run(...params);
      return [];
    }),
    close: async () => {
      raw.close();
      await store.close();
    },
  };
});

// The contract suite holds what both adapters must do; this holds what only SQLite promises: one file in WAL mode, so
// readers never wait for the writer, and a schema version recorded in the file.
it('keeps its file in WAL mode with the schema version recorded', async () => {
  const file = join(dir, 'wal.db');
  const store = await openSqliteStore(file);
  const raw = new Database(file, { readonly: true });
  try {
    expect(store.dialect).toBe('sqlite');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare("SELECT value FROM chuangwen_meta WHERE key = 'schema_version'").get()).toEqual({
      value: String(STORE_SCHEMA_VERSION),
    });
  } finally {
    raw.close();
    await store.close();
  }
});
