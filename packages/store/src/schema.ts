import type { BilingualText } from '@chuangwen/model';
import type { StoreProblem } from './contract.js';
import { say } from './database-messages.js';
import { NewerSchemaError, StoreError } from './errors.js';
import type { SqlDatabase, SqlRunner } from './sql.js';

/** The schema version this code writes and reads. */
export const STORE_SCHEMA_VERSION = 4;

/**
 * The tables, in plain SQL both SQLite and PostgreSQL (and databases compatible with either) accept: text, integers,
 * composite primary keys, nothing else. JSON is kept as text, exactly as written. Every name starts with
 * `chuangwen_`, so the tables sit beside a host's own.
 */
const VERSION_1 = `
CREATE TABLE chuangwen_campaigns (id TEXT PRIMARY KEY, document TEXT NOT NULL, snapshot TEXT NOT NULL);
CREATE TABLE chuangwen_entries (
  campaign_id TEXT NOT NULL, stream TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, hash TEXT NOT NULL,
  PRIMARY KEY (campaign_id, stream, seq));
CREATE TABLE chuangwen_heads (
  campaign_id TEXT NOT NULL, stream TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
  PRIMARY KEY (campaign_id, stream));
CREATE TABLE chuangwen_rectifications (
  campaign_id TEXT NOT NULL, id TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (campaign_id, id));
CREATE TABLE chuangwen_evidence (
  campaign_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, status TEXT NOT NULL, record TEXT NOT NULL,
  PRIMARY KEY (campaign_id, kind, id));
CREATE TABLE chuangwen_receipts (
  campaign_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, response TEXT NOT NULL,
  PRIMARY KEY (campaign_id, key))`;

/**
 * Version 2: one order across a record's streams (`pos`, unique per campaign, with the record's position and last hash
 * on the campaign's row), the time of each stream's last applied entry, the recorded configuration with its digest,
 * the record's format (1 until a campaign of the first stream format is migrated), and receipts bound to the entry
 * they answer. Receipts written before it held answers, not entries: they are not carried over, so a retry of a
 * request made before the upgrade is recorded again.
 */
const VERSION_2 = `
ALTER TABLE chuangwen_campaigns ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE chuangwen_campaigns ADD COLUMN pos INTEGER;
ALTER TABLE chuangwen_campaigns ADD COLUMN last_hash TEXT;
ALTER TABLE chuangwen_campaigns ADD COLUMN configuration TEXT;
ALTER TABLE chuangwen_campaigns ADD COLUMN config_digest TEXT;
ALTER TABLE chuangwen_entries ADD COLUMN pos INTEGER;
CREATE UNIQUE INDEX chuangwen_entries_pos ON chuangwen_entries (campaign_id, pos);
ALTER TABLE chuangwen_heads ADD COLUMN at TEXT;
DROP TABLE chuangwen_receipts;
CREATE TABLE chuangwen_receipts (
  campaign_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, stream TEXT NOT NULL,
  seq INTEGER NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (campaign_id, key))`;

/**
 * Version 3: the seal a signer (a cryptographic device or service) gives each entry of a sealed chain, and the chain in
 * force on each stream (its algorithm and key id, as JSON), so a writer knows when a stream moves to another. Entries
 * and heads written before keep NULL: streams of the first format, verified as HMAC-SHA-256 as before.
 */
const VERSION_3 = `
ALTER TABLE chuangwen_entries ADD COLUMN seal TEXT;
ALTER TABLE chuangwen_heads ADD COLUMN chain TEXT`;

/**
 * Version 4: the parts of a campaign's snapshot that grow with the district (units' roles and lists, meetings by month,
 * archive counts by major item, the last refused phase request), a row each, so an event rewrites only what it
 * changed; and the campaign's document and configuration (megabytes on a district campaign) moved out of the
 * campaign's row into rows of their own, so the row every event moves stays small. Snapshots written before stay whole
 * in their campaign's row and are read as they are; the next event writes them in parts.
 */
