import type { TestPostgres } from '@chuangwen/fixtures/postgres';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { verifyStore } from '../src/index.js';
import { openPostgresStore } from '../src/postgres/index.js';
import { hasher, newCampaign, OFFICE, type StoreFixture, send } from './contract.js';
import { sqlTamper } from './sql-fixture.js';

/** The contract suite's fixture on a PostgreSQL server: a database of its own per suite, changed in SQL as an insider would. */
export function postgresFixture(server: () => TestPostgres) {
  return async (name: string): Promise<StoreFixture> => {
    const url = await server().createDatabase(name);
    const store = await openPostgresStore(url);
    const raw = new pg.Client(url);
    await raw.connect();
    return {
      store,
      reopen: () => openPostgresStore(url),
      ...sqlTamper(async (sql, params = []) => {
        let n = 0;
        return (
          await raw.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows;
      }, 'postgres'),
      close: async () => {
        await raw.end();
        await store.close();
      },
    };
  };
}

/** What a host of a PostgreSQL-compatible database sets: a database other than `postgres`, a schema other than `public`. */
export function postgresOptions(name: string, server: () => TestPostgres) {
  describe(`connection options on ${name}`, () => {
    it('keeps its tables in the schema it is given, in a database other than postgres', async () => {
      const url = await server().createDatabase('gov_records');
      const raw = new pg.Client(url);
      await raw.connect();
      try {
        await raw.query('CREATE SCHEMA chuangwen_app');
        const store = await openPostgresStore(url, { schema: 'chuangwen_app' });
        await newCampaign(store, 'in-schema');
        await send(store, 'in-schema', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
        expect(await verifyStore(store, 'in-schema', { hasher })).toMatchObject({ ok: true });
        await store.close();
        const tables = await raw.query(
          "SELECT table_schema, count(*)::int AS n FROM information_schema.tables WHERE table_name LIKE 'chuangwen_%' GROUP BY table_schema",
        );
        expect(tables.rows).toEqual([{ table_schema: 'chuangwen_app', n: 9 }]);
        // Opened again the same way, it finds its tables and its campaign.
        const again = await openPostgresStore(url, { schema: 'chuangwen_app' });
        expect(await again.campaigns()).toEqual(['in-schema']);
        await again.close();
        // Without the schema it sees none of them: the default schema stays empty.
        const elsewhere = await openPostgresStore(url);
        expect(await elsewhere.campaigns()).toEqual([]);
        await elsewhere.close();
      } finally {
        await raw.end();
      }
    });

    it('says which schema or database is missing, and refuses a schema name it would have to quote', async () => {
      const url = await server().createDatabase('gov_missing');
      await expect(openPostgresStore(url, { schema: 'nowhere' })).rejects.toMatchObject({
        code: 'connection',
        detail: {
          en: expect.stringContaining('CREATE SCHEMA nowhere'),
          'zh-CN': expect.stringContaining('模式'),
        },
      });
      await expect(openPostgresStore(url, { schema: 'x"; DROP TABLE y; --' })).rejects.toBeInstanceOf(
        RangeError,
      );
      await expect(openPostgresStore(server().url('no_such_database'))).rejects.toMatchObject({
        code: 'connection',
        detail: { en: expect.stringContaining('does not exist') },
      });
    });
  });
}
