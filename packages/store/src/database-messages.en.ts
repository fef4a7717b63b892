import type { BilingualText } from '@chuangwen/model';

/**
 * The messages of the database adapters (SQLite, PostgreSQL and its forks, MySQL-protocol databases) in English: apart
 * from the store's own (`messages.en.ts`), so a bundle that holds no database leaves them out. The other languages are
 * typed by this catalogue (`database-messages.zh-CN.ts`).
 */
export const en = {
  beyondHead: (p: { stream: string }) => `stream ${p.stream} has entries beyond its head`,
  positionMismatch: () => 'the record’s position does not match its last entry',
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