const VERSION_4 = `
CREATE TABLE chuangwen_snapshot_parts (
  campaign_id TEXT NOT NULL, part TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (campaign_id, part));
CREATE TABLE chuangwen_campaign_texts (
  campaign_id TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (campaign_id, name));
INSERT INTO chuangwen_campaign_texts (campaign_id, name, body)
  SELECT id, 'document', document FROM chuangwen_campaigns WHERE document IS NOT NULL;
INSERT INTO chuangwen_campaign_texts (campaign_id, name, body)
  SELECT id, 'configuration', configuration FROM chuangwen_campaigns WHERE configuration IS NOT NULL;
ALTER TABLE chuangwen_campaigns DROP COLUMN document;
ALTER TABLE chuangwen_campaigns DROP COLUMN configuration`;

/** Schema changes from each version to the next; a release that changes the schema adds one. */
const MIGRATIONS: readonly ((q: SqlRunner) => Promise<void>)[] = [
  (q) => q.exec(VERSION_1),
  (q) => q.exec(VERSION_2),
  (q) => q.exec(VERSION_3),
  (q) => q.exec(VERSION_4),
];

/**
 * The tables of version 2 on a MySQL-protocol database (MySQL, MariaDB, TiDB, OceanBase in MySQL mode): a key cannot
 * be a TEXT column there, so keys are VARCHARs long enough for any id (128), stream (220) and idempotency key (200);
 * JSON stays LONGTEXT as written; utf8mb4 with a binary collation, so ids compare exactly (never case-insensitively or
 * ignoring trailing spaces). No AUTO_INCREMENT, no foreign keys, no JSON type. Created whole at version 2, since no
 * such database held version 1; version 3 is the same ALTER TABLE as elsewhere. `IF NOT EXISTS`, because DDL commits
 * on its own there: a first start that was cut short is finished by the next.
 */
const MYSQL_TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin';
const MYSQL_VERSION_2 = `
CREATE TABLE IF NOT EXISTS chuangwen_campaigns (
  id VARCHAR(128) NOT NULL PRIMARY KEY, document LONGTEXT NOT NULL, snapshot LONGTEXT NOT NULL,
  format INTEGER NOT NULL DEFAULT 1, pos BIGINT, last_hash VARCHAR(128), configuration LONGTEXT,
  config_digest VARCHAR(128)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_entries (
  campaign_id VARCHAR(128) NOT NULL, stream VARCHAR(220) NOT NULL, seq BIGINT NOT NULL, body LONGTEXT NOT NULL,
  hash VARCHAR(128) NOT NULL, pos BIGINT, PRIMARY KEY (campaign_id, stream, seq),
  UNIQUE KEY chuangwen_entries_pos (campaign_id, pos)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_heads (
  campaign_id VARCHAR(128) NOT NULL, stream VARCHAR(220) NOT NULL, seq BIGINT NOT NULL, hash VARCHAR(128) NOT NULL,
  at VARCHAR(64), PRIMARY KEY (campaign_id, stream)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_rectifications (
  campaign_id VARCHAR(128) NOT NULL, id VARCHAR(128) NOT NULL, record LONGTEXT NOT NULL,
  PRIMARY KEY (campaign_id, id)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_evidence (
  campaign_id VARCHAR(128) NOT NULL, kind VARCHAR(32) NOT NULL, id VARCHAR(128) NOT NULL, status VARCHAR(32) NOT NULL,
  record LONGTEXT NOT NULL, PRIMARY KEY (campaign_id, kind, id)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_receipts (
  campaign_id VARCHAR(128) NOT NULL, \`key\` VARCHAR(200) NOT NULL, fingerprint VARCHAR(128) NOT NULL,
  stream VARCHAR(220) NOT NULL, seq BIGINT NOT NULL, hash VARCHAR(128) NOT NULL,
  PRIMARY KEY (campaign_id, \`key\`)) ${MYSQL_TABLE}`;

