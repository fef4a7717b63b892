import type { StoredEntry, StreamId } from '@chuangwen/machine';
import { STORE_SCHEMA_VERSION } from '../src/index.js';
import { joinSnapshot } from '../src/snapshot-parts.js';
import type { StoreFixture } from './contract.js';

/** Changes to a store's rows in SQL, as someone with access to the database (but not the audit key) would make them. */
export function sqlTamper(
  raw: (sql: string, params?: unknown[]) => Promise<unknown[]>,
  dialect: 'sqlite' | 'postgres' | 'mysql' = 'sqlite',
): Pick<StoreFixture, 'tamper' | 'schema'> {
  const keyColumn = dialect === 'mysql' ? '`key`' : 'key';
  return {
    tamper: {
      snapshot: async (id, text) => {
        await raw('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [text, id]);
      },
      snapshotPart: async (id, part, text) => {
        await raw('UPDATE chuangwen_snapshot_parts SET body = ? WHERE campaign_id = ? AND part = ?', [
          text,
          id,
          part,
        ]);
      },
      rectification: async (id, rid, text) => {
        await raw('UPDATE chuangwen_rectifications SET record = ? WHERE campaign_id = ? AND id = ?', [
          text,
          id,
          rid,
        ]);
      },
      receipt: async (id, key, seq) => {
        const [entry] = (await raw(
          "SELECT hash FROM chuangwen_entries WHERE campaign_id = ? AND stream = 'campaign' AND seq = ?",
          [id, seq],
        )) as {
          hash: string;
        }[];
        await raw(
          `UPDATE chuangwen_receipts SET stream = 'campaign', seq = ?, hash = ? WHERE campaign_id = ? AND ${keyColumn} = ?`,
          [seq, entry!.hash, id, key],
        );
      },
      head: async (id, stream, delta) => {
        await raw('UPDATE chuangwen_heads SET seq = seq + ? WHERE campaign_id = ? AND stream = ?', [
          delta,
          id,
          stream,
        ]);
      },
      seal: async (id, stream, seq, seal) => {
        await raw('UPDATE chuangwen_entries SET seal = ? WHERE campaign_id = ? AND stream = ? AND seq = ?', [
          seal,
          id,
          stream,
          seq,
        ]);
      },
      firstFormat: async (id, streams: [StreamId, StoredEntry[]][], snapshot) => {
        await raw('INSERT INTO chuangwen_campaigns (id, snapshot, format) VALUES (?, ?, 1)', [
          id,
          JSON.stringify(snapshot),
        ]);
        for (const [stream, entries] of streams) {
          for (const [seq, e] of entries.entries())
            await raw(
              'INSERT INTO chuangwen_entries (campaign_id, stream, seq, body, hash) VALUES (?, ?, ?, ?, ?)',
              [id, stream, seq, e.body, e.hash],
            );
          await raw('INSERT INTO chuangwen_heads (campaign_id, stream, seq, hash) VALUES (?, ?, ?, ?)', [
            id,
            stream,
            entries.length,
            entries.at(-1)!.hash,
          ]);
        }
      },
    },
    schema: {
      version: async (value) => {
        await raw(`UPDATE chuangwen_meta SET value = ? WHERE ${keyColumn} = 'schema_version'`, [value]);
      },
      dropMeta: async () => {
        await raw('DROP TABLE chuangwen_meta');
      },
      previous: async () => {
        // Version 2 kept each snapshot whole in its campaign's row.
        for (const { id } of (await raw('SELECT id FROM chuangwen_campaigns')) as { id: string }[]) {
          const [row] = (await raw('SELECT snapshot FROM chuangwen_campaigns WHERE id = ?', [id])) as {
            snapshot: string;
          }[];
          const parts = (await raw('SELECT part, body FROM chuangwen_snapshot_parts WHERE campaign_id = ?', [
            id,
          ])) as { part: string; body: string }[];
          const whole = joinSnapshot(
            JSON.parse(row!.snapshot),
            parts.map((p) => [p.part, JSON.parse(p.body)] as const),
          );
          await raw('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [JSON.stringify(whole), id]);
        }
        await raw('DROP TABLE chuangwen_snapshot_parts');
        // Version 2 kept the document and the configuration in the campaign's row too.
        const text = dialect === 'mysql' ? 'LONGTEXT' : 'TEXT';
        await raw(`ALTER TABLE chuangwen_campaigns ADD COLUMN document ${text}`);
        await raw(`ALTER TABLE chuangwen_campaigns ADD COLUMN configuration ${text}`);
        for (const name of ['document', 'configuration'])
          await raw(
            `UPDATE chuangwen_campaigns SET ${name} = (SELECT t.body FROM chuangwen_campaign_texts t WHERE t.campaign_id = chuangwen_campaigns.id AND t.name = '${name}')`,
          );
        await raw('DROP TABLE chuangwen_campaign_texts');
        await raw('ALTER TABLE chuangwen_entries DROP COLUMN seal');
        await raw('ALTER TABLE chuangwen_heads DROP COLUMN chain');
        await raw(`UPDATE chuangwen_meta SET value = '2' WHERE ${keyColumn} = 'schema_version'`);
      },
      restore: async () => {
        await raw(
          dialect === 'mysql'
            ? 'CREATE TABLE chuangwen_meta (`key` VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)'
            : 'CREATE TABLE chuangwen_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
        );
        await raw(`INSERT INTO chuangwen_meta (${keyColumn}, value) VALUES ('schema_version', ?)`, [
          String(STORE_SCHEMA_VERSION),
        ]);
      },
    },
  };
}
