// Photos of the evidence, stored by their content under their SHA-256 (checked on receipt, media-checks.ts), in a folder
// or in the service's database, by configuration; evidence events refer to them as `media:sha256:<hex>`.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { MediaType } from './media-checks.js';
import type { DatabaseLocation } from './store.js';

/** Where media are kept: a folder, or the service's own database. */
export type MediaLocation = { folder: string } | { database: DatabaseLocation };

/** A stored file. */
interface StoredMedia {
  type: MediaType;
  bytes: Buffer;
}

/** Keeps files by campaign and hash; putting one already kept is a no-op. */
export interface MediaStore {
  put(campaignId: string, sha256: string, media: StoredMedia): Promise<'stored' | 'kept'>;
  get(campaignId: string, sha256: string): Promise<StoredMedia | undefined>;
  close(): Promise<void>;
}

/** Files in a folder, one per campaign and hash, written whole or not at all (a temporary file renamed). */
function folderStore(root: string): MediaStore {
  const path = (campaignId: string, sha256: string) =>
    join(root, createHash('sha256').update(campaignId).digest('hex').slice(0, 16), sha256);
  return {
    async put(campaignId, sha256, media) {
      const file = path(campaignId, sha256);
      if ((await this.get(campaignId, sha256)) !== undefined) return 'kept';
      mkdirSync(join(file, '..'), { recursive: true });
      const temporary = `${file}.${randomBytes(6).toString('hex')}.part`;
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${media.type}\n`), media.bytes]));
      renameSync(temporary, file);
      return 'stored';
    },
    async get(campaignId, sha256) {
      let raw: Buffer;
      try {
        raw = readFileSync(path(campaignId, sha256));
      } catch {
        return undefined;
      }
      const cut = raw.indexOf(10);
      return { type: raw.subarray(0, cut).toString() as MediaType, bytes: raw.subarray(cut + 1) };
    },
    async close() {},
  };
}

const TABLE = `CREATE TABLE IF NOT EXISTS example_media (campaign_id TEXT NOT NULL, sha256 TEXT NOT NULL,
  type TEXT NOT NULL, bytes BYTEA NOT NULL, PRIMARY KEY (campaign_id, sha256))`;

/** Files in the service's SQLite file, beside the record, in a table of the example's own. */
function sqliteStore(file: string): MediaStore {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.exec(TABLE.replace('BYTEA', 'BLOB'));
  const insert = db.prepare(
    'INSERT INTO example_media (campaign_id, sha256, type, bytes) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const select = db.prepare('SELECT type, bytes FROM example_media WHERE campaign_id = ? AND sha256 = ?');
  return {
    async put(campaignId, sha256, media) {
      return insert.run(campaignId, sha256, media.type, media.bytes).changes > 0 ? 'stored' : 'kept';
    },
    async get(campaignId, sha256) {
      const row = select.get(campaignId, sha256) as { type: MediaType; bytes: Buffer } | undefined;
      return row && { type: row.type, bytes: row.bytes };
    },
    async close() {
      db.close();
    },
  };
}

/** Files in the service's PostgreSQL database, in a table of the example's own. */
async function postgresStore(url: string): Promise<MediaStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server drops (a restart, a failover) is not fatal: the next query opens another.
  pool.on('error', () => {});
  try {
    await pool.query(TABLE);
  } catch (error) {
    // Instances starting together race to create it; the one that loses finds it made (duplicate table or type).
    const code = (error as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') {
      await pool.end();
      throw error;
    }
  }
  return {
    async put(campaignId, sha256, media) {
      const result = await pool.query(
        'INSERT INTO example_media (campaign_id, sha256, type, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [campaignId, sha256, media.type, media.bytes],
      );
      return (result.rowCount ?? 0) > 0 ? 'stored' : 'kept';
    },
    async get(campaignId, sha256) {
      const result = await pool.query<{ type: MediaType; bytes: Buffer }>(
        'SELECT type, bytes FROM example_media WHERE campaign_id = $1 AND sha256 = $2',
        [campaignId, sha256],
      );
      return result.rows[0];
    },
    async close() {
      await pool.end();
    },
  };
}

/** Files in the service's MySQL-protocol database (MySQL, MariaDB, TiDB), in a table of the example's own. */
async function mysqlStore(url: string): Promise<MediaStore> {
  const { createPool } = await import('mysql2/promise');
  const pool = createPool({ uri: url, connectionLimit: 4 });
  // IF NOT EXISTS: instances starting together each create it or find it made.
  await pool.query(`CREATE TABLE IF NOT EXISTS example_media (campaign_id VARCHAR(128) NOT NULL,
    sha256 CHAR(64) NOT NULL, type VARCHAR(64) NOT NULL, bytes LONGBLOB NOT NULL, PRIMARY KEY (campaign_id, sha256))
    ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  return {
    async put(campaignId, sha256, media) {
      const [result] = await pool.execute(
        'INSERT IGNORE INTO example_media (campaign_id, sha256, type, bytes) VALUES (?, ?, ?, ?)',
        [campaignId, sha256, media.type, media.bytes],
      );
      return (result as { affectedRows: number }).affectedRows > 0 ? 'stored' : 'kept';
    },
    async get(campaignId, sha256) {
      const [rows] = await pool.execute(
        'SELECT type, bytes FROM example_media WHERE campaign_id = ? AND sha256 = ?',
        [campaignId, sha256],
      );
      const row = (rows as { type: MediaType; bytes: Buffer }[])[0];
      return row && { type: row.type, bytes: row.bytes };
    },
    async close() {
      await pool.end();
    },
  };
}

/** Opens the media store the configuration names. */
export async function openMediaStore(location: MediaLocation): Promise<MediaStore> {
  if ('folder' in location) {
    mkdirSync(location.folder, { recursive: true });
    return folderStore(location.folder);
  }
  if (!('url' in location.database)) return sqliteStore(location.database.path);
  return /^mysql:/i.test(location.database.url)
    ? mysqlStore(location.database.url)
    : postgresStore(location.database.url);
}