/** Version 3 on a MySQL-protocol database: the same columns, each added only if a start cut short did not add it. */
async function mysqlVersion3(q: SqlRunner): Promise<void> {
  for (const [table, column] of [
    ['chuangwen_entries', 'seal'],
    ['chuangwen_heads', 'chain'],
  ] as const) {
    const found = await q.all(
      'SELECT 1 AS one FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?',
      [table, column],
    );
    if (found.length === 0) await q.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
  }
}

/**
 * Version 4 on a MySQL-protocol database, each step safe to run again, since DDL commits on its own there: tables made
 * only if missing, texts copied only while the old columns exist (and never twice), columns dropped only if present.
 */
async function mysqlVersion4(q: SqlRunner): Promise<void> {
  await q.exec(`CREATE TABLE IF NOT EXISTS chuangwen_snapshot_parts (
  campaign_id VARCHAR(128) NOT NULL, part VARCHAR(240) NOT NULL, body LONGTEXT NOT NULL,
  PRIMARY KEY (campaign_id, part)) ${MYSQL_TABLE};
CREATE TABLE IF NOT EXISTS chuangwen_campaign_texts (
  campaign_id VARCHAR(128) NOT NULL, name VARCHAR(32) NOT NULL, body LONGTEXT NOT NULL,
  PRIMARY KEY (campaign_id, name)) ${MYSQL_TABLE}`);
  for (const column of ['document', 'configuration'] as const) {
    const found = await q.all(
      'SELECT 1 AS one FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?',
      ['chuangwen_campaigns', column],
    );
    if (found.length === 0) continue;
    await q.run(
      `INSERT IGNORE INTO chuangwen_campaign_texts (campaign_id, name, body) SELECT id, '${column}', ${column} FROM chuangwen_campaigns WHERE ${column} IS NOT NULL`,
    );
    try {
      await q.exec(`ALTER TABLE chuangwen_campaigns DROP COLUMN ${column}`);
    } catch (error) {
      // Another instance upgrading at the same moment dropped it first.
      if (Number((error as { errno?: unknown }).errno) !== 1091) throw error;
    }
  }
}

/** Each dialect's table of the schema version, and its migrations (MySQL-protocol databases start at version 2). */
const DIALECTS = {
  sqlite: {
    meta: 'CREATE TABLE chuangwen_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
    migrations: MIGRATIONS,
  },
  postgres: {
    meta: 'CREATE TABLE chuangwen_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
    migrations: MIGRATIONS,
  },
  mysql: {
    meta: `CREATE TABLE IF NOT EXISTS chuangwen_meta (\`key\` VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL) ${MYSQL_TABLE}`,
    migrations: [async () => {}, (q: SqlRunner) => q.exec(MYSQL_VERSION_2), mysqlVersion3, mysqlVersion4],
  },
} as const;

const schemaError = (detail: BilingualText) => new StoreError('schema', detail);

/**
 * On a MySQL-protocol database, where DDL commits on its own: tables a first start created before it was cut short,
 * holding no campaign yet. The next start finishes creating them.
 */
async function interrupted(db: SqlDatabase, q: SqlRunner): Promise<boolean> {
  if (db.dialect !== 'mysql' || !(await db.hasTable(q, 'chuangwen_campaigns'))) return false;
  return (await q.all('SELECT 1 AS one FROM chuangwen_campaigns LIMIT 1')).length === 0;
}

