import type { BilingualText } from '@chuangwen/model';

/** A part of a campaign a store keeps in a row of its own, named when that row cannot be read. */
export type StoredPart = 'snapshot' | 'configuration' | 'document' | 'rectification' | 'evidence' | 'chain';

const PARTS: Record<StoredPart, string> = {
  snapshot: 'campaign snapshot',
  configuration: 'configuration',
  document: 'document',
  rectification: 'rectification',
  evidence: 'evidence',
  chain: 'chain of a head',
};

/**
 * The store's messages in English. This catalogue names every message and the values it is written from; the other
 * languages are typed by it (`messages.zh-CN.ts`).
 */
export const en = {
  streamMoved: (p: { stream: string }) =>
    `stream ${p.stream} moved on under another writer; nothing was written, retry`,
  newerSchema: (p: { found: number; supported: number }) =>
    `the database schema is version ${p.found}; this code reads up to ${p.supported}: upgrade @chuangwen/store to open it`,
  integrityFailed: (p: { count: number; first: BilingualText | undefined }) =>
    `the integrity check found ${p.count} problem(s); first: ${p.first?.en ?? ''}`,
  damagedRow: (p: { campaignId: string; part: StoredPart; key: string }) =>
    `the stored ${PARTS[p.part]} of campaign ${p.campaignId} (${p.key}) cannot be read: the row was changed outside this code`,
  campaignExists: (p: { campaignId: string }) => `campaign ${p.campaignId} already exists`,
  campaignMissing: (p: { campaignId: string }) => `campaign ${p.campaignId} does not exist`,
  needsMigration: (p: { campaignId: string }) =>
    `campaign ${p.campaignId} is recorded in the first stream format: an operator must migrate it before events are recorded`,
  alreadyMigrated: (p: { campaignId: string }) => `campaign ${p.campaignId} is already of the current format`,
  storeClosed: () => 'the store is closed',
  headMismatch: (p: { stream: string }) => `the head of stream ${p.stream} does not match its last entry`,
  beyondHead: (p: { stream: string }) => `stream ${p.stream} has entries beyond its head`,
  positionMismatch: () => 'the record’s position does not match its last entry',
  projectionUnreadable: () => 'a stored projection cannot be read',
  rectificationDeleted: (p: { stream: string }) => `stream ${p.stream} has no rectification record (deleted)`,
  receiptChanged: (p: { key: string }) =>
    `the receipt of idempotency key ${p.key.slice(0, 40)} does not match the entry it names (changed)`,
  receiptMisleads: (p: { key: string }) =>
    `the receipt of idempotency key ${p.key.slice(0, 40)} names an entry that does not answer it: it was changed outside this code`,
  idempotencyKeyLength: (p: { max: number }) =>
    `recordEvent: an idempotency key has 1 to ${p.max} characters`,
  metaTableMissing: () =>
    'the database holds chuangwen tables but no chuangwen_meta table recording their schema version: restore it from a backup, or check where the database came from, before opening it',
  schemaVersionMissing: () =>
    'chuangwen_meta holds no schema_version while chuangwen tables exist: restore it from a backup before opening',
  schemaVersionNotWhole: (p: { recorded: string }) =>
    `the database records schema version "${p.recorded.slice(0, 40)}", which is not a whole number: it was changed; restore it from a backup`,
  legacyDocumentInvalid: () => 'the old campaign document is invalid',
  legacySnapshotUnrestorable: () => 'the stored snapshot does not restore',
  legacyObservationsUnreadable: (p: { count: number }) => `${p.count} stored observation(s) do not read`,
  legacyConfigurationInvalid: (p: { first: BilingualText | undefined }) =>
    `the configuration is invalid: ${p.first?.en ?? ''}`,
  mysqlLoginRefused: (p: { said: string }) => `the database refused the user name or password: ${p.said}`,
  mysqlDatabaseMissing: (p: { said: string }) =>
    `the database does not exist: create it first (CREATE DATABASE … CHARACTER SET utf8mb4): ${p.said}`,
  postgresUserRefused: (p: { said: string }) =>
    `the database refused the user (a wrong password, or no pg_hba.conf rule lets this client in): ${p.said}`,
  postgresDatabaseMissing: (p: { said: string }) =>
    `the database does not exist: create it and name it in the connection string (KingbaseES has no database named postgres): ${p.said}`,
  postgresSchemaRefused: (p: { said: string }) =>
    `the schema the store uses does not exist: CREATE SCHEMA it and let the user create tables in it: ${p.said}`,
  postgresSchemaMissing: (p: { schema: string }) =>
    `schema ${p.schema} does not exist, or the user may not use it: CREATE SCHEMA ${p.schema} AUTHORIZATION <user> first`,
  postgresSchemaName: (p: { schema: string }) =>
    `schema "${p.schema.slice(0, 70)}": 1 to 63 letters, digits, _ or $, not starting with a digit`,
  authenticationUnspoken: (p: { method: string | undefined; code: number | undefined; said: string }) =>
    `the server asks for authentication by ${p.code === undefined ? 'a method it did not say' : `${p.method ?? 'an unknown method'} (request code ${p.code})`}, which node-postgres does not speak${p.said ? ` (${p.said})` : ''}. ` +
    'On openGauss, GaussDB or Vastbase: set password_encryption_type = 1 (MD5 and SHA-256 both kept), reset the ' +
    "user's password so an MD5 hash is stored, and use md5 for this client in pg_hba.conf (node-postgres issue " +
    '3505); on PostgreSQL itself use scram-sha-256 or md5.',
};
