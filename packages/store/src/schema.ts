import { IntegrityError, type IntegrityProblem, NewerSchemaError } from './errors.js';
import type { SqlDatabase, SqlRunner } from './sql.js';

/** The schema version this code writes and reads. */
export const STORE_SCHEMA_VERSION = 1;

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

/** Schema changes from each version to the next; a release that changes the schema adds one. */
const MIGRATIONS: readonly ((q: SqlRunner) => Promise<void>)[] = [(q) => q.exec(VERSION_1)];

async function versionOf(q: SqlRunner): Promise<number> {
  const rows = await q.all<{ value: string }>(
    "SELECT value FROM chuangwen_meta WHERE key = 'schema_version'",
  );
  return rows.length === 0 ? 0 : Number(rows[0]!.value);
}

/**
 * Brings the database to this code's schema in one transaction (creating it the first time), and refuses a database
 * whose schema is newer than this code with a `NewerSchemaError`. Returns the version found before.
 */
export async function migrate(
  db: SqlDatabase,
  before?: (q: SqlRunner, from: number) => Promise<void>,
): Promise<number> {
  return db.write(async (q) => {
    await q.exec('CREATE TABLE IF NOT EXISTS chuangwen_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const found = await versionOf(q);
    if (found > STORE_SCHEMA_VERSION) throw new NewerSchemaError(found, STORE_SCHEMA_VERSION);
    if (before) await before(q, found);
    for (let v = found; v < STORE_SCHEMA_VERSION; v++) await MIGRATIONS[v]!(q);
    if (found === 0)
      await q.run("INSERT INTO chuangwen_meta (key, value) VALUES ('schema_version', ?)", [
        String(STORE_SCHEMA_VERSION),
      ]);
    else if (found < STORE_SCHEMA_VERSION)
      await q.run("UPDATE chuangwen_meta SET value = ? WHERE key = 'schema_version'", [
        String(STORE_SCHEMA_VERSION),
      ]);
    return found;
  });
}

/** The schema version recorded in the database. */
export function schemaVersion(db: SqlDatabase): Promise<number> {
  return db.read(versionOf);
}

const problem = (campaignId: string, stream: string, zh: string, en: string): IntegrityProblem => ({
  campaignId,
  stream,
  detail: { 'zh-CN': zh, en },
});

/**
 * Checks on open that every stream's head agrees with its entries (the last entry's position and hash) and that no
 * entry lies beyond a head or outside any stream: what a write outside this code leaves behind. Indexed lookups, one
 * row per stream. Throws an `IntegrityError` listing up to 20 problems.
 */
export async function checkIntegrity(db: SqlDatabase): Promise<void> {
  const problems = await db.read(async (q) => {
    const out: IntegrityProblem[] = [];
    const heads = await q.all<{
      campaign_id: string;
      stream: string;
      seq: number;
      hash: string;
      last: string | null;
    }>(
      `SELECT h.campaign_id, h.stream, h.seq, h.hash, e.hash AS last FROM chuangwen_heads h
       LEFT JOIN chuangwen_entries e ON e.campaign_id = h.campaign_id AND e.stream = h.stream AND e.seq = h.seq - 1
       WHERE e.hash IS NULL OR e.hash <> h.hash LIMIT 20`,
    );
    for (const h of heads)
      out.push(
        problem(
          h.campaign_id,
          h.stream,
          `记录流 ${h.stream} 的链头与最后一条记录不符`,
          `the head of stream ${h.stream} does not match its last entry`,
        ),
      );
    const beyond = await q.all<{ campaign_id: string; stream: string }>(
      `SELECT e.campaign_id, e.stream FROM chuangwen_entries e
       LEFT JOIN chuangwen_heads h ON h.campaign_id = e.campaign_id AND h.stream = e.stream
       WHERE h.seq IS NULL OR e.seq >= h.seq LIMIT 20`,
    );
    for (const e of beyond)
      out.push(
        problem(
          e.campaign_id,
          e.stream,
          `记录流 ${e.stream} 有超出链头的记录`,
          `stream ${e.stream} has entries beyond its head`,
        ),
      );
    return out;
  });
  if (problems.length > 0) throw new IntegrityError(problems);
}