/** The version the meta table records, read strictly: a version that is not a whole number is a schema problem. */
async function versionOf(db: SqlDatabase, q: SqlRunner): Promise<number> {
  if (!(await db.hasTable(q, 'chuangwen_meta'))) {
    if ((await db.hasTable(q, 'chuangwen_entries')) && !(await interrupted(db, q)))
      throw schemaError(say('metaTableMissing'));
    return 0;
  }
  const rows = await q.all<{ value: unknown }>(
    'SELECT value FROM chuangwen_meta WHERE "key" = \'schema_version\'',
  );
  if (rows.length === 0) {
    if ((await db.hasTable(q, 'chuangwen_entries')) && !(await interrupted(db, q)))
      throw schemaError(say('schemaVersionMissing'));
    return 0;
  }
  const text = String(rows[0]!.value);
  if (!/^\d{1,6}$/.test(text)) throw schemaError(say('schemaVersionNotWhole', { recorded: text }));
  return Number(text);
}

/**
 * Brings the database to this code's schema in one transaction (creating it the first time), refuses a database whose
 * schema is newer than this code (`NewerSchemaError`), and refuses one whose version record is missing or malformed
 * (`StoreError` with code `schema`) rather than guess. Returns the version found before.
 */
export async function migrate(db: SqlDatabase): Promise<number> {
  return db.write(async (q) => {
    const found = await versionOf(db, q);
    if (found > STORE_SCHEMA_VERSION) throw new NewerSchemaError(found, STORE_SCHEMA_VERSION);
    const dialect = DIALECTS[db.dialect];
    if (found === 0) await q.exec(dialect.meta);
    for (let v = found; v < STORE_SCHEMA_VERSION; v++) await dialect.migrations[v]!(q);
    if (found === 0)
      await q.run('INSERT INTO chuangwen_meta ("key", value) VALUES (\'schema_version\', ?)', [
        String(STORE_SCHEMA_VERSION),
      ]);
    else if (found < STORE_SCHEMA_VERSION)
      await q.run('UPDATE chuangwen_meta SET value = ? WHERE "key" = \'schema_version\'', [
        String(STORE_SCHEMA_VERSION),
      ]);
    return found;
  });
}

const problem = (campaignId: string, stream: string, message: BilingualText): StoreProblem => ({
  campaignId,
  stream,
  code: 'integrity',
  message,
});

/**
 * What a write outside this code leaves behind: a stream whose head does not agree with its last entry, an entry
 * beyond a head or outside any stream, a record whose position does not agree with its last entry. Indexed lookups,
 * one row per stream; up to 20 problems of each kind. Reported, never thrown.
 */
export async function integrityProblems(db: SqlDatabase): Promise<StoreProblem[]> {
  return db.read(async (q) => {
    const out: StoreProblem[] = [];
    const heads = await q.all<{ campaign_id: string; stream: string }>(
      `SELECT h.campaign_id, h.stream FROM chuangwen_heads h
       LEFT JOIN chuangwen_entries e ON e.campaign_id = h.campaign_id AND e.stream = h.stream AND e.seq = h.seq - 1
       WHERE e.hash IS NULL OR e.hash <> h.hash LIMIT 20`,
    );
    for (const h of heads)
      out.push(problem(h.campaign_id, h.stream, say('headMismatch', { stream: h.stream })));
    const beyond = await q.all<{ campaign_id: string; stream: string }>(
      `SELECT e.campaign_id, e.stream FROM chuangwen_entries e
       LEFT JOIN chuangwen_heads h ON h.campaign_id = e.campaign_id AND h.stream = e.stream
       WHERE h.seq IS NULL OR e.seq >= h.seq LIMIT 20`,
    );
    for (const e of beyond)
      out.push(problem(e.campaign_id, e.stream, say('beyondHead', { stream: e.stream })));
    const positions = await q.all<{ id: string }>(
      `SELECT c.id FROM chuangwen_campaigns c
       LEFT JOIN chuangwen_entries e ON e.campaign_id = c.id AND e.pos = c.pos - 1
       WHERE c.format = 2 AND (e.hash IS NULL OR e.hash <> c.last_hash) LIMIT 20`,
    );
    for (const c of positions) out.push(problem(c.id, 'campaign', say('positionMismatch')));
    return out;
  });
}
